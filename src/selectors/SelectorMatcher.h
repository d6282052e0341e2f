// SPDX-FileCopyrightText: 2026 Pavutyna contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <unordered_map>
#include <vector>

#include "selectors/Selector.h"

struct GumboInternalNode;

namespace pav::selectors {

// Matches compiled selectors against elements of one document, right to left, as browsers do. The failure
// kinds of Servo's matcher (restart from the closest later sibling / descendant combinator, or give up)
// keep chains of descendant combinators linear in the depth instead of exponential. One matcher serves one
// select() or matches() call on one thread: it holds that call's caches (sibling positions, :has() answers,
// which make :has() linear for a single compound and at worst quadratic otherwise).
class SelectorMatcher
{
public:
    explicit SelectorMatcher(const GumboInternalNode* anyNodeOfDocument);

    // `scope` bounds the combinators: no element of a match lies outside scope's subtree (scope included).
    // Null (or the document node) means the whole document.
    bool matchesAny(const std::vector<ComplexSelector>& selectors, const GumboInternalNode* element,
        const GumboInternalNode* scope);

private:
    enum class Status {
        Matched,
        RestartFromLaterSibling,
        RestartFromDescendant,
        FailedGlobally,
    };
    struct Bounds
    {
        const GumboInternalNode* scope = nullptr;
        const GumboInternalNode* anchor = nullptr; // the :has() element a relative selector starts from
    };
    struct Position
    {
        int index = 0; // 1-based among element siblings
        int count = 0; // element siblings, the element included
        int typeIndex = 0; // the same among siblings of its type, once computed (0 = not yet)
        int typeCount = 0;
    };
    struct HasKey
    {
        const ComplexSelector* selector;
        const GumboInternalNode* anchor;
        bool operator==(const HasKey&) const = default;
    };
    struct HasKeyHash
    {
        std::size_t operator()(const HasKey& key) const noexcept;
    };
    struct ScanKey
    {
        const ComplexSelector* selector;
        int index;
        const GumboInternalNode* element;
        Bounds bounds;
        bool operator==(const ScanKey& other) const
        {
            return selector == other.selector && index == other.index && element == other.element
                && bounds.scope == other.bounds.scope && bounds.anchor == other.bounds.anchor;
        }
    };
    struct ScanKeyHash
    {
        std::size_t operator()(const ScanKey& key) const noexcept;
    };

    Status matchFrom(
        const ComplexSelector& selector, int index, const GumboInternalNode* element, const Bounds& bounds);
    Status scanEarlierSiblings(
        const ComplexSelector& selector, int index, const GumboInternalNode* element, const Bounds& bounds);
    bool matchesCompound(const CompoundSelector& compound, const GumboInternalNode* element);
    bool matchesSimple(const SimpleSelector& simple, const GumboInternalNode* element);
    bool matchesType(const SimpleSelector& simple, const GumboInternalNode* element) const;
    bool matchesAttribute(const SimpleSelector& simple, const GumboInternalNode* element) const;
    bool matchesIdOrClass(const SimpleSelector& simple, const GumboInternalNode* element) const;

    // PseudoClassMatcher.cpp
    bool matchesPseudo(const SimpleSelector& simple, const GumboInternalNode* element);
    bool matchesNth(const SimpleSelector& simple, const GumboInternalNode* element);
    Position positionAmongMatching(const SimpleSelector& simple, const GumboInternalNode* element);
    const Position& positionOf(const GumboInternalNode* element, bool withType);
    bool matchesHas(const SimpleSelector& simple, const GumboInternalNode* anchor);
    bool matchesRelative(const ComplexSelector& selector, const GumboInternalNode* anchor);
    bool hasMatchingDescendant(const ComplexSelector& selector, const GumboInternalNode* anchor);
    bool hasMatchingLaterSibling(const ComplexSelector& selector, const GumboInternalNode* anchor);

    bool m_quirks = false;
    std::unordered_map<const GumboInternalNode*, Position> m_positions;
    std::unordered_map<HasKey, Position, HasKeyHash> m_ofPositions; // :nth-child(an+b of S), by S's first selector
    std::unordered_map<HasKey, bool, HasKeyHash> m_has;
    std::unordered_map<ScanKey, Status, ScanKeyHash> m_siblingScans;
};

} // namespace pav::selectors
