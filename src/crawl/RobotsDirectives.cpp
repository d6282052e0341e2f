// SPDX-FileCopyrightText: 2026 Pavutyna contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "crawl/RobotsDirectives.h"

namespace pav::crawl {

namespace {
bool hasToken(const QString& directives, QLatin1StringView token)
{
    for (QStringView part : QStringView(directives).split(u',')) {
        if (part.trimmed().compare(token, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

// A prefix applies to the rest of its header line; the few directives whose values hold a colon are not prefixes.
} // namespace

bool metaRobotsForbidFollowing(const QString& metaRobots)
{
    return hasToken(metaRobots, QLatin1StringView("nofollow")) || hasToken(metaRobots, QLatin1StringView("none"));
}

bool headersForbidFollowing(const QList<QByteArray>& values, const QByteArray& token)
{
    for (const QByteArray& value : values) {
        bool forUs = true;
        for (QByteArray part : value.split(',')) {
            part = part.trimmed();
            const qsizetype colon = part.indexOf(':');
            if (colon > 0) {
                const QByteArray name = part.first(colon).trimmed().toLower();
                if (name != "unavailable_after" && name != "max-snippet" && name != "max-image-preview"
                    && name != "max-video-preview") {
                    forUs = name == token.toLower();
                    part = part.mid(colon + 1).trimmed();
                }
            }
            const QByteArray directive = part.toLower();
            if (forUs && (directive == "nofollow" || directive == "none"))
                return true;
        }
    }
    return false;
}

} // namespace pav::crawl
