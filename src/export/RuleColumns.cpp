// SPDX-FileCopyrightText: 2026 Pavutyna contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "export/RuleColumns.h"

#include <QJsonDocument>
#include <QJsonObject>

#include "extract/Rule.h"
#include "store/Database.h"

namespace pav::exporting {

namespace {
QByteArray sqlString(const QString& text)
{
    QByteArray quoted = text.toUtf8();
    quoted.replace('\'', "''");
    return '\'' + quoted + '\'';
}

QByteArray cellSql(const extract::Rule& rule, qint64 ruleId)
{
    const QByteArray values = "FROM extracted WHERE url_id = p.url_id AND rule_id = " + QByteArray::number(ruleId);
    if (rule.isSearch() || rule.take == extract::Take::Count || rule.matches == extract::Matches::First)
        return "(SELECT value " + values + " AND idx = 0)";
    // The primary key (url_id, rule_id, idx) is the scan order, so the values aggregate in match order.
    if (rule.matches == extract::Matches::All)
        return "(SELECT group_concat(value, " + sqlString(rule.separator) + ") " + values + ')';
    return "(SELECT json_group_array(value) " + values + ')';
}
} // namespace

Result<std::vector<RuleColumn>> ruleColumns(store::Database& db)
{
    std::vector<RuleColumn> columns;
    Result<store::Statement> exists = db.prepare("SELECT 1 FROM sqlite_schema WHERE type = 'table' AND name = 'extract_rules'");
    if (!exists)
        return exists.error();
    Result<bool> found = exists->step();
    if (!found)
        return found.error();
    if (!*found)
        return columns;
    Result<store::Statement> select = db.prepare("SELECT id, name, definition FROM extract_rules ORDER BY id");
    if (!select)
        return select.error();
    while (true) {
        Result<bool> row = select->step();
        if (!row)
            return row.error();
        if (!*row)
            break;
        const qint64 id = select->int64(0);
        const QString name = select->text(1);
        const QJsonDocument definition = QJsonDocument::fromJson(select->utf8(2).toByteArray());
        Result<extract::Rule> rule = extract::Rule::fromJson(definition.object());
        // A definition this build cannot read (written by a newer one) still exports its first values.
        extract::Rule shape = rule ? *rule : extract::Rule{};
        columns.push_back({name.toUtf8(), cellSql(shape, id),
                           shape.matches == extract::Matches::JsonArray && !shape.isSearch()
                               && shape.take != extract::Take::Count});
    }
    return columns;
}

QByteArray extractedValuesQuery(const QByteArray& where)
{
    QByteArray sql = "SELECT u.url, r.name, e.idx + 1, e.value FROM extracted AS e "
                     "JOIN extract_rules AS r ON r.id = e.rule_id "
                     "LEFT JOIN pages AS p ON p.url_id = e.url_id LEFT JOIN urls AS u ON u.id = e.url_id";
    if (!where.trimmed().isEmpty())
        sql += " WHERE (" + where + ')';
    sql += " ORDER BY e.url_id, e.rule_id, e.idx";
    return sql;
}

} // namespace pav::exporting
