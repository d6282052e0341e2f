// SPDX-FileCopyrightText: 2026 Pavutyna contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// SelectorMatcher's pseudo-classes: structural positions (cached per parent) and the HTML-specific states a
// static page does have (:link, :checked, :disabled, :lang). :has() is in HasMatcher.cpp.
#include "selectors/SelectorMatcher.h"

#include <gumbo.h>

#include <QHash>

#include "selectors/DomHelpers.h"
#include "selectors/TextCase.h"

namespace pav::selectors {

namespace {
const GumboVector& childrenOf(const GumboNode* node)
{
    return node->type == GUMBO_NODE_DOCUMENT ? node->v.document.children : node->v.element.children;
}

const GumboNode* childAt(const GumboVector& children, unsigned i)
{
    return static_cast<const GumboNode*>(children.data[i]);
}

bool hasAttribute(const GumboNode* element, const char* name)
{
    return dom::findAttribute(element, name, name) != nullptr;
}

GumboTag htmlTag(const GumboNode* element) { return dom::isHtml(element) ? element->v.element.tag : GUMBO_TAG_UNKNOWN; }

bool isEmpty(const GumboNode* element)
{
    // Selectors Level 3: comments do not count, any text does, whitespace included (Level 4 would ignore
    // whitespace, but browsers never shipped that).
    const GumboVector& children = element->v.element.children;
    for (unsigned i = 0; i < children.length; ++i) {
        const GumboNode* child = childAt(children, i);
        if (dom::isElement(child))
            return false;
        if ((child->type == GUMBO_NODE_TEXT || child->type == GUMBO_NODE_WHITESPACE || child->type == GUMBO_NODE_CDATA)
            && child->v.text.text[0] != '\0')
            return false;
    }
    return true;
}

bool isChecked(const GumboNode* element)
{
    const GumboTag tag = htmlTag(element);
    if (tag == GUMBO_TAG_OPTION)
        return hasAttribute(element, "selected");
    if (tag != GUMBO_TAG_INPUT || !hasAttribute(element, "checked"))
        return false;
    const GumboAttribute* type = dom::findAttribute(element, "type", "type");
    const QByteArrayView value = type ? dom::attributeValue(type) : QByteArrayView();
    return equalsIgnoringAsciiCase(value, "checkbox") || equalsIgnoringAsciiCase(value, "radio");
}

bool canBeDisabled(GumboTag tag)
{
    return tag == GUMBO_TAG_BUTTON || tag == GUMBO_TAG_INPUT || tag == GUMBO_TAG_SELECT || tag == GUMBO_TAG_TEXTAREA
        || tag == GUMBO_TAG_OPTGROUP || tag == GUMBO_TAG_OPTION || tag == GUMBO_TAG_FIELDSET;
}

// HTML's "actually disabled": the element's own attribute, an option in a disabled optgroup, or a control
// inside a disabled fieldset but not inside that fieldset's first legend.
bool isDisabled(const GumboNode* element)
{
    const GumboTag tag = htmlTag(element);
    if (hasAttribute(element, "disabled"))
        return true;
    if (tag == GUMBO_TAG_OPTION) {
        const GumboNode* parent = dom::parentElement(element);
        return parent && htmlTag(parent) == GUMBO_TAG_OPTGROUP && hasAttribute(parent, "disabled");
    }
    if (tag == GUMBO_TAG_OPTGROUP)
        return false;
    const GumboNode* child = element;
    for (const GumboNode* ancestor = dom::parentElement(element); ancestor;
         child = ancestor, ancestor = dom::parentElement(ancestor)) {
        if (htmlTag(ancestor) != GUMBO_TAG_FIELDSET || !hasAttribute(ancestor, "disabled"))
            continue;
        const GumboNode* legend = dom::firstElementChild(ancestor);
        while (legend && htmlTag(legend) != GUMBO_TAG_LEGEND)
            legend = dom::nextElementSibling(legend);
        if (child != legend)
            return true;
    }
    return false;
}

bool matchesLanguage(const GumboNode* element, const QList<QByteArray>& ranges)
{
    for (const GumboNode* node = element; node; node = dom::parentElement(node)) {
        const GumboAttribute* lang = dom::findAttribute(node, "lang", "lang");
        if (!lang)
            continue;
        const QByteArrayView value = dom::attributeValue(lang);
        for (const QByteArray& range : ranges) {
            if (!range.isEmpty() && value.size() >= range.size()
                && equalsIgnoringAsciiCase(value.first(range.size()), range)
                && (value.size() == range.size() || value[range.size()] == '-'))
                return true;
        }
        return false; // the nearest lang attribute decides, even an empty one ("unknown language")
    }
    return false;
}

// What makes two siblings "of the same type": namespace and local name.
QByteArray typeKey(const GumboNode* element)
{
    const GumboElement& e = element->v.element;
    if (e.tag_namespace == GUMBO_NAMESPACE_HTML && e.tag != GUMBO_TAG_UNKNOWN)
        return QByteArray::number(int(e.tag));
    return QByteArray::number(int(e.tag_namespace)) + ':' + dom::localName(element);
}

} // namespace

bool SelectorMatcher::matchesPseudo(const SimpleSelector& simple, const GumboNode* element)
{
    switch (simple.pseudo) {
    case PseudoClass::Root:
        return element->parent && element->parent->type == GUMBO_NODE_DOCUMENT;
    case PseudoClass::Empty:
        return isEmpty(element);
    case PseudoClass::FirstChild:
        return !dom::previousElementSibling(element);
    case PseudoClass::LastChild:
        return !dom::nextElementSibling(element);
    case PseudoClass::OnlyChild:
        return !dom::previousElementSibling(element) && !dom::nextElementSibling(element);
    case PseudoClass::FirstOfType:
        return positionOf(element, true).typeIndex == 1;
    case PseudoClass::LastOfType: {
        const Position& position = positionOf(element, true);
        return position.typeIndex == position.typeCount;
    }
    case PseudoClass::OnlyOfType:
        return positionOf(element, true).typeCount == 1;
    case PseudoClass::NthChild:
    case PseudoClass::NthLastChild:
    case PseudoClass::NthOfType:
    case PseudoClass::NthLastOfType:
        return matchesNth(simple, element);
    case PseudoClass::Not:
        return !matchesAny(simple.selectors, element, nullptr);
    case PseudoClass::Is:
    case PseudoClass::Where:
        return matchesAny(simple.selectors, element, nullptr);
    case PseudoClass::Has:
        return matchesHas(simple, element);
    case PseudoClass::Link:
    case PseudoClass::AnyLink: {
        const GumboTag tag = htmlTag(element);
        return (tag == GUMBO_TAG_A || tag == GUMBO_TAG_AREA || tag == GUMBO_TAG_LINK) && hasAttribute(element, "href");
    }
    case PseudoClass::Checked:
        return isChecked(element);
    case PseudoClass::Disabled:
        return canBeDisabled(htmlTag(element)) && isDisabled(element);
    case PseudoClass::Enabled:
        return canBeDisabled(htmlTag(element)) && !isDisabled(element);
    case PseudoClass::Lang:
        return matchesLanguage(element, simple.languages);
    }
    return false;
}

bool SelectorMatcher::matchesNth(const SimpleSelector& simple, const GumboNode* element)
{
    const bool fromEnd = simple.pseudo == PseudoClass::NthLastChild || simple.pseudo == PseudoClass::NthLastOfType;
    if (!simple.selectors.empty()) {
        // :nth-child(an+b of S) counts only the siblings that match S, and the element must match S too.
        const Position position = positionAmongMatching(simple, element);
        return position.index > 0 && simple.nth.matches(fromEnd ? position.count - position.index + 1 : position.index);
    }
    const bool ofType = simple.pseudo == PseudoClass::NthOfType || simple.pseudo == PseudoClass::NthLastOfType;
    const Position& position = positionOf(element, ofType);
    const int index = ofType ? position.typeIndex : position.index;
    const int count = ofType ? position.typeCount : position.count;
    return simple.nth.matches(fromEnd ? count - index + 1 : index);
}

// Positions are computed for all children of a parent at once, so a list of n items costs O(n), not O(n²).
const SelectorMatcher::Position& SelectorMatcher::positionOf(const GumboNode* element, bool withType)
{
    if (const auto found = m_positions.find(element);
        found != m_positions.end() && (!withType || found->second.typeIndex > 0))
        return found->second;
    const GumboNode* parent = element->parent;
    if (!parent) {
        Position& alone = m_positions[element];
        alone = Position { 1, 1, 1, 1 };
        return alone;
    }
    const GumboVector& children = childrenOf(parent);
    std::vector<const GumboNode*> elements;
    for (unsigned i = 0; i < children.length; ++i) {
        if (dom::isElement(childAt(children, i)))
            elements.push_back(childAt(children, i));
    }
    std::vector<QByteArray> keys;
    QHash<QByteArray, int> typeCounts;
    if (withType) {
        for (const GumboNode* child : elements) {
            keys.push_back(typeKey(child));
            ++typeCounts[keys.back()];
        }
    }
    QHash<QByteArray, int> typeSeen;
    for (std::size_t i = 0; i < elements.size(); ++i) {
        Position& position = m_positions[elements[i]];
        position.index = int(i) + 1;
        position.count = int(elements.size());
        if (withType) {
            position.typeIndex = ++typeSeen[keys[i]];
            position.typeCount = typeCounts.value(keys[i]);
        }
    }
    return m_positions[element];
}

// Positions among the siblings that match S (index 0 when the element does not), for all of a parent's
// children at once: a list of n items costs n matches of S, not n².
SelectorMatcher::Position SelectorMatcher::positionAmongMatching(const SimpleSelector& simple, const GumboNode* element)
{
    const ComplexSelector* key = &simple.selectors.front();
    if (const auto found = m_ofPositions.find(HasKey { key, element }); found != m_ofPositions.end())
        return found->second;
    if (!element->parent)
        return matchesAny(simple.selectors, element, nullptr) ? Position { 1, 1, 0, 0 } : Position {};
    const GumboVector& children = childrenOf(element->parent);
    std::vector<const GumboNode*> matching;
    for (unsigned i = 0; i < children.length; ++i) {
        const GumboNode* child = childAt(children, i);
        if (!dom::isElement(child))
            continue;
        if (matchesAny(simple.selectors, child, nullptr))
            matching.push_back(child);
        else
            m_ofPositions.emplace(HasKey { key, child }, Position {});
    }
    for (std::size_t i = 0; i < matching.size(); ++i)
        m_ofPositions[HasKey { key, matching[i] }] = Position { int(i) + 1, int(matching.size()), 0, 0 };
    return m_ofPositions[HasKey { key, element }];
}

} // namespace pav::selectors
