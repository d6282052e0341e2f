#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 Pavutyna contributors
# SPDX-License-Identifier: GPL-3.0-or-later
# Sets everything up on Debian 12 and runs every test: the debug build with ctest, then the whole suite
# again under AddressSanitizer + UndefinedBehaviorSanitizer.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/setup.sh"
root=$(pav_root)
pav_ensure_packages "${PAV_BUILD_PACKAGES[@]}"
cd "$root"
jobs=$(nproc)

echo "== debug build and tests"
cmake --preset dev >/dev/null
cmake --build --preset dev -j "$jobs"
ctest --preset dev -j "$jobs"

echo "== sanitizer build (ASan + UBSan) and tests"
cmake --preset asan >/dev/null
cmake --build --preset asan -j "$jobs"
ASAN_OPTIONS=detect_leaks=1:abort_on_error=1 UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 QTEST_DISABLE_STACKTRACE=1 \
    ctest --preset asan -j "$jobs"
