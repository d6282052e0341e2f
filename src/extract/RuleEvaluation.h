// SPDX-FileCopyrightText: 2026 Pavutyna contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <memory>
#include <optional>
#include <utility>

#include <QByteArrayView>
#include <QList>
#include <QString>
#include <QStringList>

#include "html/Match.h"
#include "jsonld/JsonLdBlock.h"
#include "jsonld/JsonPath.h"

namespace pav::html {
class HtmlDocument;
}
namespace pav::xpath {
class XmlView;
}

namespace pav::extract {

struct CompiledRule;
struct CompiledRules;

// One page as the rules see it. What only some kinds need (the libxml2 view for XPath, the JSON-LD blocks, the
// source as UTF-16, the readable text) is built on first use and shared by the page's rules.
class PageContext
{
public:
    PageContext(const CompiledRules& rules, const html::HtmlDocument& document, QByteArrayView utf8Source);
    ~PageContext();

    const html::HtmlDocument& document() const { return m_document; }
    QByteArrayView utf8Source() const { return m_utf8Source; }
    const xpath::XmlView& xmlView();
    const QList<jsonld::JsonLdBlock>& jsonLdBlocks();
    const QString& sourceText();
    const QString& readableText();

private:
    const CompiledRules& m_rules;
    const html::HtmlDocument& m_document;
    QByteArrayView m_utf8Source;
    std::unique_ptr<xpath::XmlView> m_xmlView;
    std::optional<QList<jsonld::JsonLdBlock>> m_jsonLd;
    std::optional<QString> m_sourceText;
    std::optional<QString> m_readableText;
};

// What one rule took from one page; `matches` and `sourceRanges` are for showing where (the GUI's tester):
// nodes for CSS and XPath, UTF-16 ranges of sourceText() for regexes and searches.
struct RuleOutput
{
    QStringList values;
    QList<html::Match> matches;
    QList<std::pair<qsizetype, qsizetype>> sourceRanges; // (start, length)
};

RuleOutput evaluate(const CompiledRule& rule, PageContext& page);

} // namespace pav::extract
