// SPDX-FileCopyrightText: 2026 Pavutyna contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "export/CrawlExporter.h"

#include <algorithm>
#include <optional>
#include <span>
#include <vector>

#include <QCoreApplication>
#include <QIODevice>
#include <QJsonDocument>

#include "export/CsvWriter.h"
#include "export/JsonlWriter.h"
#include "export/RuleColumns.h"
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
// when the crawl file has that index; CrawlStore builds it only when a crawl stops (random inserts into it
// slowed crawling), so a file exported mid-crawl or after a kill may lack it. Counting per page without it would
// scan all links for every page, so then the counts come from one grouped pass over links instead (see
// pagesSql()).
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
    {"inlinks", "%INLINKS%", Type::Integer},
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
constexpr const char* PagesFrom = "FROM pages AS p LEFT JOIN urls AS u ON u.id = p.url_id %INLINKS_JOIN% "
                                  "ORDER BY p.url_id";
constexpr const char* InlinksIndexed = "(SELECT count(*) FROM links WHERE links.target_id = p.url_id)";
constexpr const char* InlinksGrouped = "coalesce(i.n, 0)";
constexpr const char* InlinksGroupedJoin = "LEFT JOIN (SELECT target_id, count(*) AS n FROM links GROUP BY target_id) "
                                           "AS i ON i.target_id = p.url_id";

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

struct RowContext
{
    bool jsonl = false;
    const FetchedStatuses* statuses = nullptr; // only when a column has Type::Status
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

Result<bool> hasIndex(store::Database& db, const char* name)
{
    Result<store::Statement> statement = db.prepare("SELECT 1 FROM sqlite_schema WHERE type = 'index' AND name = ?1");
    if (!statement)
        return statement.error();
    return statement->bind(1, QString::fromLatin1(name)).step();
}

// The pages query over `columns` (PageColumns, and after them any rule columns).
Result<QByteArray> pagesSql(store::Database& db, std::span<const Column> columns = PageColumns)
{
    Result<bool> indexed = hasIndex(db, "links_target");
    if (!indexed)
        return indexed.error();
    QByteArray sql = selectSql(columns, PagesFrom);
    sql.replace("%INLINKS%", *indexed ? InlinksIndexed : InlinksGrouped);
    sql.replace("%INLINKS_JOIN% ", *indexed ? "" : QByteArray(InlinksGroupedJoin) + ' ');
    return sql;
}

// The query with `where` applied before its ORDER BY (every query here ends with one).
QByteArray filtered(QByteArray sql, const QByteArray& where)
{
    if (where.trimmed().isEmpty())
        return sql;
    const qsizetype orderBy = sql.lastIndexOf(" ORDER BY ");
    return sql.insert(orderBy, " WHERE (" + where + ')');
}

Result<qint64> exportTable(store::Database& db, QIODevice& out, const ExportOptions& options,
                           std::span<const Column> columns, const QByteArray& sql)
{
    std::optional<FetchedStatuses> statuses;
    if (std::any_of(columns.begin(), columns.end(), [](const Column& c) { return c.type == Type::Status; })) {
        Result<FetchedStatuses> loaded = FetchedStatuses::load(db);
        if (!loaded)
            return readError(loaded.error());
        statuses = std::move(*loaded);
    }
    const RowContext context{options.format == ExportOptions::Format::Jsonl, statuses ? &*statuses : nullptr};
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
    Result<QByteArray> sql = pagesSql(db, columns);
    if (!sql)
        return readError(sql.error());
    return exportTable(db, out, options, columns, filtered(*sql, options.where));
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

Result<QByteArray> pagesQuery(store::Database& db)
{
    return pagesSql(db);
}

QByteArray linksQuery()
{
    return selectSql(LinkColumns, LinksFrom);
}

} // namespace pav::exporting
