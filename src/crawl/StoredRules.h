// SPDX-FileCopyrightText: 2026 Pavutyna contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonDocument>

#include "extract/RuleSet.h"
#include "store/CrawlStore.h"

namespace pav::crawl {

// The rules as the crawl file keeps them (extract_rules), for the crawler and --reextract alike.
inline QList<store::StoredRule> storedRulesOf(const extract::RuleSet& rules)
{
    QList<store::StoredRule> stored;
    for (const extract::Rule& rule : rules.rules())
        stored.append({rule.name, QJsonDocument(rule.toJson()).toJson(QJsonDocument::Compact)});
    return stored;
}

} // namespace pav::crawl
