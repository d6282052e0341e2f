// SPDX-FileCopyrightText: 2026 Pavutyna contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>

struct GumboInternalNode;

namespace pav::html {

// What an extraction rule takes from a node of Gumbo's tree. All of them walk with an explicit stack: hostile
// pages nest as deep as HtmlDocument allows.

// The text a reader sees: descendant text with white space simplified (as the SEO fields are), script, style
// and template content left out, and a space wherever a block-level element or <br> separates two words, so
// `<td>Name</td><td>Price</td>` reads "Name Price" rather than "NamePrice". A text node gives its own text.
QByteArray readableText(const GumboInternalNode* node);

// HTML5 fragment serialisation (the algorithm behind innerHTML/outerHTML) of the tree Gumbo built: the markup
// after the parser's repairs, not the bytes as sent. Text and attribute values are escaped as the spec says;
// script, style and the other raw-text elements are written as they are.
QByteArray innerHtml(const GumboInternalNode* node);
QByteArray outerHtml(const GumboInternalNode* node);

// The element's lower-case tag name, also for tags Gumbo doesn't know (from the source text); empty for
// anything that is not an element.
QByteArray tagName(const GumboInternalNode* node);

} // namespace pav::html
