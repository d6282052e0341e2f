// SPDX-FileCopyrightText: 2026 Pavutyna contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The crawler's side of extraction rules and stored pages.
#include "crawl/Crawler.h"

#include "crawl/PageAnalysis.h"
#include "crawl/StoredRules.h"

namespace pav::crawl {

Result<void> Crawler::prepareExtraction()
{
    Result<extract::RuleSet> rules = extract::RuleSet::compile(m_config.rules);
    if (!rules)
        return rules.error();
    m_rules = std::move(*rules);

    const QList<store::StoredRule> wanted = storedRulesOf(m_rules);
    Result<QList<store::StoredRule>> stored = m_store.rules();
    if (!stored)
        return stored.error();
    // Different rules on a resumed crawl: what the old ones took is dropped with them, as the columns change.
    if (*stored != wanted) {
        if (auto replaced = m_store.replaceRules(wanted); !replaced)
            return replaced;
    }
    if (m_config.storeHtml) {
        Result<qint64> bytes = m_store.storedBodyBytes();
        if (!bytes)
            return bytes.error();
        m_storedHtmlBytes = *bytes;
    }
    return {};
}

store::PageExtras Crawler::extrasOf(PageAnalysis& analysis)
{
    store::PageExtras extras;
    extras.values = std::move(analysis.extraction.values);
    extras.jsonLd = std::move(analysis.extraction.jsonLd);
    // Checked here, where pages are saved one at a time: several parse threads may have compressed a page
    // each while the total was just under the limit.
    // The limit is a promise about the file: a page that would take the total past it is not kept, though a
    // smaller one after it may be.
    if (!analysis.compressedHtml.isEmpty() && m_config.storeHtml
        && m_storedHtmlBytes + analysis.compressedHtml.size() <= m_config.storeHtmlLimit) {
        m_storedHtmlBytes += analysis.compressedHtml.size();
        extras.compressedBody = std::move(analysis.compressedHtml);
    }
    return extras;
}

} // namespace pav::crawl
