// SPDX-FileCopyrightText: 2026 Pavutyna contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <span>

#include "store/Database.h"

namespace pav::store {

// The crawl file's migrations, oldest first: CrawlStore::open applies them all; tests build files of an older
// format from a prefix of them.
std::span<const Migration> crawlFileSchema();

} // namespace pav::store
