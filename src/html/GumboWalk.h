// SPDX-FileCopyrightText: 2026 Pavutyna contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <vector>

#include <gumbo.h>

namespace pav::html {

// HtmlDocument::walk's traversal with the visitor inlined, for callers that see gumbo.h: the page parser visits
// every node of every crawled page, where a std::function call per node showed. `stack` is the caller's scratch
// space. Depth-first, document order, without recursion; `visit` returns false to skip a node's children.
template <typename Visit>
void walkTree(const GumboNode* root, std::vector<const GumboNode*>& stack, Visit&& visit)
{
    if (!root)
        return;
    stack.assign(1, root);
    while (!stack.empty()) {
        const GumboNode* node = stack.back();
        stack.pop_back();
        if (!visit(node))
            continue;
        const GumboVector* children = nullptr;
        if (node->type == GUMBO_NODE_DOCUMENT)
            children = &node->v.document.children;
        else if (node->type == GUMBO_NODE_ELEMENT || node->type == GUMBO_NODE_TEMPLATE)
            children = &node->v.element.children;
        if (!children)
            continue;
        for (unsigned i = children->length; i > 0; --i) // reversed, so the first child is visited first
            stack.push_back(static_cast<const GumboNode*>(children->data[i - 1]));
    }
}

} // namespace pav::html
