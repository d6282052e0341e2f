// SPDX-FileCopyrightText: 2026 Pavutyna contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <gumbo.h>

#include <QByteArray>
#include <QByteArrayView>

namespace pav::selectors::dom {

// Navigation and naming on Gumbo's tree as the selector matcher sees it: elements are ELEMENT and TEMPLATE
// nodes (a template's content is its children, as lxml and parsel have it); text, comments and the document
// node are not elements. Nothing here recurses or allocates on the common paths.

bool isElement(const GumboNode* node);
bool isHtml(const GumboNode* element); // in the HTML namespace (not SVG or MathML)
const GumboNode* parentElement(const GumboNode* node);
const GumboNode* previousElementSibling(const GumboNode* node);
const GumboNode* nextElementSibling(const GumboNode* node);
const GumboNode* firstElementChild(const GumboNode* node);
const GumboNode* documentOf(const GumboNode* node); // the DOCUMENT node at the top, or null
bool isQuirksMode(const GumboNode* node);

// The element's local name as the DOM has it: lower case for HTML, SVG's camelCase names (foreignObject).
QByteArray localName(const GumboNode* element);
bool hasLocalName(const GumboNode* element, QByteArrayView lowerName); // for HTML elements only
bool hasForeignLocalName(const GumboNode* element, QByteArrayView name); // localName(element) == name, no copy

// The attribute, looked up as selectors do: HTML elements by the lower-cased name, others as written.
const GumboAttribute* findAttribute(const GumboNode* element, QByteArrayView name, QByteArrayView lowerName);
QByteArrayView attributeValue(const GumboAttribute* attribute);

} // namespace pav::selectors::dom
