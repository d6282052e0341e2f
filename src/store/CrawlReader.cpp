// SPDX-FileCopyrightText: 2026 Pavutyna contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/CrawlReader.h"

#include <array>

namespace pav::store {

Result<std::unique_ptr<Database>> openCrawlReader(const QString& path)
{
    // Only the version matters to a reader: it never runs the migrations' SQL.
    static constexpr std::array<Migration, 1> Current{{{CrawlFileVersion, ""}}};
    return Database::open(path, Current, Database::Mode::ReadOnly);
}

bool hasLinkTargetIndex(Database& db)
{
    auto statement = db.prepare("SELECT 1 FROM sqlite_schema WHERE type = 'index' AND name = 'links_target'");
    if (!statement)
        return false;
    auto row = statement->step();
    return row && *row;
}

} // namespace pav::store
