// SPDX-FileCopyrightText: 2026 Pavutyna contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "export/CrawlExporter.h"

#include <algorithm>
#include <optional>
#include <span>
#include <unordered_map>
#include <vector>

#include <QCoreApplication>
#include <QIODevice>
#include <QJsonDocument>

#include "export/CsvWriter.h"
#include "export/JsonlWriter.h"
#include "export/RuleColumns.h"
#include "store/CrawlReader.h"
#include "store/Database.h"

namespace pav::exporting {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(pav::exporting::CrawlExporter)
};

enum class Type
{
    Text,
    Integer,
    Bool,
    FoundVia,  // pav::store::FoundVia
    LinkKind,  // pav::html::LinkKind
    JsonArray, // JSON text in the crawl file, an array in JSON Lines
    Status,    // a URL id, written as the status of its pages row (null when it has none): see FetchedStatuses
    Inlinks,   // the count itself, or with RowContext::inlinks a URL id to look up there: see InlinkCounts
};

// One output column: its stable name, the SQL that reads it, and how it is written.
struct Column
{
    const char* name;
    const char* sql;
    Type type;
};

// outlinks is stored with the page (the size of its range of link ids) and rows stream in url id order. inlinks
// is a correlated count(*) over one range of links_target (covering, so the links table itself is never read)
// when the crawl file has that index. Only the window builds it (random inserts into it slowed crawling, and
// building it costs more than this export), so a headless or killed crawl's file lacks it; counting per page
// would then scan all links for every page, so the row carries its URL id and the count comes from one scan of
// links made before the export (InlinkCounts).
constexpr Column PageColumns[] = {
    {"url", "u.url", Type::Text},
    {"status", "p.status", Type::Integer},
    {"content_type", "p.content_type", Type::Text},
    {"size", "p.size", Type::Integer},
    {"response_ms", "p.response_ms", Type::Integer},
    {"depth", "u.depth", Type::Integer},
    {"title", "p.title", Type::Text},
    {"meta_description", "p.meta_description", Type::Text},
    {"h1", "p.h1", Type::Text},
    {"canonical", "p.canonical", Type::Text},
    {"meta_robots", "p.meta_robots", Type::Text},
    {"word_count", "p.word_count", Type::Integer},
    {"inlinks", "%INLINKS%", Type::Inlinks},
    {"outlinks", "p.links_count", Type::Integer},
    {"redirect_url", "p.redirect_url", Type::Text},
    {"error", "p.error", Type::Text},
    {"found_via", "u.found_via", Type::FoundVia},
    {"in_sitemap", "u.in_sitemap", Type::Bool},
    {"x_robots_tag", "p.x_robots_tag", Type::Text},
    {"title_count", "p.title_count", Type::Integer},
    {"meta_description_count", "p.meta_description_count", Type::Integer},
    {"h1_count", "p.h1_count", Type::Integer},
    {"h2_count", "p.h2_count", Type::Integer},
    {"canonical_count", "p.canonical_count", Type::Integer},
    {"language", "p.language", Type::Text},
    {"hreflang", "p.hreflang", Type::JsonArray},
    {"http_version", "p.http_version", Type::Text},
    {"encoding", "p.encoding", Type::Text},
    {"ip", "p.ip", Type::Text},
    {"dns_ms", "p.dns_ms", Type::Integer},
    {"connect_ms", "p.connect_ms", Type::Integer},
    {"ttfb_ms", "p.ttfb_ms", Type::Integer},
    {"bytes_received", "p.bytes_received", Type::Integer},
    {"attempts", "p.attempts", Type::Integer},
    {"fetched_at", "strftime('%Y-%m-%dT%H:%M:%SZ', p.fetched_at, 'unixepoch')", Type::Text},
};
// LEFT JOINs keep a row even if its urls row were missing, and pin the scanned table as the outer loop.
constexpr const char* PagesFrom = "FROM pages AS p LEFT JOIN urls AS u ON u.id = p.url_id ORDER BY p.url_id";
constexpr const char* InlinksIndexed = "(SELECT count(*) FROM links WHERE links.target_id = p.url_id)";
constexpr const char* InlinksLookedUp = "p.url_id";

constexpr Column LinkColumns[] = {
    {"source", "s.url", Type::Text},
    {"target", "t.url", Type::Text},
    {"anchor", "l.anchor", Type::Text},
    {"rel", "l.rel", Type::Text},
    {"target_status", "l.target_id", Type::Status},
    {"kind", "l.kind", Type::LinkKind},
};
// Pages in url id order, each page's links by their range of ids: already the requested order (by source, then
// as found on it), so no sort of 10M rows. CROSS JOIN pins pages as the outer loop even if statistics ever
// made another plan look cheaper; NOT INDEXED keeps a filter on target_id from trading the id range for
// links_target (a search per page and per listed target: minutes on a big crawl, not seconds).
constexpr const char* LinksFrom = "FROM pages AS p CROSS JOIN links AS l NOT INDEXED "
                                  "ON l.id BETWEEN p.links_first AND p.links_first + p.links_count - 1 "
                                  "LEFT JOIN urls AS s ON s.id = p.url_id "
                                  "LEFT JOIN urls AS t ON t.id = l.target_id "
                                  "ORDER BY p.url_id, l.id";

// Indexed by the stored integer; mirrors pav::store::FoundVia.
constexpr const char* FoundViaWords[] = {"seed", "link", "redirect", "sitemap"};
// Indexed by the stored integer; mirrors pav::html::LinkKind (src/html/PageParser.h), which export does not
// link: keep the two in the same order.
constexpr const char* LinkKindWords[] = {"a", "area", "link", "img", "script", "iframe", "frame", "media", "refresh"};

QByteArray selectSql(std::span<const Column> columns, const char* from)
{
    QByteArray sql = "SELECT ";
    for (std::size_t i = 0; i < columns.size(); ++i) {
        if (i > 0)
            sql += ", ";
        sql += columns[i].sql;
    }
    sql += ' ';
    sql += from;
    return sql;
}

QStringList namesOf(std::span<const Column> columns)
{
    QStringList names;
    names.reserve(qsizetype(columns.size()));
    for (const Column& column : columns)
        names.append(QString::fromLatin1(column.name));
    return names;
}

Cell wordFor(qint64 value, std::span<const char* const> words, QByteArray& scratch)
{
    if (value >= 0 && std::size_t(value) < words.size())
        return Cell::text(words[std::size_t(value)]);
    // A value from a newer Pavutyna keeps its number rather than get a wrong word, still as text so the
    // column has one type.
    scratch = QByteArray::number(value);
    return Cell::text(scratch);
}

// The status of every fetched URL, for links.target_status. Joining `pages` per link instead means a random
// lookup into the widest table for each of 10M links: on a synthetic 1M-page / 10M-link crawl that join alone
// took 25 s of CPU even with the file memory-mapped, about half the whole export. One sequential scan into two
// parallel sorted arrays (12 bytes per page: 12 MB for a million pages, however many links) turns each lookup
// into a binary search in memory.
class FetchedStatuses
{
public:
    static Result<FetchedStatuses> load(store::Database& db)
    {
        Result<store::Statement> statement = db.prepare("SELECT url_id, status FROM pages ORDER BY url_id");
        if (!statement)
            return statement.error();
        FetchedStatuses statuses;
        while (true) {
            Result<bool> more = statement->step();
            if (!more)
                return more.error();
            if (!*more)
                return statuses;
            statuses.m_ids.push_back(statement->int64(0));
            statuses.m_statuses.push_back(qint32(statement->int64(1)));
        }
    }

    std::optional<qint32> statusOf(qint64 urlId) const
    {
        const auto found = std::lower_bound(m_ids.begin(), m_ids.end(), urlId);
        if (found == m_ids.end() || *found != urlId)
            return std::nullopt;
        return m_statuses[std::size_t(found - m_ids.begin())];
    }

private:
    std::vector<qint64> m_ids; // ascending: the scan is in rowid order
    std::vector<qint32> m_statuses;
};

// Every URL's inlink count, for pages.inlinks when links_target does not exist. One scan of links.target_id
// into a count per URL id: on the 20,000-page benchmark crawl (a million links) about 0.1 s, where building the
// index took 1.4 s and SQLite's grouped count, which sorts every link, 0.8 s. URL ids are dense (the crawler
// numbers them from 1), so the counts are an array, 4 bytes a URL; ids outside it (only a file written by
// something else has them) are counted in a map instead.
class InlinkCounts
{
public:
    static Result<InlinkCounts> load(store::Database& db)
    {
        Result<store::Statement> bounds = db.prepare("SELECT coalesce(max(id), 0), count(*) FROM urls");
        if (!bounds)
            return bounds.error();
        if (Result<bool> row = bounds->step(); !row)
            return row.error();
        const qint64 maxId = bounds->int64(0);
        InlinkCounts counts;
        if (maxId > 0 && maxId <= 2 * bounds->int64(1) + 65536)
            counts.m_dense.assign(std::size_t(maxId) + 1, 0);
        Result<store::Statement> scan = db.prepare("SELECT target_id FROM links");
        if (!scan)
            return scan.error();
        while (true) {
            Result<bool> more = scan->step();
            if (!more)
                return more.error();
            if (!*more)
                return counts;
            const qint64 id = scan->int64(0);
            if (id >= 0 && std::size_t(id) < counts.m_dense.size())
                ++counts.m_dense[std::size_t(id)];
            else
                ++counts.m_sparse[id];
        }
    }

    qint64 of(qint64 urlId) const
    {
        if (urlId >= 0 && std::size_t(urlId) < m_dense.size())
            return m_dense[std::size_t(urlId)];
        const auto found = m_sparse.find(urlId);
        return found == m_sparse.end() ? 0 : found->second;
    }

private:
    std::vector<quint32> m_dense;
    std::unordered_map<qint64, qint64> m_sparse;
};

struct RowContext
{
    bool jsonl = false;
    const FetchedStatuses* statuses = nullptr; // only when a column has Type::Status
    const InlinkCounts* inlinks = nullptr;     // when the query reads Type::Inlinks as a URL id
};

// `scratch` owns whatever the cell points at that is not SQLite's memory; it lives until the row is written.
Cell cellFor(const store::Statement& row, int index, Type type, const RowContext& context, QByteArray& scratch)
{
    if (type != Type::Text && type != Type::JsonArray && row.isNull(index))
        return Cell::null();
    switch (type) {
    case Type::Text:
        return Cell::text(row.utf8(index));
    case Type::Integer:
        return Cell::number(row.int64(index));
    case Type::Bool:
        return Cell::boolean(row.int64(index) != 0);
    case Type::FoundVia:
        return wordFor(row.int64(index), FoundViaWords, scratch);
    case Type::LinkKind:
        return wordFor(row.int64(index), LinkKindWords, scratch);
    case Type::JsonArray: {
        const QByteArrayView stored = row.utf8(index);
        if (!context.jsonl)
            return Cell::text(stored);
        if (stored.isEmpty())
            return Cell::json("[]");
        // Parsed and re-encoded rather than pasted in: a stray newline or bad byte would break the line format.
        const QJsonDocument document = QJsonDocument::fromJson(QByteArray::fromRawData(stored.data(), stored.size()));
        if (!document.isArray())
            return Cell::text(stored); // never written by Pavutyna; kept as a string rather than dropped
        scratch = document.toJson(QJsonDocument::Compact);
        return Cell::json(scratch);
    }
    case Type::Status: {
        const std::optional<qint32> status = context.statuses->statusOf(row.int64(index));
        return status ? Cell::number(*status) : Cell::null();
    }
    case Type::Inlinks:
        return Cell::number(context.inlinks ? context.inlinks->of(row.int64(index)) : row.int64(index));
    }
    return Cell::null();
}

// What SQLite reports names the problem (a damaged file, a missing table); this says what was being done.
Error readError(const Error& error)
{
    return {error.kind, Tr::tr("Could not read the crawl file for the export: %1").arg(error.message)};
}

template <typename Writer>
Result<qint64> writeRows(store::Statement& statement, std::span<const Column> columns, Writer& writer,
                         const RowContext& context)
{
    std::vector<Cell> cells(columns.size());
    std::vector<QByteArray> scratch(columns.size());
    qint64 rows = 0;
    while (true) {
        Result<bool> more = statement.step();
        if (!more)
            return readError(more.error());
        if (!*more)
            break;
        for (std::size_t i = 0; i < columns.size(); ++i)
            cells[i] = cellFor(statement, int(i), columns[i].type, context, scratch[i]);
        if (!writer.writeRow(std::span<const Cell>(cells)))
            return Error{ErrorKind::Io, writer.errorString()};
        ++rows;
    }
    if (!writer.flush())
        return Error{ErrorKind::Io, writer.errorString()};
    return rows;
}

// The pages query over `columns` (PageColumns, and after them any rule columns): with `countsInlinks` (the file
// has links_target) the query counts each page's inlinks, otherwise its inlinks column is the URL id to look up
// in InlinkCounts.
QByteArray pagesSql(bool countsInlinks, std::span<const Column> columns = PageColumns)
{
    return selectSql(columns, PagesFrom).replace("%INLINKS%", countsInlinks ? InlinksIndexed : InlinksLookedUp);
}

// The query with `where` applied before its ORDER BY (every query here ends with one).
QByteArray filtered(QByteArray sql, const QByteArray& where)
{
    if (where.trimmed().isEmpty())
        return sql;
    const qsizetype orderBy = sql.lastIndexOf(" ORDER BY ");
    return sql.insert(orderBy, " WHERE (" + where + ')');
}

// `lookUpInlinks`: the query reads Type::Inlinks as URL ids (see pagesSql()).
Result<qint64> exportTable(store::Database& db, QIODevice& out, const ExportOptions& options,
                           std::span<const Column> columns, const QByteArray& sql, bool lookUpInlinks = false)
{
    std::optional<FetchedStatuses> statuses;
    if (std::any_of(columns.begin(), columns.end(), [](const Column& c) { return c.type == Type::Status; })) {
        Result<FetchedStatuses> loaded = FetchedStatuses::load(db);
        if (!loaded)
            return readError(loaded.error());
        statuses = std::move(*loaded);
    }
    std::optional<InlinkCounts> inlinks;
    if (lookUpInlinks) {
        Result<InlinkCounts> loaded = InlinkCounts::load(db);
        if (!loaded)
            return readError(loaded.error());
        inlinks = std::move(*loaded);
    }
    const RowContext context{options.format == ExportOptions::Format::Jsonl, statuses ? &*statuses : nullptr,
                             inlinks ? &*inlinks : nullptr};
    Result<store::Statement> statement = db.prepare(sql.constData());
    if (!statement)
        return readError(statement.error());
    if (!context.jsonl) {
        CsvWriter writer(&out, {.neutraliseFormulas = options.neutraliseFormulas, .utf8Bom = options.utf8Bom});
        // The header goes out even for an empty crawl: a script reading the file still finds its columns.
        if (!writer.writeRow(namesOf(columns)))
            return Error{ErrorKind::Io, writer.errorString()};
        return writeRows(*statement, columns, writer, context);
    }
    JsonlWriter writer(&out, namesOf(columns));
    return writeRows(*statement, columns, writer, context);
}
} // namespace

Result<qint64> exportPages(store::Database& db, QIODevice& out, const ExportOptions& options)
{
    Result<std::vector<RuleColumn>> rules = ruleColumns(db);
    if (!rules)
        return readError(rules.error());
    // The extraction columns follow the standard ones, in rule order; `rules` owns their names and SQL.
    std::vector<Column> columns(std::begin(PageColumns), std::end(PageColumns));
    for (const RuleColumn& rule : *rules)
        columns.push_back({rule.name.constData(), rule.sql.constData(), rule.isJsonArray ? Type::JsonArray : Type::Text});
    const bool indexed = store::hasLinkTargetIndex(db);
    return exportTable(db, out, options, columns, filtered(pagesSql(indexed, columns), options.where), !indexed);
}

Result<qint64> exportExtractedValues(store::Database& db, QIODevice& out, const ExportOptions& options)
{
    static constexpr Column ValueColumns[] = {
        {"url", "", Type::Text},
        {"rule", "", Type::Text},
        {"index", "", Type::Integer},
        {"value", "", Type::Text},
    };
    Result<std::vector<RuleColumn>> rules = ruleColumns(db);
    if (!rules)
        return readError(rules.error());
    if (rules->empty()) // a file without the extraction tables: only the header
        return exportTable(db, out, options, ValueColumns, "SELECT '', '', 0, '' WHERE 0");
    return exportTable(db, out, options, ValueColumns, extractedValuesQuery(options.where));
}

Result<qint64> exportLinks(store::Database& db, QIODevice& out, const ExportOptions& options)
{
    return exportTable(db, out, options, LinkColumns, filtered(selectSql(LinkColumns, LinksFrom), options.where));
}

QStringList pageColumns()
{
    return namesOf(PageColumns);
}

QStringList extractedValueColumns()
{
    return {QStringLiteral("url"), QStringLiteral("rule"), QStringLiteral("index"), QStringLiteral("value")};
}

QStringList linkColumns()
{
    return namesOf(LinkColumns);
}

QByteArray pagesQuery(store::Database& db)
{
    return pagesSql(store::hasLinkTargetIndex(db));
}

QByteArray linksQuery()
{
    return selectSql(LinkColumns, LinksFrom);
}

} // namespace pav::exporting
