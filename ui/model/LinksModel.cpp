// SPDX-FileCopyrightText: 2026 Pavutyna contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/model/LinksModel.h"

#include "store/Database.h"

namespace pav::ui {

namespace {
using Value = CrawlTableModel::Value;

constexpr const char* TargetStatusSql = "(SELECT tp.status FROM pages AS tp WHERE tp.url_id = l.target_id)";
constexpr const char* SortSql[LinksModel::ColumnCount] = {"s.url COLLATE NOCASE", "t.url COLLATE NOCASE",
                                                          "l.anchor COLLATE NOCASE", "l.rel COLLATE NOCASE",
                                                          TargetStatusSql};
// Hidden values after the visible columns.
constexpr int SourceId = LinksModel::ColumnCount;
constexpr int TargetId = LinksModel::ColumnCount + 1;
} // namespace

LinksModel::LinksModel(QObject* parent)
    : LazyTableModel(FilterKind::Links,
                     {{QT_TRANSLATE_NOOP("pav::ui::CrawlTableModel", "Source"), Value::Text},
                      {QT_TRANSLATE_NOOP("pav::ui::CrawlTableModel", "Target"), Value::Text},
                      {QT_TRANSLATE_NOOP("pav::ui::CrawlTableModel", "Anchor text"), Value::Text},
                      {QT_TRANSLATE_NOOP("pav::ui::CrawlTableModel", "Rel"), Value::Text},
                      {QT_TRANSLATE_NOOP("pav::ui::CrawlTableModel", "Target status"), Value::Integer}},
                     parent)
{
}

qint64 LinksModel::urlIdAt(int row) const
{
    return rawAt(row, TargetId).toLongLong();
}

QString LinksModel::urlAt(int row) const
{
    return rawAt(row, Target).toString();
}

QString LinksModel::sourceUrlAt(int row) const
{
    return rawAt(row, Source).toString();
}

qint64 LinksModel::sourceIdAt(int row) const
{
    return rawAt(row, SourceId).toLongLong();
}

QByteArray LinksModel::keyQuery(const QByteArray& where, int column, Qt::SortOrder order) const
{
    const bool sorted = column >= 0 && column < ColumnCount;
    // Natural order: by source page, then as the links were found on it, which is each page's range of link
    // ids taken in url id order: no sort. Pinned as the links export pins it (see LinksFrom there).
    QByteArray sql = QByteArray("SELECT l.id ")
        + (sorted ? "FROM links AS l "
                  : "FROM pages AS p CROSS JOIN links AS l NOT INDEXED "
                    "ON l.id BETWEEN p.links_first AND p.links_first + p.links_count - 1 ")
        + "LEFT JOIN urls AS s ON s.id = l.source_id LEFT JOIN urls AS t ON t.id = l.target_id WHERE "
        + (where.isEmpty() ? QByteArray("1") : where);
    const QByteArray direction = order == Qt::DescendingOrder ? " DESC" : "";
    if (sorted)
        sql += " ORDER BY " + QByteArray(SortSql[column]) + direction + ", l.id" + direction;
    else
        sql += " ORDER BY p.url_id, l.id";
    return sql;
}

Result<void> LinksModel::prepareReader(store::Database& db)
{
    auto statement = db.prepare("SELECT s.url, t.url, l.anchor, l.rel, tp.status, l.source_id, l.target_id "
                                "FROM links AS l LEFT JOIN urls AS s ON s.id = l.source_id "
                                "LEFT JOIN urls AS t ON t.id = l.target_id "
                                "LEFT JOIN pages AS tp ON tp.url_id = l.target_id WHERE l.id = ?1");
    if (!statement)
        return statement.error();
    m_row = std::move(*statement);
    return {};
}

QVariantList LinksModel::loadRow(qint64 key) const
{
    QVariantList values;
    m_row.bind(1, key);
    auto row = m_row.step();
    if (row && *row) {
        for (int i = 0; i < ColumnCount + 2; ++i) {
            if (m_row.isNull(i))
                values.append(QVariant());
            else if (i < TargetStatus)
                values.append(m_row.text(i));
            else
                values.append(m_row.int64(i));
        }
    }
    m_row.reset();
    return values;
}

} // namespace pav::ui
