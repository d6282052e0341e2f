// SPDX-FileCopyrightText: 2026 Pavutyna contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

#include "common/Result.h"

namespace pav::test {

struct SyntheticCrawlOptions
{
    qint64 pages = 1000;
    int linksPerPage = 5; // 5M links at 1M pages: half a real site's ~10 a page, to keep building it under 30 s
    bool indexLinkTargets = true; // false: a file as it looks mid-crawl (no links_target index yet)
};

// Writes a crawl file of `pages` fetched URLs through CrawlStore's schema, in one transaction of bulk
// INSERT … SELECT statements (a million pages take seconds; savePage row by row would take minutes).
// The rows follow fixed patterns by id so tests can predict them; per 10,000 ids:
//   status: id % 100 == 3 → 301 to the next id's URL; == 5 → 404; id % 500 == 9 → 500;
//           id % 1000 == 7 → blocked by robots.txt (state 2, status 0); id % 1000 == 11 → no response;
//           id % 10000 == 13 / 14 → a two-URL redirect loop; id % 50 == 17 → an image (not HTML)
//   title:  id % 40 == 1 missing, id % 25 == 2 one of 7 shared titles, id % 30 == 4 over 60 characters,
//           id % 200 == 6 two <title>s; meta descriptions and H1s follow similar patterns
//   canonical: id % 20 == 8 none, id % 20 == 10 the next id's URL, otherwise the page itself
//   robots: id % 100 == 12 noindex, id % 100 == 15 nofollow (X-Robots-Tag)
//   links: `linksPerPage` per page to pseudo-random targets.
Result<void> writeSyntheticCrawl(const QString& path, const SyntheticCrawlOptions& options);
// The URL of synthetic page `id`.
QByteArray urlOf(qint64 id);

} // namespace pav::test
