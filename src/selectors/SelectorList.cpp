// SPDX-FileCopyrightText: 2026 Pavutyna contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "selectors/SelectorList.h"

#include <vector>

#include <gumbo.h>

#include "selectors/DomHelpers.h"
#include "selectors/Selector.h"
#include "selectors/SelectorMatcher.h"
#include "selectors/SelectorParser.h"

namespace pav::selectors {

namespace {
const std::shared_ptr<const SelectorListData>& emptyList()
{
    static const auto empty = std::make_shared<const SelectorListData>();
    return empty;
}

bool isText(const GumboNode* node)
{
    return node->type == GUMBO_NODE_TEXT || node->type == GUMBO_NODE_WHITESPACE || node->type == GUMBO_NODE_CDATA;
}
} // namespace

SelectorList::SelectorList()
    : m_data(emptyList())
{ }

SelectorList::SelectorList(std::shared_ptr<const SelectorListData> data)
    : m_data(std::move(data))
{ }

Result<SelectorList> SelectorList::parse(QStringView text)
{
    Result<SelectorListData> data = SelectorParser(text).parse();
    if (!data)
        return data.error();
    return SelectorList(std::make_shared<const SelectorListData>(std::move(*data)));
}

QList<html::Match> SelectorList::select(const GumboNode* scope) const
{
    QList<html::Match> out;
    if (!scope || m_data->selectors.empty() || (scope->type != GUMBO_NODE_DOCUMENT && !dom::isElement(scope)))
        return out;
    SelectorMatcher matcher(scope);
    const PseudoElement pseudo = m_data->pseudoElement;

    // Depth-first in document order with an explicit stack (pages nest a thousand deep). For ::text a text
    // node is emitted when met, under a matched parent, so the texts of nested matches interleave correctly.
    struct Entry
    {
        const GumboNode* node;
        bool parentMatched;
    };
    std::vector<Entry> stack { { scope, false } };
    while (!stack.empty()) {
        const Entry entry = stack.back();
        stack.pop_back();
        const GumboNode* node = entry.node;
        if (isText(node)) {
            if (entry.parentMatched)
                out.append(html::Match { node, nullptr, {} });
            continue;
        }
        bool matched = false;
        if (dom::isElement(node)) {
            matched = matcher.matchesAny(m_data->selectors, node, scope);
            if (matched && pseudo == PseudoElement::None) {
                out.append(html::Match { node, nullptr, {} });
            } else if (matched && pseudo == PseudoElement::Attribute) {
                if (const GumboAttribute* attribute
                    = dom::findAttribute(node, m_data->attributeNameUtf8, m_data->attributeLowerName))
                    out.append(html::Match { node, reinterpret_cast<const GumboInternalAttribute*>(attribute), {} });
            }
        } else if (node->type != GUMBO_NODE_DOCUMENT) {
            continue; // comments
        }
        const GumboVector& children
            = node->type == GUMBO_NODE_DOCUMENT ? node->v.document.children : node->v.element.children;
        const bool wantText = matched && pseudo == PseudoElement::Text;
        for (unsigned i = children.length; i > 0; --i) {
            const auto* child = static_cast<const GumboNode*>(children.data[i - 1]);
            if (dom::isElement(child) || (wantText && isText(child)))
                stack.push_back({ child, wantText });
        }
    }
    return out;
}

bool SelectorList::matches(const GumboNode* element) const
{
    if (!dom::isElement(element))
        return false;
    SelectorMatcher matcher(element);
    return matcher.matchesAny(m_data->selectors, element, nullptr);
}

PseudoElement SelectorList::pseudoElement() const { return m_data->pseudoElement; }

QString SelectorList::attributeName() const { return m_data->attributeName; }

QString SelectorList::source() const { return m_data->source; }

} // namespace pav::selectors
