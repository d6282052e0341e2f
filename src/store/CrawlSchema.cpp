// SPDX-FileCopyrightText: 2026 Pavutyna contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/CrawlSchema.h"

#include <array>

#include "store/CrawlReader.h"

namespace pav::store {

namespace {
// Version 1 is the first format a crawler wrote (nothing wrote crawl files before the crawler existed).
constexpr std::array<Migration, 3> Schema{{
    {1, R"sql(
CREATE TABLE crawl_meta(key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE urls(
    id INTEGER PRIMARY KEY,
    url TEXT NOT NULL,
    url_hash INTEGER NOT NULL UNIQUE,
    depth INTEGER NOT NULL,
    found_via INTEGER NOT NULL,
    state INTEGER NOT NULL DEFAULT 0,
    hops INTEGER NOT NULL DEFAULT 0,
    in_sitemap INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX urls_queued ON urls(depth, id) WHERE state = 0;
CREATE INDEX urls_special ON urls(id) WHERE state = 3 OR found_via = 3;
CREATE TABLE pages(
    url_id INTEGER PRIMARY KEY REFERENCES urls(id),
    status INTEGER NOT NULL, content_type TEXT, size INTEGER, response_ms INTEGER,
    title TEXT, meta_description TEXT, h1 TEXT, canonical TEXT, meta_robots TEXT, x_robots_tag TEXT,
    word_count INTEGER, title_count INTEGER, meta_description_count INTEGER, h1_count INTEGER, h2_count INTEGER,
    language TEXT, redirect_url TEXT, error TEXT, http_version TEXT, encoding TEXT,
    fetched_at INTEGER NOT NULL DEFAULT (unixepoch()),
    dns_ms INTEGER, connect_ms INTEGER, ttfb_ms INTEGER, bytes_received INTEGER, ip TEXT, headers TEXT,
    hreflang TEXT, canonical_count INTEGER, attempts INTEGER
);
-- No REFERENCES on links: the crawler only writes ids it got from urls, and checking both ends of every link
-- (about 50 a page) cost two urls lookups per row.
CREATE TABLE links(
    source_id INTEGER NOT NULL,
    target_id INTEGER NOT NULL,
    anchor TEXT, rel TEXT, kind INTEGER NOT NULL
);
CREATE INDEX links_source ON links(source_id);
-- The crawler-trap guard's counts (distinct queries queued per scheme://host/path, keyed by its 64-bit hash),
-- written in the same transactions as the URLs they counted, so a resumed crawl traps exactly what an
-- uninterrupted one would, without scanning every URL for a query.
CREATE TABLE query_variants(path_hash INTEGER PRIMARY KEY, queued INTEGER NOT NULL);
)sql"},
    // Extraction: the rules (their ids are their positions, from 1), what each took from each page (idx from 0,
    // in match order), the pages' JSON-LD blocks and, with --store-html, their compressed UTF-8 bodies.
    {2, R"sql(
CREATE TABLE extract_rules(id INTEGER PRIMARY KEY, name TEXT NOT NULL, definition TEXT NOT NULL);
CREATE TABLE extracted(
    url_id INTEGER NOT NULL, rule_id INTEGER NOT NULL, idx INTEGER NOT NULL, value TEXT NOT NULL,
    PRIMARY KEY(url_id, rule_id, idx)
) WITHOUT ROWID;
CREATE TABLE jsonld(url_id INTEGER NOT NULL, idx INTEGER NOT NULL, source TEXT NOT NULL, PRIMARY KEY(url_id, idx))
    WITHOUT ROWID;
CREATE TABLE bodies(url_id INTEGER PRIMARY KEY, body BLOB NOT NULL);
)sql"},
    // A page's links are one range of link ids, kept in its pages row, instead of an index on source_id: the
    // crawler inserts a page's links together, so their ids are consecutive, and keeping links_source up cost
    // 39% of saving a page. The id column makes the ranges survive VACUUM, which may renumber a plain rowid.
    // Old rows are copied in (source, rowid) order, which is the order every reader showed them in, and the copy
    // gives each page one range whatever happened before. Both old indexes go with the old table: links_target
    // comes back when the window next finishes a crawl in the file or opens it (CrawlStore::prepareForViewing).
    {3, R"sql(
CREATE TABLE links_v3(
    id INTEGER PRIMARY KEY,
    source_id INTEGER NOT NULL,
    target_id INTEGER NOT NULL,
    anchor TEXT, rel TEXT, kind INTEGER NOT NULL
);
INSERT INTO links_v3(source_id, target_id, anchor, rel, kind)
    SELECT source_id, target_id, anchor, rel, kind FROM links ORDER BY source_id, rowid;
DROP TABLE links;
ALTER TABLE links_v3 RENAME TO links;
ALTER TABLE pages ADD COLUMN links_first INTEGER NOT NULL DEFAULT 0;
ALTER TABLE pages ADD COLUMN links_count INTEGER NOT NULL DEFAULT 0;
UPDATE pages SET links_first = s.first, links_count = s.n
    FROM (SELECT source_id, min(id) AS first, count(*) AS n FROM links GROUP BY source_id) AS s
    WHERE s.source_id = pages.url_id;
)sql"},
}};
static_assert(Schema.back().version == CrawlFileVersion, "readers must expect the format this store writes");
} // namespace

std::span<const Migration> crawlFileSchema()
{
    return Schema;
}

} // namespace pav::store
