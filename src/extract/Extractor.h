// SPDX-FileCopyrightText: 2026 Pavutyna contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QStringList>

#include "extract/RuleSet.h"

namespace pav::html {
class HtmlDocument;
}

namespace pav::extract {

// What a crawl's rules took from one page.
struct PageExtraction
{
    QList<QStringList> values; // per rule, in RuleSet order: the values it took (one count for counts/searches)
    QList<QByteArray> jsonLd;  // every JSON-LD block's text, as the page has it (stored with the page)
};

// Hostile pages can make `css:*` with outer HTML take megabytes: a rule keeps at most this many values per page,
// each cut to at most MaxValueLength characters.
inline constexpr qsizetype MaxValuesPerRule = 1000;
inline constexpr qsizetype MaxValueLength = 256 * 1024;

// Runs every rule over a parsed page. `utf8Source` is the page as the document was parsed from. Thread-safe
// for one RuleSet shared by many threads; it runs on the crawl's parse pool beside the SEO fields.
PageExtraction extractPage(const RuleSet& rules, const html::HtmlDocument& document, QByteArrayView utf8Source);

// The one cell a rule's values show as in the pages table: the first value, all of them joined with the
// rule's separator, or a JSON array (counts and searches have one value, their number).
QString cellOf(const Rule& rule, const QStringList& values);

} // namespace pav::extract
