// SPDX-FileCopyrightText: 2026 Pavutyna contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>
#include <vector>

#include <QByteArray>
#include <QRegularExpression>

#include "extract/Rule.h"
#include "jsonld/JsonPath.h"
#include "selectors/SelectorList.h"
#include "xpath/XPathExpression.h"

namespace pav::extract {

// One rule with its expression compiled for its kind. Only the member for the rule's kind is set.
struct CompiledRule
{
    Rule rule;
    std::optional<selectors::SelectorList> selector; // CSS rules, and XPath rules simple enough to run as CSS
    std::optional<xpath::XPathExpression> xpath;
    std::optional<jsonld::JsonPath> jsonPath;
    QRegularExpression pattern;      // Regex rules, and searches written as re:…
    QByteArray attributeKey;         // Take::Attribute: the name as Gumbo keeps it (lower case, UTF-8)
    QByteArray literal;              // case-sensitive literal searches, searched in UTF-8 as they are
    QString literalText;             // case-insensitive literal searches
    QRegularExpression filter;       // the post-filter, when the rule has one
    bool hasFilter = false;
};

struct CompiledRules
{
    QList<Rule> rules;
    std::vector<CompiledRule> compiled;
    bool needsXPath = false;     // some rule is XPath: build the libxml2 view of each page
    bool needsJsonLd = false;    // some rule reads JSON-LD
    bool needsSource = false;    // some regex or search reads the page source as UTF-16
    bool needsText = false;      // some search reads the readable text
};

} // namespace pav::extract
