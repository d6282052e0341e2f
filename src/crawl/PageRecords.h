// SPDX-FileCopyrightText: 2026 Pavutyna contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/CrawlStore.h"

namespace pav::net {
struct Response;
}

namespace pav::crawl {

struct PageAnalysis;

// The row of a fetched URL as the crawl file stores it: status, timings, headers of interest, error.
store::PageRecord recordOf(const net::Response& response, int attempts);

// Copies the parsed page's fields into its row (hreflang as a JSON array).
void fillPageFields(store::PageRecord& page, const PageAnalysis& analysis);

} // namespace pav::crawl
