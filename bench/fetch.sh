#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 Pavutyna contributors
# SPDX-License-Identifier: GPL-3.0-or-later
# Fetch throughput benchmark (run by hand): ours vs `curl --parallel`, medians of ROUNDS (default 5).
# Usage: bench/fetch.sh            env: ROUNDS, FILES, PASSES, CONCURRENCY, PAV_BENCH_FETCH
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/../scripts/setup.sh"
root=$(pav_root)
pav_ensure_packages "${PAV_BUILD_PACKAGES[@]}" nginx-light curl python3
if [ -z "${PAV_BENCH_FETCH:-}" ]; then
    cmake -S "$root" -B "$root/build/bench" -G Ninja -DCMAKE_BUILD_TYPE=Release -DPAV_BUILD_TESTS=OFF \
        -DPAV_BUILD_BENCH=ON >/dev/null
    cmake --build "$root/build/bench" --target pav_bench_fetch >&2
    export PAV_BENCH_FETCH="$root/build/bench/bench/fetch/pav_bench_fetch"
fi
exec python3 "$root/bench/fetch.py"
