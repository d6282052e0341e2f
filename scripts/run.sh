#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 Pavutyna contributors
# SPDX-License-Identifier: GPL-3.0-or-later
# Sets everything up on Debian 12 and runs Pavutyna: installs missing packages, builds a Release build,
# then runs `pavutyna ARGS...` (with --headless it needs no display).
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/setup.sh"
root=$(pav_root)
pav_ensure_packages "${PAV_BUILD_PACKAGES[@]}"
cd "$root"
cmake --preset release >/dev/null
cmake --build --preset release >&2
exec "$root/build/release/src/app/pavutyna" "$@"
