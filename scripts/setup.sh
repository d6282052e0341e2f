#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 Pavutyna contributors
# SPDX-License-Identifier: GPL-3.0-or-later
# Sourced by run.sh and test.sh: installs the Debian 12 packages Pavutyna needs, and nothing when all are
# present. Works as root, or through sudo otherwise.

PAV_BUILD_PACKAGES=(
    g++ cmake ninja-build pkg-config
    qt6-base-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n
    libcurl4-openssl-dev libgumbo-dev libsqlite3-dev zlib1g-dev libpsl-dev
    libxml2-dev  # XPath 1.0 for extraction rules, over a document built from Gumbo's tree
    libzstd-dev  # the crawl file's stored pages (--store-html)
    util-linux bsdutils  # setpriv and script(1), which the CLI tests run
    qt6-svg-dev  # the SVG image and icon plugins (libqt6svg6): without them every icon is blank
    desktop-file-utils appstream man-db groff-base  # validators of the .desktop, metainfo and man page tests
    dpkg-dev  # cpack -G DEB: dpkg-shlibdeps finds the Debian package names of the libraries
)

pav_missing_packages() {
    local pkg
    for pkg in "$@"; do
        dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q 'install ok installed' || echo "$pkg"
    done
}

pav_ensure_packages() {
    local missing
    missing=$(pav_missing_packages "$@")
    [ -z "$missing" ] && return 0
    local sudo=()
    if [ "$(id -u)" -ne 0 ]; then
        command -v sudo >/dev/null || { echo "error: need root or sudo to install: $missing" >&2; return 1; }
        sudo=(sudo)
    fi
    echo "Installing Debian packages: $(echo $missing)" >&2
    "${sudo[@]}" apt-get update -qq || return 1
    # shellcheck disable=SC2086
    DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -qq --no-install-recommends $missing >&2 || return 1
}

pav_root() {
    cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd
}
