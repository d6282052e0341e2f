// SPDX-FileCopyrightText: 2026 Pavutyna contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "selectors/SelectorMatcher.h"

#include <gumbo.h>

#include "selectors/DomHelpers.h"
#include "selectors/TextCase.h"

namespace pav::selectors {

namespace {
bool isAsciiWhitespace(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\f' || c == '\r'; }

bool equals(QByteArrayView a, QByteArrayView b, bool ignoreCase)
{
    return ignoreCase ? equalsIgnoringAsciiCase(a, b) : a == b;
}

bool contains(QByteArrayView haystack, QByteArrayView needle, bool ignoreCase)
{
    if (!ignoreCase)
        return haystack.indexOf(needle) >= 0;
    for (qsizetype i = 0; i + needle.size() <= haystack.size(); ++i) {
        if (equalsIgnoringAsciiCase(haystack.sliced(i, needle.size()), needle))
            return true;
    }
    return false;
}

// Whether the whitespace-separated list holds the word (class="a b", [rel~=next]).
bool listContains(QByteArrayView list, QByteArrayView word, bool ignoreCase)
{
    qsizetype i = 0;
    while (i < list.size()) {
        while (i < list.size() && isAsciiWhitespace(list[i]))
            ++i;
        const qsizetype start = i;
        while (i < list.size() && !isAsciiWhitespace(list[i]))
            ++i;
        if (i > start && equals(list.sliced(start, i - start), word, ignoreCase))
            return true;
    }
    return false;
}

const GumboNode* step(const GumboNode* element, Combinator combinator, const GumboNode* scope)
{
    if (element == scope)
        return nullptr;
    if (combinator == Combinator::Descendant || combinator == Combinator::Child)
        return dom::parentElement(element);
    return dom::previousElementSibling(element);
}
} // namespace

std::size_t SelectorMatcher::HasKeyHash::operator()(const HasKey& key) const noexcept
{
    return std::hash<const void*>()(key.selector) * 31 + std::hash<const void*>()(key.anchor);
}

std::size_t SelectorMatcher::ScanKeyHash::operator()(const ScanKey& key) const noexcept
{
    const std::hash<const void*> hash;
    return ((hash(key.selector) * 31 + std::size_t(key.index)) * 31 + hash(key.element)) * 31
        + hash(key.bounds.scope) * 7 + hash(key.bounds.anchor);
}

SelectorMatcher::SelectorMatcher(const GumboNode* anyNodeOfDocument)
    : m_quirks(dom::isQuirksMode(anyNodeOfDocument))
{ }

bool SelectorMatcher::matchesAny(
    const std::vector<ComplexSelector>& selectors, const GumboNode* element, const GumboNode* scope)
{
    for (const ComplexSelector& selector : selectors) {
        if (matchFrom(selector, int(selector.compounds.size()) - 1, element, Bounds { scope, nullptr })
            == Status::Matched)
            return true;
    }
    return false;
}

// Servo's matches_complex_selector_internal: `index` is the compound to match at `element`; -1 is the :has()
// anchor a relative selector hangs from.
SelectorMatcher::Status SelectorMatcher::matchFrom(
    const ComplexSelector& selector, int index, const GumboNode* element, const Bounds& bounds)
{
    if (index < 0)
        return element == bounds.anchor ? Status::Matched : Status::RestartFromLaterSibling;
    const CompoundSelector& compound = selector.compounds[std::size_t(index)];
    if (!matchesCompound(compound, element))
        return Status::RestartFromLaterSibling;
    if (index == 0 && !selector.isRelative)
        return Status::Matched;

    const Combinator combinator = compound.combinator;
    const bool isSibling = combinator == Combinator::NextSibling || combinator == Combinator::SubsequentSibling;
    if (combinator == Combinator::SubsequentSibling)
        return scanEarlierSiblings(selector, index, element, bounds);
    const Status notFound = isSibling ? Status::RestartFromDescendant : Status::FailedGlobally;
    for (const GumboNode* next = step(element, combinator, bounds.scope); next;
         next = step(next, combinator, bounds.scope)) {
        const Status status = matchFrom(selector, index - 1, next, bounds);
        if (status == Status::Matched || status == Status::FailedGlobally)
            return status;
        if (combinator == Combinator::NextSibling)
            return status;
        if (combinator == Combinator::Child)
            return Status::RestartFromDescendant;
        // A descendant combinator tries the next ancestor.
    }
    return notFound;
}

// The `~` loop of matchFrom, remembered per element: the scan from an element's previous sibling goes on to
// exactly where the scan from that sibling goes, so `li.none ~ li ~ li` over n siblings is O(n), not O(n²).
SelectorMatcher::Status SelectorMatcher::scanEarlierSiblings(
    const ComplexSelector& selector, int index, const GumboNode* element, const Bounds& bounds)
{
    std::vector<const GumboNode*> pending;
    Status result = Status::RestartFromDescendant;
    for (const GumboNode* current = element;;) {
        if (const auto known = m_siblingScans.find(ScanKey { &selector, index, current, bounds });
            known != m_siblingScans.end()) {
            result = known->second;
            break;
        }
        pending.push_back(current);
        const GumboNode* next = step(current, Combinator::SubsequentSibling, bounds.scope);
        if (!next)
            break;
        const Status status = matchFrom(selector, index - 1, next, bounds);
        if (status != Status::RestartFromLaterSibling) {
            result = status;
            break;
        }
        current = next;
    }
    for (const GumboNode* scanned : pending)
        m_siblingScans.emplace(ScanKey { &selector, index, scanned, bounds }, result);
    return result;
}

bool SelectorMatcher::matchesCompound(const CompoundSelector& compound, const GumboNode* element)
{
    for (const SimpleSelector& simple : compound.simples) {
        if (!matchesSimple(simple, element))
            return false;
    }
    return true;
}

bool SelectorMatcher::matchesSimple(const SimpleSelector& simple, const GumboNode* element)
{
    switch (simple.kind) {
    case SimpleSelector::Kind::Universal:
        return true;
    case SimpleSelector::Kind::Type:
        return matchesType(simple, element);
    case SimpleSelector::Kind::Id:
    case SimpleSelector::Kind::Class:
        return matchesIdOrClass(simple, element);
    case SimpleSelector::Kind::Attribute:
        return matchesAttribute(simple, element);
    case SimpleSelector::Kind::Pseudo:
        return matchesPseudo(simple, element);
    }
    return false;
}

bool SelectorMatcher::matchesType(const SimpleSelector& simple, const GumboNode* element) const
{
    // HTML: the selector's name lower-cased against the element's; Gumbo's tag enum settles known names.
    // SVG and MathML: the name as written against the DOM's (foreignObject), as the HTML standard says.
    const GumboElement& e = element->v.element;
    if (e.tag_namespace == GUMBO_NAMESPACE_HTML) {
        if (e.tag != GUMBO_TAG_UNKNOWN)
            return simple.tag == int(e.tag);
        return simple.tag == int(GUMBO_TAG_UNKNOWN) && dom::hasLocalName(element, simple.lowerName);
    }
    return dom::hasForeignLocalName(element, simple.name);
}

bool SelectorMatcher::matchesIdOrClass(const SimpleSelector& simple, const GumboNode* element) const
{
    const bool isId = simple.kind == SimpleSelector::Kind::Id;
    const QByteArrayView name = isId ? QByteArrayView("id") : QByteArrayView("class");
    const GumboAttribute* attribute = dom::findAttribute(element, name, name);
    if (!attribute)
        return false;
    const QByteArrayView value = dom::attributeValue(attribute);
    return isId ? equals(value, simple.name, m_quirks) : listContains(value, simple.name, m_quirks);
}

bool SelectorMatcher::matchesAttribute(const SimpleSelector& simple, const GumboNode* element) const
{
    const GumboAttribute* attribute = dom::findAttribute(element, simple.name, simple.lowerName);
    if (!attribute)
        return false;
    if (simple.op == AttributeOperator::Exists)
        return true;
    const QByteArrayView value = dom::attributeValue(attribute);
    const QByteArrayView wanted = simple.value;
    const bool ignoreCase = simple.caseRule == CaseRule::Insensitive
        || (simple.caseRule == CaseRule::Default && simple.htmlCaseInsensitiveValue && dom::isHtml(element));
    switch (simple.op) {
    case AttributeOperator::Exists:
        return true;
    case AttributeOperator::Equals:
        return equals(value, wanted, ignoreCase);
    case AttributeOperator::Includes:
        for (char c : wanted) {
            if (isAsciiWhitespace(c))
                return false; // a word with whitespace in it is never one of the list's words
        }
        return !wanted.isEmpty() && listContains(value, wanted, ignoreCase);
    case AttributeOperator::DashMatch:
        return equals(value, wanted, ignoreCase)
            || (value.size() > wanted.size() && value[wanted.size()] == '-'
                && equals(value.first(wanted.size()), wanted, ignoreCase));
    case AttributeOperator::Prefix:
        return !wanted.isEmpty() && value.size() >= wanted.size()
            && equals(value.first(wanted.size()), wanted, ignoreCase);
    case AttributeOperator::Suffix:
        return !wanted.isEmpty() && value.size() >= wanted.size()
            && equals(value.last(wanted.size()), wanted, ignoreCase);
    case AttributeOperator::Substring:
        return !wanted.isEmpty() && contains(value, wanted, ignoreCase);
    }
    return false;
}

} // namespace pav::selectors
