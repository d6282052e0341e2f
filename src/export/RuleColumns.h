// SPDX-FileCopyrightText: 2026 Pavutyna contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <vector>

#include <QByteArray>

#include "common/Result.h"

namespace pav::store {
class Database;
}

namespace pav::exporting {

// One extraction rule's column of the pages table: its name and the SQL (over the pages alias p) that builds
// its cell from the stored values, as extract::cellOf() would.
struct RuleColumn
{
    QByteArray name;
    QByteArray sql;
    bool isJsonArray = false; // Matches::JsonArray: an array in JSON Lines
};

// The crawl's rule columns in rule order; none for a crawl without rules or a file older than extraction.
Result<std::vector<RuleColumn>> ruleColumns(store::Database& db);

// The SQL of the long table of values, `url, rule, index, value` (index from 1), with `where` over the pages
// (p) and urls (u) aliases, as the pages export.
QByteArray extractedValuesQuery(const QByteArray& where);

} // namespace pav::exporting
