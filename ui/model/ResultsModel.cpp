// SPDX-FileCopyrightText: 2026 Pavutyna contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/model/ResultsModel.h"

#include <array>

#include "store/CrawlReader.h"
#include "store/Database.h"

namespace pav::ui {

namespace {
using Value = CrawlTableModel::Value;

struct PageColumn
{
    const char* label;
    Value value;
    const char* sql; // what the row reads and the sort orders by
};

constexpr const char* InlinksIndexed = "(SELECT count(*) FROM links WHERE links.target_id = p.url_id)";
constexpr const char* Outlinks = "p.links_count";

// Text sorts ignore ASCII case; ties keep url id order, so every sort is total and repeatable.
constexpr std::array<PageColumn, ResultsModel::ColumnCount> PageColumns{{
    {QT_TRANSLATE_NOOP("pav::ui::CrawlTableModel", "Address"), Value::Text, "u.url"},
    {QT_TRANSLATE_NOOP("pav::ui::CrawlTableModel", "Status"), Value::Integer, "p.status"},
    {QT_TRANSLATE_NOOP("pav::ui::CrawlTableModel", "Content type"), Value::Text, "p.content_type"},
    {QT_TRANSLATE_NOOP("pav::ui::CrawlTableModel", "Size (bytes)"), Value::Integer, "p.size"},
    {QT_TRANSLATE_NOOP("pav::ui::CrawlTableModel", "Response time (ms)"), Value::Integer, "p.response_ms"},
    {QT_TRANSLATE_NOOP("pav::ui::CrawlTableModel", "Depth"), Value::Integer, "u.depth"},
    {QT_TRANSLATE_NOOP("pav::ui::CrawlTableModel", "Title"), Value::Text, "p.title"},
    {QT_TRANSLATE_NOOP("pav::ui::CrawlTableModel", "Title length"), Value::Integer, "length(p.title)"},
    {QT_TRANSLATE_NOOP("pav::ui::CrawlTableModel", "Meta description"), Value::Text, "p.meta_description"},
    {QT_TRANSLATE_NOOP("pav::ui::CrawlTableModel", "Meta description length"), Value::Integer,
     "length(p.meta_description)"},
    {QT_TRANSLATE_NOOP("pav::ui::CrawlTableModel", "H1"), Value::Text, "p.h1"},
    {QT_TRANSLATE_NOOP("pav::ui::CrawlTableModel", "H1 count"), Value::Integer, "p.h1_count"},
    {QT_TRANSLATE_NOOP("pav::ui::CrawlTableModel", "H2 count"), Value::Integer, "p.h2_count"},
    {QT_TRANSLATE_NOOP("pav::ui::CrawlTableModel", "Canonical"), Value::Text, "p.canonical"},
    {QT_TRANSLATE_NOOP("pav::ui::CrawlTableModel", "Meta robots"), Value::Text, "p.meta_robots"},
    {QT_TRANSLATE_NOOP("pav::ui::CrawlTableModel", "X-Robots-Tag"), Value::Text, "p.x_robots_tag"},
    {QT_TRANSLATE_NOOP("pav::ui::CrawlTableModel", "Word count"), Value::Integer, "p.word_count"},
    {QT_TRANSLATE_NOOP("pav::ui::CrawlTableModel", "Inlinks"), Value::Integer, "%INLINKS%"},
    {QT_TRANSLATE_NOOP("pav::ui::CrawlTableModel", "Outlinks"), Value::Integer, Outlinks},
    {QT_TRANSLATE_NOOP("pav::ui::CrawlTableModel", "Redirect URL"), Value::Text, "p.redirect_url"},
    {QT_TRANSLATE_NOOP("pav::ui::CrawlTableModel", "Error"), Value::Text, "p.error"},
    {QT_TRANSLATE_NOOP("pav::ui::CrawlTableModel", "Language"), Value::Text, "p.language"},
    {QT_TRANSLATE_NOOP("pav::ui::CrawlTableModel", "Crawled at"), Value::Timestamp, "p.fetched_at"},
}};

QList<CrawlTableModel::Column> columnList()
{
    QList<CrawlTableModel::Column> list;
    for (const PageColumn& column : PageColumns)
        list.append({column.label, column.value});
    return list;
}

bool isText(int column)
{
    return PageColumns[std::size_t(column)].value == Value::Text;
}
} // namespace

ResultsModel::ResultsModel(QObject* parent)
    : LazyTableModel(FilterKind::Pages, columnList(), parent)
{
}

QString ResultsModel::urlAt(int row) const
{
    return rawAt(row, Address).toString();
}

void ResultsModel::appendSaved(const QList<qint64>& urlIds)
{
    if (urlIds.isEmpty())
        return;
    const QByteArray ids = idList(urlIds);
    QByteArray where = combinePredicates("p.url_id IN (" + ids + ')', currentWhere());
    appendMatching("SELECT p.url_id FROM pages AS p LEFT JOIN urls AS u ON u.id = p.url_id WHERE " + where
                   + " ORDER BY p.url_id");
}

QByteArray ResultsModel::keyQuery(const QByteArray& where, int column, Qt::SortOrder order) const
{
    QByteArray sql = "SELECT p.url_id FROM pages AS p LEFT JOIN urls AS u ON u.id = p.url_id ";
    QByteArray sortBy;
    if (column == Inlinks && !m_hasTargetIndex) {
        // Without links_target a count per row scans every link: one grouped pass instead (as the exporter does).
        sql += "LEFT JOIN (SELECT target_id, count(*) AS n FROM links GROUP BY target_id) AS i ON i.target_id = p.url_id ";
        sortBy = "coalesce(i.n, 0)";
    } else if (column >= 0 && column < ColumnCount) {
        sortBy = QByteArray(PageColumns[std::size_t(column)].sql).replace("%INLINKS%", InlinksIndexed);
        if (isText(column))
            sortBy += " COLLATE NOCASE";
    }
    sql += "WHERE " + (where.isEmpty() ? QByteArray("1") : where);
    const QByteArray direction = order == Qt::DescendingOrder ? " DESC" : "";
    sql += " ORDER BY " + (sortBy.isEmpty() ? QByteArray() : sortBy + direction + ", ") + "p.url_id" + direction;
    return sql;
}

Result<void> ResultsModel::prepareReader(store::Database& db)
{
    m_hasTargetIndex = store::hasLinkTargetIndex(db);
    QByteArray sql = "SELECT ";
    for (std::size_t i = 0; i < PageColumns.size(); ++i) {
        if (i > 0)
            sql += ", ";
        // Mid-crawl (no links_target yet) a per-row inlink count would scan all links: left empty until then.
        sql += QByteArray(PageColumns[i].sql).replace("%INLINKS%", m_hasTargetIndex ? InlinksIndexed : "NULL");
    }
    sql += " FROM pages AS p LEFT JOIN urls AS u ON u.id = p.url_id WHERE p.url_id = ?1";
    auto statement = db.prepare(sql.constData());
    if (!statement)
        return statement.error();
    m_row = std::move(*statement);
    return {};
}

QVariantList ResultsModel::loadRow(qint64 key) const
{
    QVariantList values;
    m_row.bind(1, key);
    auto row = m_row.step();
    if (row && *row) {
        values.reserve(ColumnCount);
        for (int i = 0; i < ColumnCount; ++i) {
            if (m_row.isNull(i))
                values.append(QVariant());
            else if (isText(i))
                values.append(m_row.text(i));
            else
                values.append(m_row.int64(i));
        }
    }
    m_row.reset();
    return values;
}

} // namespace pav::ui
