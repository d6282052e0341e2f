// SPDX-FileCopyrightText: 2026 Pavutyna contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

struct GumboInternalNode;
struct GumboInternalAttribute;

namespace pav::html {

// One thing a CSS selector or an XPath expression picked out of a page, in terms of Gumbo's tree, so that
// every rule kind hands the extractor the same shape and the GUI tester can find it in the source.
// Exactly one of the three forms is used:
// - a node: `node` is an element, text, whitespace, CDATA or comment node of the HtmlDocument's tree;
// - an attribute: `attribute` is one of `node`'s attributes (`node` is the element that carries it);
// - a computed value: `node` is null and `value` holds it (XPath string()/count()/boolean results).
// Node pointers are valid only while the HtmlDocument lives. gumbo.h declares GumboAttribute as an anonymous
// struct, which cannot be forward-declared: `attribute` points at one through this opaque tag type, and
// attributeOf() in html/GumboMatch.h casts it back.
struct Match
{
    const GumboInternalNode* node = nullptr;
    const GumboInternalAttribute* attribute = nullptr;
    QString value;

    bool isNode() const { return node && !attribute; }
    bool isAttribute() const { return attribute != nullptr; }
    bool isValue() const { return !node; }
};

} // namespace pav::html
