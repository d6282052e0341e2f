// SPDX-FileCopyrightText: 2026 Pavutyna contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <memory>

#include <QString>
#include <QTemporaryDir>

#include "store/CrawlStore.h"

namespace pav::test {

// A small crawl file written through CrawlStore and kept open for writing, as during a crawl. URL ids:
//   1 /          200, links to 2 and 4           8 https://other.example/  never fetched (NotCrawled)
//   2 /page      200, every field, headers,      9 /private  blocked by robots.txt
//                timings; links to 1, 4, 8      10 /down     no response (connection refused)
//   3 /other     200, links to 2                11 /missing  404
//   4 /old       301 → /middle                  12 /slow     200 in 1.5 s
//   5 /middle    302 → /page                    13 /error    503 in 2.5 s
//   6 /loop-a    301 → /loop-b                  14 /queued   queued, no page row
//   7 /loop-b    301 → /loop-a
// So /page has 2 inlinks (from / and /other) and 3 outlinks; /old is a 2-hop chain ending at /page; /loop-a
// loops. fetched_at is pinned to PinnedFetchedAt.
class DetailsFixture
{
public:
    static constexpr qint64 PinnedFetchedAt = 1767225600; // 2026-01-01T00:00:00Z

    // `indexTargets`: whether links_target exists (after a crawl stopped) or not (mid-crawl).
    explicit DetailsFixture(bool indexTargets = true);

    bool isValid() const { return m_store != nullptr; }
    QString errorString() const { return m_error; }
    QString path() const { return m_dir.filePath(QStringLiteral("crawl.pavutyna")); }
    store::CrawlStore& store() { return *m_store; }
    const QTemporaryDir& dir() const { return m_dir; }

    static QString url(const char* path) { return QStringLiteral("https://example.com") + QLatin1String(path); }

private:
    bool build(bool indexTargets);

    QTemporaryDir m_dir;
    std::unique_ptr<store::CrawlStore> m_store;
    QString m_error;
};

} // namespace pav::test
