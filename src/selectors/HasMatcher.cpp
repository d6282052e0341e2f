// SPDX-FileCopyrightText: 2026 Pavutyna contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// SelectorMatcher's :has(): relative selectors matched from the candidates they can reach, with every answer
// cached per anchor for the rest of the select() call.
#include "selectors/SelectorMatcher.h"

#include <gumbo.h>

#include "selectors/DomHelpers.h"

namespace pav::selectors {

namespace {
const GumboNode* childAt(const GumboVector& children, unsigned i)
{
    return static_cast<const GumboNode*>(children.data[i]);
}

// How many siblings after the anchor a relative selector starting with '+' can reach before it turns
// downwards: `+ a + b` reaches exactly the second; any '~' reaches them all (-1).
int maxSiblingStepsOf(const ComplexSelector& selector)
{
    int steps = 0;
    for (const CompoundSelector& compound : selector.compounds) {
        if (compound.combinator == Combinator::SubsequentSibling)
            return -1;
        if (compound.combinator != Combinator::NextSibling)
            break;
        ++steps;
    }
    return steps;
}

int maxDepthOf(const ComplexSelector& selector)
{
    int depth = 0;
    for (const CompoundSelector& compound : selector.compounds) {
        if (compound.combinator == Combinator::Descendant)
            return -1;
        depth += compound.combinator == Combinator::Child ? 1 : 0;
    }
    return depth;
}
} // namespace

bool SelectorMatcher::matchesHas(const SimpleSelector& simple, const GumboNode* anchor)
{
    for (const ComplexSelector& selector : simple.selectors) {
        const HasKey key { &selector, anchor };
        auto found = m_has.find(key);
        if (found == m_has.end())
            found = m_has.emplace(key, matchesRelative(selector, anchor)).first;
        if (found->second)
            return true;
    }
    return false;
}

bool SelectorMatcher::matchesRelative(const ComplexSelector& selector, const GumboNode* anchor)
{
    const Combinator leading = selector.compounds.front().combinator;
    if (selector.compounds.size() == 1) {
        const CompoundSelector& compound = selector.compounds.front();
        switch (leading) {
        case Combinator::Child:
            for (const GumboNode* child = dom::firstElementChild(anchor); child;
                 child = dom::nextElementSibling(child)) {
                if (matchesCompound(compound, child))
                    return true;
            }
            return false;
        case Combinator::NextSibling: {
            const GumboNode* next = dom::nextElementSibling(anchor);
            return next && matchesCompound(compound, next);
        }
        case Combinator::Descendant:
            return hasMatchingDescendant(selector, anchor);
        case Combinator::SubsequentSibling:
            return hasMatchingLaterSibling(selector, anchor);
        }
    }

    // The general case: try each element the relative selector could end on, bounded in depth when it has no
    // descendant combinator, and match right to left back to the anchor.
    const int maxDepth = maxDepthOf(selector);
    const bool downward = leading == Combinator::Descendant || leading == Combinator::Child;
    const Bounds bounds { downward ? anchor : anchor->parent, anchor };
    const int last = int(selector.compounds.size()) - 1;
    struct Entry
    {
        const GumboNode* node;
        int depth;
    };
    std::vector<Entry> stack;
    if (downward) {
        stack.push_back({ anchor, 0 });
    } else {
        std::vector<const GumboNode*> siblings;
        const int maxSteps = maxSiblingStepsOf(selector);
        for (const GumboNode* s = dom::nextElementSibling(anchor);
             s && (maxSteps < 0 || int(siblings.size()) < maxSteps); s = dom::nextElementSibling(s))
            siblings.push_back(s);
        for (auto it = siblings.rbegin(); it != siblings.rend(); ++it)
            stack.push_back({ *it, 0 });
    }
    while (!stack.empty()) {
        const Entry entry = stack.back();
        stack.pop_back();
        if (entry.node != anchor && matchFrom(selector, last, entry.node, bounds) == Status::Matched)
            return true;
        const int childDepth = entry.depth + 1;
        if (maxDepth >= 0 && childDepth > maxDepth)
            continue;
        const GumboVector& children = entry.node->v.element.children;
        for (unsigned i = children.length; i > 0; --i) {
            if (dom::isElement(childAt(children, i - 1)))
                stack.push_back({ childAt(children, i - 1), childDepth });
        }
    }
    return false;
}

// :has(X) for a single compound X: whether any descendant matches, filled in for the whole subtree in one
// pass (children before parents, without recursion) so that every element's answer is computed once.
bool SelectorMatcher::hasMatchingDescendant(const ComplexSelector& selector, const GumboNode* anchor)
{
    const CompoundSelector& compound = selector.compounds.front();
    struct Frame
    {
        const GumboNode* node;
        unsigned next;
        bool found;
    };
    std::vector<Frame> stack { { anchor, 0, false } };
    bool result = false;
    while (!stack.empty()) {
        Frame& frame = stack.back();
        const GumboVector& children = frame.node->v.element.children;
        if (frame.next < children.length) {
            const GumboNode* child = childAt(children, frame.next++);
            if (!dom::isElement(child))
                continue;
            if (matchesCompound(compound, child)) {
                frame.found = true;
                // The child's own answer may still be needed by a later anchor; it is computed then.
                continue;
            }
            if (const auto known = m_has.find(HasKey { &selector, child }); known != m_has.end()) {
                frame.found = frame.found || known->second;
                continue;
            }
            stack.push_back({ child, 0, false });
            continue;
        }
        const Frame done = frame;
        stack.pop_back();
        m_has[HasKey { &selector, done.node }] = done.found;
        if (stack.empty())
            result = done.found;
        else
            stack.back().found = stack.back().found || done.found;
    }
    return result;
}

// :has(~ X) for a single compound X: filled in for all later siblings at once, from the last one back.
bool SelectorMatcher::hasMatchingLaterSibling(const ComplexSelector& selector, const GumboNode* anchor)
{
    const CompoundSelector& compound = selector.compounds.front();
    std::vector<const GumboNode*> later;
    for (const GumboNode* s = dom::nextElementSibling(anchor); s; s = dom::nextElementSibling(s)) {
        if (const auto known = m_has.find(HasKey { &selector, s }); known != m_has.end()) {
            bool found = known->second || matchesCompound(compound, s);
            for (auto it = later.rbegin(); it != later.rend(); ++it) {
                m_has[HasKey { &selector, *it }] = found;
                found = found || matchesCompound(compound, *it);
            }
            return found;
        }
        later.push_back(s);
    }
    bool found = false;
    for (auto it = later.rbegin(); it != later.rend(); ++it) {
        m_has[HasKey { &selector, *it }] = found;
        found = found || matchesCompound(compound, *it);
    }
    return found;
}

} // namespace pav::selectors
