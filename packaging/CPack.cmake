# SPDX-FileCopyrightText: 2026 Pavutyna contributors
# SPDX-License-Identifier: GPL-3.0-or-later
# `cpack -G DEB` in a build directory (a Release build: cmake --preset release) makes pavutyna_<version>_<arch>.deb.
# Library dependencies come from dpkg-shlibdeps (package dpkg-dev), so they are Debian's own package names and
# versions; what the binary loads as plugins at run time is listed by hand.
set(PAV_PACKAGE_MAINTAINER "Pavutyna contributors <pavutyna@users.noreply.github.com>"
    CACHE STRING "Maintainer field of the .deb (Name <email>)")

set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME pavutyna)
set(CPACK_PACKAGE_VENDOR "Pavutyna contributors")
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_CONTACT ${PAV_PACKAGE_MAINTAINER})
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "website crawler and SEO auditor, desktop and headless")
# Debian wants lines under 80 columns; an empty line becomes the " ." paragraph break. No double quotes: CPack
# copies this text into CPackConfig.cmake.
set(CPACK_PACKAGE_DESCRIPTION
    "Pavutyna crawls a website the way a search engine does and records response
codes, titles, meta descriptions, headings, canonical addresses, robots
directives, redirect chains and broken links. It follows robots.txt, sitemaps
and per-host politeness limits, keeps every crawl in one SQLite file that can
be resumed after an interruption, and exports CSV or JSON Lines.

The Qt desktop window, in English and Ukrainian, shows the results while the
crawl runs; pavutyna --headless does the same on the command line, without a
display.")
set(CPACK_STRIP_FILES ON)

set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_MAINTAINER ${PAV_PACKAGE_MAINTAINER})
set(CPACK_DEBIAN_PACKAGE_SECTION web)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
# Not linked, so dpkg-shlibdeps cannot see them: the SVG icon plugins (without them every icon is blank), Qt's own
# Ukrainian strings for its dialogs, and the Wayland platform plugin (X11 comes with libqt6gui6).
set(CPACK_DEBIAN_PACKAGE_DEPENDS "libqt6svg6 (>= 6.4)")
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "qt6-translations-l10n, qt6-wayland")
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)

include(CPack)
