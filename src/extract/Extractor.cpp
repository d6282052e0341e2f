// SPDX-FileCopyrightText: 2026 Pavutyna contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "extract/Extractor.h"

#include <QJsonArray>
#include <QJsonDocument>

#include "extract/CompiledRules.h"
#include "extract/RuleEvaluation.h"
#include "html/HtmlDocument.h"

namespace pav::extract {

PageExtraction extractPage(const RuleSet& rules, const html::HtmlDocument& document, QByteArrayView utf8Source)
{
    PageExtraction extraction;
    if (rules.isEmpty())
        return extraction;
    PageContext page(rules.compiled(), document, utf8Source);
    extraction.values.reserve(rules.size());
    for (const CompiledRule& rule : rules.compiled().compiled)
        extraction.values.append(evaluate(rule, page).values);
    for (const jsonld::JsonLdBlock& block : page.jsonLdBlocks())
        extraction.jsonLd.append(block.source);
    return extraction;
}

QString cellOf(const Rule& rule, const QStringList& values)
{
    if (values.isEmpty())
        return rule.matches == Matches::JsonArray && !rule.isSearch() && rule.take != Take::Count ? QStringLiteral("[]")
                                                                                                   : QString();
    if (rule.isSearch() || rule.take == Take::Count)
        return values.first();
    switch (rule.matches) {
    case Matches::First:
        return values.first();
    case Matches::All:
        return values.join(rule.separator);
    case Matches::JsonArray:
        return QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(values)).toJson(QJsonDocument::Compact));
    }
    return {};
}

} // namespace pav::extract
