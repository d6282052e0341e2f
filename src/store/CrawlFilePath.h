// SPDX-FileCopyrightText: 2026 Pavutyna contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include "common/Result.h"

namespace pav::store {

// Where a crawl goes when the user names no file: a new file in the user's data directory
// (~/.local/share/Pavutyna/crawls on Linux), named after the first seed's host and the time, never an
// existing one. Creates the folder. The CLI (without --db) and the GUI's New crawl both use it.
Result<QString> newCrawlFilePath(const QString& seed);

// The folder newCrawlFilePath() uses (not created).
QString crawlFilesFolder();

} // namespace pav::store
