// SPDX-FileCopyrightText: 2026 Pavutyna contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "selectors/DomHelpers.h"

#include <cstring>

#include <gumbo.h>

#include "selectors/TextCase.h"

namespace pav::selectors::dom {

namespace {
const GumboVector* childrenOf(const GumboNode* node)
{
    if (node->type == GUMBO_NODE_DOCUMENT)
        return &node->v.document.children;
    if (node->type == GUMBO_NODE_ELEMENT || node->type == GUMBO_NODE_TEMPLATE)
        return &node->v.element.children;
    return nullptr;
}

// Where the node sits among its parent's children. Gumbo keeps index_within_parent up to date when it
// moves nodes (foster parenting, the adoption agency), but a wrong index would walk the wrong siblings, so
// it is checked.
qsizetype indexInParent(const GumboNode* node, const GumboVector* siblings)
{
    const std::size_t index = node->index_within_parent;
    if (index < siblings->length && siblings->data[index] == node)
        return qsizetype(index);
    for (unsigned i = 0; i < siblings->length; ++i) {
        if (siblings->data[i] == node)
            return i;
    }
    return -1;
}

QByteArrayView originalName(const GumboElement& element)
{
    GumboStringPiece piece = element.original_tag;
    if (!piece.data || piece.length == 0)
        return {};
    gumbo_tag_from_original_text(&piece);
    return QByteArrayView(piece.data, qsizetype(piece.length));
}
} // namespace

bool isElement(const GumboNode* node)
{
    return node && (node->type == GUMBO_NODE_ELEMENT || node->type == GUMBO_NODE_TEMPLATE);
}

bool isHtml(const GumboNode* element) { return element->v.element.tag_namespace == GUMBO_NAMESPACE_HTML; }

const GumboNode* parentElement(const GumboNode* node)
{
    const GumboNode* parent = node->parent;
    return isElement(parent) ? parent : nullptr;
}

const GumboNode* previousElementSibling(const GumboNode* node)
{
    if (!node->parent)
        return nullptr;
    const GumboVector* siblings = childrenOf(node->parent);
    for (qsizetype i = indexInParent(node, siblings) - 1; i >= 0; --i) {
        const auto* sibling = static_cast<const GumboNode*>(siblings->data[i]);
        if (isElement(sibling))
            return sibling;
    }
    return nullptr;
}

const GumboNode* nextElementSibling(const GumboNode* node)
{
    if (!node->parent)
        return nullptr;
    const GumboVector* siblings = childrenOf(node->parent);
    const qsizetype index = indexInParent(node, siblings);
    if (index < 0)
        return nullptr;
    for (unsigned i = unsigned(index) + 1; i < siblings->length; ++i) {
        const auto* sibling = static_cast<const GumboNode*>(siblings->data[i]);
        if (isElement(sibling))
            return sibling;
    }
    return nullptr;
}

const GumboNode* firstElementChild(const GumboNode* node)
{
    const GumboVector* children = childrenOf(node);
    for (unsigned i = 0; children && i < children->length; ++i) {
        const auto* child = static_cast<const GumboNode*>(children->data[i]);
        if (isElement(child))
            return child;
    }
    return nullptr;
}

const GumboNode* documentOf(const GumboNode* node)
{
    while (node && node->type != GUMBO_NODE_DOCUMENT)
        node = node->parent;
    return node;
}

bool isQuirksMode(const GumboNode* node)
{
    const GumboNode* document = documentOf(node);
    return document && document->v.document.doc_type_quirks_mode == GUMBO_DOCTYPE_QUIRKS;
}

QByteArray localName(const GumboNode* element)
{
    const GumboElement& e = element->v.element;
    if (e.tag_namespace == GUMBO_NAMESPACE_HTML && e.tag != GUMBO_TAG_UNKNOWN)
        return QByteArray(gumbo_normalized_tagname(e.tag));
    const QByteArrayView original = originalName(e);
    if (original.isEmpty())
        return e.tag == GUMBO_TAG_UNKNOWN ? QByteArray() : QByteArray(gumbo_normalized_tagname(e.tag));
    // The tokenizer lower-cases tag names; in SVG the tree builder then restores the camelCase ones.
    if (e.tag_namespace == GUMBO_NAMESPACE_SVG) {
        GumboStringPiece piece { original.data(), std::size_t(original.size()) };
        if (const char* svgName = gumbo_normalize_svg_tagname(&piece))
            return QByteArray(svgName);
    }
    return asciiLower(original);
}

bool hasLocalName(const GumboNode* element, QByteArrayView lowerName)
{
    const GumboElement& e = element->v.element;
    if (e.tag != GUMBO_TAG_UNKNOWN)
        return lowerName == QByteArrayView(gumbo_normalized_tagname(e.tag));
    return equalsIgnoringAsciiCase(originalName(e), lowerName);
}

bool hasForeignLocalName(const GumboNode* element, QByteArrayView name)
{
    const GumboElement& e = element->v.element;
    const QByteArrayView original = originalName(e);
    if (original.isEmpty())
        return e.tag != GUMBO_TAG_UNKNOWN && name == QByteArrayView(gumbo_normalized_tagname(e.tag));
    if (e.tag_namespace == GUMBO_NAMESPACE_SVG) {
        GumboStringPiece piece { original.data(), std::size_t(original.size()) };
        if (const char* svgName = gumbo_normalize_svg_tagname(&piece))
            return name == QByteArrayView(svgName);
    }
    if (original.size() != name.size())
        return false;
    for (qsizetype i = 0; i < name.size(); ++i) {
        const char c = original[i];
        if ((c >= 'A' && c <= 'Z' ? char(c + 32) : c) != name[i])
            return false;
    }
    return true;
}

const GumboAttribute* findAttribute(const GumboNode* element, QByteArrayView name, QByteArrayView lowerName)
{
    const QByteArrayView wanted = isHtml(element) ? lowerName : name;
    const GumboVector& attributes = element->v.element.attributes;
    for (unsigned i = 0; i < attributes.length; ++i) {
        const auto* attribute = static_cast<const GumboAttribute*>(attributes.data[i]);
        if (wanted == QByteArrayView(attribute->name))
            return attribute;
    }
    return nullptr;
}

QByteArrayView attributeValue(const GumboAttribute* attribute)
{
    return QByteArrayView(attribute->value, qsizetype(std::strlen(attribute->value)));
}

} // namespace pav::selectors::dom
