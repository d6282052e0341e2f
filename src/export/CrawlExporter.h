// SPDX-FileCopyrightText: 2026 Pavutyna contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QStringList>

#include "common/Result.h"

class QIODevice;

namespace pav::store {
class Database;
}

namespace pav::exporting {

struct ExportOptions
{
    enum class Format
    {
        Csv,   // RFC 4180, CRLF, header row always written (see CsvWriter)
        Jsonl, // one JSON object per row (see JsonlWriter); no header
    };
    Format format = Format::Csv;
    bool neutraliseFormulas = true; // CSV only; false is the CLI's --csv-raw
    bool utf8Bom = false;           // CSV only
    // Only the rows matching this SQL predicate (empty: every row), written over the export query's aliases:
    // p (pages) and u (urls) for pages; l (links), s (source urls row) and t (target urls row) for links. The
    // GUI passes the predicate behind a filtered tab, so its export holds exactly the rows the tab shows.
    // Trusted SQL from the program, never from a user.
    QByteArray where;
};

// The pages and links tables of a crawl file, streamed from one SQL query each straight to `out`, sized for
// 1,000,000 pages and 10,000,000 links: no table is held in memory (the links export keeps 12 bytes per fetched
// page to look up target_status; CrawlExporter.cpp says why). Returns the number of rows written (not counting
// the CSV header), or an Error: Io for a failed write (the device's own reason, e.g. a full disk) or an SQLite
// failure (not a crawl file, a damaged one).
// Runs synchronously on the calling thread; the caller owns `out` and commits or closes it (QSaveFile).
//
// Column names are English and stable: scripts depend on them, so they are never translated. Values:
// - Text is always text: absent values (NULL or empty in the crawl file) are an empty cell in CSV and "" in
//   JSON Lines, because the crawl file does not tell "no title" from "an empty title" either.
// - Integers are numbers; a measurement the crawl file lacks (NULL) is an empty cell / null.
// - found_via and kind are lower-case words; in_sitemap is true/false; fetched_at is ISO 8601 UTC.
// - hreflang is the stored JSON array: as text in CSV, as an array in JSON Lines ([] when there is none).
// - links.target_status is empty / null when the target was never fetched, else its status (0 when the
//   fetch failed or robots.txt blocked it).

// One row per row of `pages` (every fetched URL: pages, redirects, errors, robots-blocked), by URL id.
Result<qint64> exportPages(store::Database& db, QIODevice& out, const ExportOptions& options);
// One row per stored link, ordered by source URL id and then by the order the links were found.
Result<qint64> exportLinks(store::Database& db, QIODevice& out, const ExportOptions& options);

// Every value the extraction rules took, one row each: url, rule (its name), index (from 1, in match order),
// value; ordered by URL id, rule and index. With `where`, only the values of the pages it selects.
Result<qint64> exportExtractedValues(store::Database& db, QIODevice& out, const ExportOptions& options);

// The column names (CSV header, JSON keys) in output order. The pages table has one more column per
// extraction rule of the crawl, after these, named as the rule.
QStringList pageColumns();
QStringList extractedValueColumns();
QStringList linkColumns();

// The SQL behind each export, so tests and benchmarks can check its plan with EXPLAIN QUERY PLAN. The pages
// query depends on whether `db` has the links_target index (CrawlStore::indexLinkTargets()).
QByteArray pagesQuery(store::Database& db);
QByteArray linksQuery();

} // namespace pav::exporting
