// SPDX-FileCopyrightText: 2026 Pavutyna contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cli/HeadlessOptions.h"
#include "cli/HeadlessRunner.h"

namespace pav::cli {

// `--headless URL...` and `--headless --resume CRAWL`: crawl into a crawl file, then export. Returns an ExitCode.
int runCrawlCommand(const HeadlessOptions& options, Streams streams);
// `--headless --export CRAWL -o FILE`: export a saved crawl without fetching.
int runExportCommand(const HeadlessOptions& options, Streams streams);
// `--headless --reextract CRAWL [--extract …]`: run rules over the crawl's stored HTML, then export.
int runReextractCommand(const HeadlessOptions& options, Streams streams);

} // namespace pav::cli
