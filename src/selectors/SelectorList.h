// SPDX-FileCopyrightText: 2026 Pavutyna contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <memory>

#include <QList>
#include <QString>
#include <QStringView>

#include "common/Result.h"
#include "html/Match.h"

struct GumboInternalNode;

namespace pav::selectors {

enum class PseudoElement {
    None,
    Text, // ::text, the text children of each matched element (parsel's extension)
    Attribute, // ::attr(name), one attribute of each matched element
};

struct SelectorListData;

// A compiled CSS selector list (Selectors Level 3, plus :is/:where/:has/:not of Level 4 and parsel's ::text
// and ::attr()), matched directly on Gumbo's tree. Immutable after parse() and cheap to copy; one instance may
// be used from several threads at once, each on its own document.
// Choices where the specs leave room or do not fit a static page:
// - :empty follows Level 3: whitespace text makes an element non-empty, comments do not;
// - user-action and history pseudo-classes (:hover, :visited, :focus, :target...) are rejected as unsupported,
//   as are namespace prefixes (`svg|a`, `*|*`) and legacy pseudo-elements (::before, :after...);
// - :is(), :where() and :not() take strict (not forgiving) lists: one bad selector rejects the whole text;
// - a <template>'s content counts as its children, as lxml and parsel see it (browsers hide it);
// - type selectors match HTML elements ASCII case-insensitively and SVG/MathML ones by their DOM name
//   (`foreignObject`), as the HTML standard says; class and id ignore ASCII case only in quirks mode.
class SelectorList
{
public:
    SelectorList(); // matches nothing

    // Parses comma-separated complex selectors, each optionally ending in the same ::text or ::attr(name).
    // Errors are ErrorKind::InvalidArgument, with a message that names the problem and its 1-based column.
    static Result<SelectorList> parse(QStringView text);

    // Every match under `scope` (a document node or an element, itself included when it matches) in document
    // order, each once. Combinators stay inside the scope, as parsel's descendant-or-self:: translation does:
    // for `div p` under an element, the div must be the element or inside it. Pseudo-classes (:first-child,
    // :root, ...) look at the whole tree. With ::text: the text, whitespace and CDATA children of each matched
    // element; with ::attr(name): that attribute of each matched element that has it; otherwise the elements.
    QList<html::Match> select(const GumboInternalNode* scope) const;

    // Whether the element matches one of the selectors, anywhere in its document (pseudo-element ignored).
    bool matches(const GumboInternalNode* element) const;

    PseudoElement pseudoElement() const;
    QString attributeName() const; // for ::attr(name), as written
    QString source() const; // the text given to parse()

private:
    explicit SelectorList(std::shared_ptr<const SelectorListData> data);
    std::shared_ptr<const SelectorListData> m_data;
};

} // namespace pav::selectors
