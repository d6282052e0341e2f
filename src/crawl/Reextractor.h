// SPDX-FileCopyrightText: 2026 Pavutyna contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <functional>

#include "async/Cancellation.h"
#include "async/Task.h"
#include "common/Result.h"
#include "extract/RuleSet.h"

namespace pav::store {
class CrawlStore;
}

namespace pav::crawl {

struct ReextractStats
{
    qint64 pages = 0;        // stored pages the rules ran over
    qint64 withoutBody = 0;  // fetched HTML pages with no stored body (crawled without --store-html, or past its limit)
    qint64 unreadable = 0;   // stored bodies that did not decompress (a damaged file)
};

// Runs `rules` over every page body a crawl stored (--store-html), without fetching: the rules replace the
// crawl's rules (in the file and in its settings, so a resumed crawl goes on with them) and every value the
// old ones took. Pages are parsed on a pool of worker threads, a few in flight per thread, and saved on the
// calling thread in batched transactions. `progress` is called on the calling thread after each batch.
async::Task<Result<ReextractStats>> reextract(store::CrawlStore& store, extract::RuleSet rules,
                                              async::CancellationToken token,
                                              std::function<void(qint64 done, qint64 total)> progress = {});

} // namespace pav::crawl
