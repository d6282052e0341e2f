// SPDX-FileCopyrightText: 2026 Pavutyna contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/model/ExtractionModel.h"

#include "store/Database.h"

namespace pav::ui {

namespace {
constexpr const char* From = "FROM pages AS p LEFT JOIN urls AS u ON u.id = p.url_id";

// The catalogue's "All HTML pages" predicate, so this tab and the title tabs agree on what an HTML page is.
QByteArray htmlPages()
{
    const Filter* html = FilterCatalogue::filter(QStringLiteral("titles.all"));
    return html ? html->predicate : QByteArray("1");
}

QList<CrawlTableModel::Column> columnsFor(const std::vector<exporting::RuleColumn>& rules)
{
    QList<CrawlTableModel::Column> columns{
        {QT_TRANSLATE_NOOP("pav::ui::CrawlTableModel", "Address"), CrawlTableModel::Value::Text}};
    for (const exporting::RuleColumn& rule : rules)
        columns.append({"", CrawlTableModel::Value::Text, QString::fromUtf8(rule.name)});
    return columns;
}

// `text` anywhere in `column`, ignoring case as searchPredicate() does (ASCII by LIKE, the rest case-folded).
QByteArray contains(const QByteArray& column, const QString& text)
{
    bool ascii = true;
    for (QChar c : text)
        ascii = ascii && c.unicode() < 0x80;
    QString escaped = ascii ? text : text.toCaseFolded();
    escaped.replace(u'\\', QStringLiteral("\\\\")).replace(u'%', QStringLiteral("\\%")).replace(u'_', QStringLiteral("\\_"));
    const QByteArray subject = ascii ? column : "pav_fold(" + column + ')';
    return subject + " LIKE " + sqlLiteral(u'%' + escaped + u'%') + " ESCAPE '\\'";
}
} // namespace

const FilterTab& ExtractionModel::tab()
{
    static const FilterTab extraction{
        QString::fromLatin1(TabId),
        QT_TRANSLATE_NOOP("pav::ui::FilterCatalogue", "Extraction"),
        FilterKind::Pages,
        {{QStringLiteral("extraction.all"), QT_TRANSLATE_NOOP("pav::ui::FilterCatalogue", "All HTML pages"),
          htmlPages(), FilterKind::Pages}}};
    return extraction;
}

ExtractionModel::ExtractionModel(QObject* parent)
    : LazyTableModel(FilterKind::Pages, columnsFor({}), parent)
{
}

QStringList ExtractionModel::ruleNames() const
{
    QStringList names;
    for (const exporting::RuleColumn& rule : m_rules)
        names.append(QString::fromUtf8(rule.name));
    return names;
}

QString ExtractionModel::urlAt(int row) const
{
    return rawAt(row, 0).toString();
}

QByteArray ExtractionModel::currentWhere() const
{
    const QString text = searchText().trimmed();
    QByteArray search;
    if (!text.isEmpty()) {
        search = contains("u.url", text);
        // A file without rules has no extracted table to look in.
        if (!m_rules.empty())
            search += " OR EXISTS (SELECT 1 FROM extracted AS e WHERE e.url_id = p.url_id AND "
                      + contains("e.value", text) + ')';
    }
    return combinePredicates(tab().filters.first().predicate, search);
}

void ExtractionModel::appendSaved(const QList<qint64>& urlIds)
{
    if (urlIds.isEmpty())
        return;
    const QByteArray ids = idList(urlIds);
    const QByteArray where = combinePredicates("p.url_id IN (" + ids + ')', currentWhere());
    appendMatching("SELECT p.url_id " + QByteArray(From) + " WHERE " + where + " ORDER BY p.url_id");
}

QByteArray ExtractionModel::columnSql(int column) const
{
    if (column == 0)
        return "u.url";
    if (column > 0 && std::size_t(column) <= m_rules.size())
        return m_rules[std::size_t(column) - 1].sql;
    return {};
}

QByteArray ExtractionModel::keyQuery(const QByteArray& where, int column, Qt::SortOrder order) const
{
    QByteArray sql = "SELECT p.url_id " + QByteArray(From) + " WHERE " + (where.isEmpty() ? QByteArray("1") : where);
    const QByteArray direction = order == Qt::DescendingOrder ? " DESC" : "";
    const QByteArray sortBy = columnSql(column);
    // Values are text: sorted ignoring ASCII case, ties in url id order so every sort is repeatable.
    sql += " ORDER BY " + (sortBy.isEmpty() ? QByteArray() : sortBy + " COLLATE NOCASE" + direction + ", ")
         + "p.url_id" + direction;
    return sql;
}

Result<void> ExtractionModel::prepareReader(store::Database& db)
{
    auto rules = exporting::ruleColumns(db);
    if (!rules)
        return rules.error();
    QByteArray sql = "SELECT u.url";
    for (const exporting::RuleColumn& rule : *rules)
        sql += ", " + rule.sql;
    sql += ' ' + QByteArray(From) + " WHERE p.url_id = ?1";
    auto statement = db.prepare(sql.constData());
    if (!statement)
        return statement.error();
    bool same = rules->size() == m_rules.size();
    for (std::size_t i = 0; same && i < m_rules.size(); ++i)
        same = (*rules)[i].name == m_rules[i].name && (*rules)[i].sql == m_rules[i].sql;
    if (same) {
        m_row = std::move(*statement);
        return {};
    }
    // New columns: the rows cached with the old ones go too; the query that follows lists them again.
    beginResetModel();
    clearRows();
    m_rules = std::move(*rules);
    m_row = std::move(*statement);
    setColumns(columnsFor(m_rules));
    endResetModel();
    emit rulesChanged(ruleCount());
    return {};
}

QVariantList ExtractionModel::loadRow(qint64 key) const
{
    QVariantList values;
    m_row.bind(1, key);
    auto row = m_row.step();
    if (row && *row) {
        const int count = int(m_rules.size()) + 1;
        values.reserve(count);
        for (int i = 0; i < count; ++i)
            values.append(m_row.isNull(i) ? QVariant() : QVariant(m_row.text(i)));
    }
    m_row.reset();
    return values;
}

} // namespace pav::ui
