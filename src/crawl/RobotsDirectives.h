// SPDX-FileCopyrightText: 2026 Pavutyna contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

namespace pav::crawl {

// Whether a page's robots meta content (every robots meta, comma-joined) says nofollow or none.
bool metaRobotsForbidFollowing(const QString& metaRobots);

// Whether X-Robots-Tag header values forbid following the page's links for our robots token: "nofollow" or
// "none", for every crawler or after a "<token>:" prefix ("X-Robots-Tag: otherbot: nofollow" is not for us).
bool headersForbidFollowing(const QList<QByteArray>& values, const QByteArray& token);

} // namespace pav::crawl
