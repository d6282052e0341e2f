// SPDX-FileCopyrightText: 2026 Pavutyna contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "extract/RuleEvaluation.h"

#include <cstring>

#include <gumbo.h>

#include "extract/CompiledRules.h"
#include "extract/Extractor.h"
#include "html/GumboMatch.h"
#include "html/HtmlDocument.h"
#include "html/NodeText.h"
#include "jsonld/JsonText.h"
#include "xpath/XmlView.h"

namespace pav::extract {

namespace {
// The value a rule takes from one match, or nothing (an element without the attribute, blank text).
std::optional<QString> valueOf(const html::Match& match, const CompiledRule& compiled)
{
    const Rule& rule = compiled.rule;
    if (match.isValue())
        return match.value;
    if (match.isAttribute())
        return QString::fromUtf8(html::attributeOf(match)->value);
    const GumboNode* node = match.node;
    if (node->type != GUMBO_NODE_ELEMENT && node->type != GUMBO_NODE_TEMPLATE) {
        // Text, CDATA and comment nodes (::text, text(), comment()) give their own text, white space simplified.
        QString text = QString::fromUtf8(html::readableText(node));
        if (node->type == GUMBO_NODE_COMMENT)
            text = QString::fromUtf8(node->v.text.text).simplified();
        if (text.isEmpty())
            return std::nullopt;
        return text;
    }
    switch (rule.take) {
    case Take::Text:
    case Take::Count:
        return QString::fromUtf8(html::readableText(node));
    case Take::InnerHtml:
        return QString::fromUtf8(html::innerHtml(node));
    case Take::OuterHtml:
        return QString::fromUtf8(html::outerHtml(node));
    case Take::Attribute: {
        const GumboAttribute* attribute =
            gumbo_get_attribute(&node->v.element.attributes, compiled.attributeKey.constData());
        if (!attribute)
            return std::nullopt;
        return QString::fromUtf8(attribute->value);
    }
    }
    return std::nullopt;
}

// Keeps the values a rule may store: the post-filter's capture, the caps, only the first for Matches::First.
void addValue(RuleOutput& out, const CompiledRule& rule, QString value)
{
    if (rule.hasFilter) {
        const QRegularExpressionMatch match = rule.filter.match(value);
        if (!match.hasMatch())
            return;
        value = match.captured(rule.filter.captureCount() > 0 ? 1 : 0);
    }
    if (value.size() > MaxValueLength)
        value.truncate(MaxValueLength);
    out.values.append(std::move(value));
}

bool isFull(const RuleOutput& out, const Rule& rule)
{
    if (rule.take == Take::Count)
        return false;
    return out.values.size() >= (rule.matches == Matches::First ? 1 : MaxValuesPerRule);
}

void takeMatches(RuleOutput& out, const CompiledRule& rule, QList<html::Match> matches)
{
    out.matches = std::move(matches);
    if (rule.rule.take == Take::Count) {
        out.values = {QString::number(out.matches.size())};
        return;
    }
    for (const html::Match& match : out.matches) {
        if (isFull(out, rule.rule))
            break;
        if (std::optional<QString> value = valueOf(match, rule))
            addValue(out, rule, std::move(*value));
    }
}

void regexMatches(RuleOutput& out, const CompiledRule& rule, const QString& text)
{
    const bool counting = rule.rule.take == Take::Count;
    qsizetype count = 0;
    QRegularExpressionMatchIterator it = rule.pattern.globalMatch(text);
    while (it.hasNext()) {
        const QRegularExpressionMatch match = it.next();
        ++count;
        out.sourceRanges.append({match.capturedStart(0), match.capturedLength(0)});
        if (!counting && !isFull(out, rule.rule))
            addValue(out, rule, match.captured(rule.pattern.captureCount() > 0 ? 1 : 0));
        if (out.sourceRanges.size() >= MaxValuesPerRule && !counting)
            break;
    }
    if (counting)
        out.values = {QString::number(count)};
}

qsizetype countLiteral(QByteArrayView haystack, QByteArrayView needle)
{
    qsizetype count = 0;
    for (qsizetype at = haystack.indexOf(needle); at >= 0; at = haystack.indexOf(needle, at + needle.size()))
        ++count;
    return count;
}

void search(RuleOutput& out, const CompiledRule& rule, PageContext& page)
{
    qsizetype count = 0;
    if (!rule.literal.isEmpty() && !rule.rule.searchText) {
        count = countLiteral(page.utf8Source(), rule.literal);
    } else {
        const QString& text = rule.rule.searchText ? page.readableText() : page.sourceText();
        if (!rule.literalText.isEmpty() || !rule.literal.isEmpty()) {
            const QString needle = rule.literalText.isEmpty() ? rule.rule.expression : rule.literalText;
            const Qt::CaseSensitivity cs = rule.rule.ignoreCase ? Qt::CaseInsensitive : Qt::CaseSensitive;
            for (qsizetype at = text.indexOf(needle, 0, cs); at >= 0; at = text.indexOf(needle, at + needle.size(), cs)) {
                out.sourceRanges.append({at, needle.size()});
                ++count;
            }
        } else {
            QRegularExpressionMatchIterator it = rule.pattern.globalMatch(text);
            while (it.hasNext()) {
                const QRegularExpressionMatch match = it.next();
                out.sourceRanges.append({match.capturedStart(0), match.capturedLength(0)});
                ++count;
            }
        }
    }
    if (rule.rule.kind == RuleKind::Contains)
        out.values = {QString::number(count)};
    else
        out.values = {count == 0 ? QStringLiteral("1") : QStringLiteral("0")};
}
// Whether the source has "ld+json" in any case: most pages have no JSON-LD, and looking for the '+' with memchr
// is a fraction of walking the tree for <script> elements (a quarter of what five rules cost otherwise).
bool mayHoldJsonLd(QByteArrayView source)
{
    const char* at = source.data();
    const char* end = at + source.size();
    while (at < end) {
        const auto* plus = static_cast<const char*>(std::memchr(at, '+', std::size_t(end - at)));
        if (!plus)
            return false;
        if (plus - source.data() >= 2 && end - plus >= 5
            && QByteArrayView(plus - 2, 7).compare(QByteArrayView("ld+json"), Qt::CaseInsensitive) == 0)
            return true;
        at = plus + 1;
    }
    return false;
}
} // namespace

PageContext::PageContext(const CompiledRules& rules, const html::HtmlDocument& document, QByteArrayView utf8Source)
    : m_rules(rules)
    , m_document(document)
    , m_utf8Source(utf8Source)
{
}

PageContext::~PageContext() = default;

const xpath::XmlView& PageContext::xmlView()
{
    if (!m_xmlView)
        m_xmlView = std::make_unique<xpath::XmlView>(m_document);
    return *m_xmlView;
}

const QList<jsonld::JsonLdBlock>& PageContext::jsonLdBlocks()
{
    if (!m_jsonLd)
        m_jsonLd = mayHoldJsonLd(m_utf8Source) ? jsonld::findJsonLd(m_document.root()) : QList<jsonld::JsonLdBlock>();
    return *m_jsonLd;
}

const QString& PageContext::sourceText()
{
    if (!m_sourceText)
        m_sourceText = QString::fromUtf8(m_utf8Source);
    return *m_sourceText;
}

const QString& PageContext::readableText()
{
    if (!m_readableText)
        m_readableText = QString::fromUtf8(html::readableText(m_document.root()));
    return *m_readableText;
}

RuleOutput evaluate(const CompiledRule& rule, PageContext& page)
{
    RuleOutput out;
    switch (rule.rule.kind) {
    case RuleKind::Css:
        takeMatches(out, rule, rule.selector->select(page.document().root()));
        break;
    case RuleKind::XPath:
        takeMatches(out, rule, rule.selector ? rule.selector->select(page.document().root())
                                             : rule.xpath->evaluate(page.xmlView()));
        break;
    case RuleKind::JsonLd: {
        const QList<QJsonValue> found = rule.jsonPath->evaluate(page.jsonLdBlocks());
        if (rule.rule.take == Take::Count) {
            out.values = {QString::number(found.size())};
            break;
        }
        for (const QJsonValue& value : found) {
            if (isFull(out, rule.rule))
                break;
            if (!value.isNull())
                addValue(out, rule, jsonld::jsonValueToText(value));
        }
        break;
    }
    case RuleKind::Regex:
        regexMatches(out, rule, page.sourceText());
        break;
    case RuleKind::Contains:
    case RuleKind::NotContains:
        search(out, rule, page);
        break;
    }
    return out;
}

} // namespace pav::extract
