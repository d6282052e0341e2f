// SPDX-FileCopyrightText: 2026 Pavutyna contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <memory>

#include <QString>

#include "common/Result.h"
#include "store/Database.h"

namespace pav::store {

// The crawl file format this build writes (PRAGMA user_version after CrawlStore's migrations).
inline constexpr int CrawlFileVersion = 3;

// A read-only connection to a crawl file, for the GUI's models, details and exports, which read while the
// crawl thread writes (WAL lets them). Refuses what CrawlStore::open would refuse (not a crawl file, a newer
// format) without changing the file; one connection per thread.
Result<std::unique_ptr<Database>> openCrawlReader(const QString& path);

// Whether links(target_id) is indexed (CrawlStore::indexLinkTargets): inlink counts and lookups by target are
// only cheap with it. False when the schema cannot be read.
bool hasLinkTargetIndex(Database& db);

} // namespace pav::store
