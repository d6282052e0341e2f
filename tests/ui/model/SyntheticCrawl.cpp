// SPDX-FileCopyrightText: 2026 Pavutyna contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "SyntheticCrawl.h"

#include "store/CrawlStore.h"
#include "store/UrlHash.h"

namespace pav::test {

namespace {
// Indexes go in after the rows, as one sort each, which is several times faster than row-by-row upkeep.
constexpr const char* Fill = R"sql(
INSERT INTO pages(url_id, status, content_type, size, response_ms, title, meta_description, h1, canonical,
    meta_robots, x_robots_tag, word_count, title_count, meta_description_count, h1_count, h2_count, language,
    redirect_url, error, http_version, encoding, fetched_at, dns_ms, connect_ms, ttfb_ms, bytes_received, ip,
    headers, hreflang, canonical_count, attempts)
SELECT id, st, CASE WHEN st <> 200 THEN 'text/html' WHEN id % 50 = 17 THEN 'image/png' ELSE 'text/html; charset=utf-8' END,
    CASE WHEN st = 0 THEN 0 ELSE 2000 + (id * 37) % 90000 END, CASE WHEN st = 0 THEN 0 ELSE 20 + (id * 13) % 900 END,
    CASE WHEN st <> 200 THEN '' WHEN id % 40 = 1 THEN '' WHEN id % 25 = 2 THEN 'Shared title ' || (id % 7)
         WHEN id % 30 = 4 THEN 'A very long page title that goes on and on about page number ' || id
         ELSE 'Page ' || id || ' | Example' END,
    CASE WHEN st <> 200 THEN '' WHEN id % 40 = 3 THEN '' WHEN id % 25 = 4 THEN 'Shared description ' || (id % 5)
         WHEN id % 30 = 6 THEN 'Описання ' || id || ' ' || printf('%.150c', 'x')
         ELSE 'Description of page ' || id || ', with enough words to look like a real meta description.' END,
    CASE WHEN st <> 200 THEN '' WHEN id % 40 = 5 THEN '' WHEN id % 25 = 6 THEN 'Shared heading ' || (id % 3)
         ELSE 'Heading ' || id END,
    CASE WHEN st <> 200 OR id % 20 = 8 THEN '' WHEN id % 20 = 10 THEN next_url ELSE url END,
    CASE WHEN id % 100 = 12 THEN 'noindex, follow' ELSE '' END,
    CASE WHEN id % 100 = 15 THEN 'nofollow' ELSE '' END,
    CASE WHEN st = 200 THEN 200 + (id * 7) % 2000 ELSE 0 END,
    CASE WHEN st <> 200 THEN 0 WHEN id % 200 = 6 THEN 2 ELSE 1 END,
    CASE WHEN st <> 200 THEN 0 WHEN id % 200 = 16 THEN 2 ELSE 1 END,
    CASE WHEN st <> 200 OR id % 40 = 5 THEN 0 WHEN id % 200 = 26 THEN 2 ELSE 1 END,
    CASE WHEN st = 200 THEN id % 9 ELSE 0 END,
    CASE WHEN id % 4 = 0 THEN 'uk' ELSE 'en' END,
    CASE WHEN id % 10000 = 13 THEN next_url WHEN id % 10000 = 14 THEN prev_url WHEN st = 301 THEN next_url ELSE '' END,
    CASE WHEN id % 1000 = 7 THEN 'blocked by robots.txt' WHEN id % 1000 = 11 THEN 'timed out' ELSE '' END,
    '2', 'UTF-8', 1767225600 + id, 1, 3, 40, 9000, '127.0.0.1',
    'content-type: text/html; charset=utf-8' || char(10) || 'server: nginx' || char(10) || 'cache-control: max-age=600',
    '', 1, 1
FROM (SELECT u.id, u.url,
        'https://example.com/s' || ((u.id + 1) % 100) || '/page-' || (u.id + 1) AS next_url,
        'https://example.com/s' || ((u.id - 1) % 100) || '/page-' || (u.id - 1) AS prev_url,
        CASE WHEN u.id % 1000 IN (7, 11) THEN 0 WHEN u.id % 10000 IN (13, 14) THEN 301 WHEN u.id % 100 = 3 THEN 301
             WHEN u.id % 100 = 5 THEN 404 WHEN u.id % 500 = 9 THEN 500 ELSE 200 END AS st
      FROM urls AS u);
WITH RECURSIVE k(j) AS (SELECT 0 UNION ALL SELECT j + 1 FROM k WHERE j < %LINKS% - 1)
INSERT INTO links(source_id, target_id, anchor, rel, kind)
SELECT u.id, (u.id * 7919 + k.j * 104729) % %PAGES% + 1, 'Link ' || k.j, CASE WHEN k.j = 0 THEN 'nofollow' ELSE '' END, 0
FROM urls AS u, k WHERE %HASLINKS% ORDER BY u.id, k.j;
-- Every URL (ids from 1) got %LINKS% links, inserted in url order from link id 1: each page's range follows.
UPDATE pages SET links_first = (url_id - 1) * %LINKS% + 1, links_count = %LINKS% WHERE %HASLINKS%;
%TARGETS%
)sql";
} // namespace

Result<void> writeSyntheticCrawl(const QString& path, const SyntheticCrawlOptions& options)
{
    auto store = store::CrawlStore::open(path);
    if (!store)
        return store.error();
    const QByteArray sql = QByteArray(Fill)
                               .replace("%PAGES%", QByteArray::number(options.pages))
                               .replace("%LINKS%", QByteArray::number(std::max(options.linksPerPage, 1)))
                               .replace("%HASLINKS%", options.linksPerPage > 0 ? "1" : "0")
                               .replace("%TARGETS%", options.indexLinkTargets
                                            ? "CREATE INDEX links_target ON links(target_id);"
                                            : "");
    store::Database& db = (*store)->database();
    // Built like a finished crawl file, but without the WAL while filling it: every page would be written
    // twice (to the WAL, then at checkpoint), and nothing needs this file to survive a crash half-built.
    for (const char* pragma : {"PRAGMA journal_mode=OFF", "PRAGMA synchronous=OFF"}) {
        if (auto done = db.exec(pragma); !done)
            return done;
    }
    auto transaction = store::Transaction::begin(db);
    if (!transaction)
        return transaction.error();
    // URLs one by one from C++: url_hash must be the real urlHash() so lookups by URL work as in a real crawl.
    auto insert = db.prepare("INSERT INTO urls(id, url, url_hash, depth, found_via, state, hops, in_sitemap) "
                             "VALUES(?1, ?2, ?3, ?4, ?5, ?6, 0, ?7)");
    if (!insert)
        return insert.error();
    for (qint64 id = 1; id <= options.pages; ++id) {
        const QByteArray url = urlOf(id);
        insert->bind(1, id).bind(2, QString::fromLatin1(url)).bind(3, qint64(store::urlHash(url)))
            .bind(4, int(id % 7)).bind(5, id == 1 ? 0 : 1).bind(6, id % 1000 == 7 ? 2 : 1).bind(7, int(id % 3 == 0));
        if (auto done = insert->run(); !done)
            return done;
    }
    if (auto done = db.exec(sql.constData()); !done)
        return done;
    if (auto done = transaction->commit(); !done)
        return done;
    return db.exec("PRAGMA journal_mode=WAL"); // as a crawl leaves it
}

QByteArray urlOf(qint64 id)
{
    return "https://example.com/s" + QByteArray::number(id % 100) + "/page-" + QByteArray::number(id);
}

} // namespace pav::test
