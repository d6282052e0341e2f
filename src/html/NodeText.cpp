// SPDX-FileCopyrightText: 2026 Pavutyna contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "html/NodeText.h"

#include <vector>

#include <gumbo.h>

#include "html/Utf8Text.h"

namespace pav::html {

namespace {
const GumboVector* childrenOf(const GumboNode* node)
{
    if (node->type == GUMBO_NODE_DOCUMENT)
        return &node->v.document.children;
    if (node->type == GUMBO_NODE_ELEMENT || node->type == GUMBO_NODE_TEMPLATE)
        return &node->v.element.children;
    return nullptr;
}

bool isElement(const GumboNode* node)
{
    return node->type == GUMBO_NODE_ELEMENT || node->type == GUMBO_NODE_TEMPLATE;
}

// Phrasing elements: words on either side of them belong together.
bool isInline(GumboTag tag)
{
    switch (tag) {
    case GUMBO_TAG_A: case GUMBO_TAG_ABBR: case GUMBO_TAG_B: case GUMBO_TAG_BDI: case GUMBO_TAG_BDO:
    case GUMBO_TAG_BIG: case GUMBO_TAG_CITE: case GUMBO_TAG_CODE: case GUMBO_TAG_DATA: case GUMBO_TAG_DFN:
    case GUMBO_TAG_EM: case GUMBO_TAG_FONT: case GUMBO_TAG_I: case GUMBO_TAG_KBD: case GUMBO_TAG_LABEL:
    case GUMBO_TAG_MARK: case GUMBO_TAG_NOBR: case GUMBO_TAG_Q: case GUMBO_TAG_S: case GUMBO_TAG_SAMP:
    case GUMBO_TAG_SMALL: case GUMBO_TAG_SPAN: case GUMBO_TAG_STRIKE: case GUMBO_TAG_STRONG: case GUMBO_TAG_SUB:
    case GUMBO_TAG_SUP: case GUMBO_TAG_TIME: case GUMBO_TAG_TT: case GUMBO_TAG_U: case GUMBO_TAG_VAR:
    case GUMBO_TAG_WBR:
        return true;
    default:
        return false;
    }
}

bool isVoid(GumboTag tag)
{
    switch (tag) {
    case GUMBO_TAG_AREA: case GUMBO_TAG_BASE: case GUMBO_TAG_BASEFONT: case GUMBO_TAG_BGSOUND: case GUMBO_TAG_BR:
    case GUMBO_TAG_COL: case GUMBO_TAG_EMBED: case GUMBO_TAG_FRAME: case GUMBO_TAG_HR: case GUMBO_TAG_IMG:
    case GUMBO_TAG_INPUT: case GUMBO_TAG_KEYGEN: case GUMBO_TAG_LINK: case GUMBO_TAG_META: case GUMBO_TAG_PARAM:
    case GUMBO_TAG_SOURCE: case GUMBO_TAG_TRACK: case GUMBO_TAG_WBR:
        return true;
    default:
        return false;
    }
}

// Children of these are written unescaped (the serialisation algorithm's list; noscript is parsed as markup
// by Gumbo, so it is not one here).
bool isRawText(GumboTag tag)
{
    switch (tag) {
    case GUMBO_TAG_STYLE: case GUMBO_TAG_SCRIPT: case GUMBO_TAG_XMP: case GUMBO_TAG_IFRAME: case GUMBO_TAG_NOEMBED:
    case GUMBO_TAG_NOFRAMES: case GUMBO_TAG_PLAINTEXT:
        return true;
    default:
        return false;
    }
}

void appendEscaped(QByteArray& out, const char* text, bool inAttribute)
{
    for (const char* at = text; *at; ++at) {
        const char c = *at;
        if (c == '&')
            out += "&amp;";
        else if (c == '\xC2' && at[1] == '\xA0') {
            out += "&nbsp;";
            ++at;
        } else if (inAttribute && c == '"')
            out += "&quot;";
        else if (!inAttribute && c == '<')
            out += "&lt;";
        else if (!inAttribute && c == '>')
            out += "&gt;";
        else
            out += c;
    }
}

void appendStartTag(QByteArray& out, const GumboNode* node)
{
    out += '<';
    out += tagName(node);
    const GumboVector& attributes = node->v.element.attributes;
    for (unsigned i = 0; i < attributes.length; ++i) {
        const auto* attribute = static_cast<const GumboAttribute*>(attributes.data[i]);
        out += ' ';
        out += attribute->name;
        out += "=\"";
        appendEscaped(out, attribute->value, true);
        out += '"';
    }
    out += '>';
}

// One step of the serialiser's walk: a node to open, or an element whose end tag is due.
struct Step
{
    const GumboNode* node;
    bool close;
};

void serialiseChildren(QByteArray& out, const GumboNode* parent)
{
    std::vector<Step> stack;
    const auto pushChildren = [&stack](const GumboNode* node) {
        if (const GumboVector* children = childrenOf(node)) {
            for (unsigned i = children->length; i > 0; --i)
                stack.push_back({static_cast<const GumboNode*>(children->data[i - 1]), false});
        }
    };
    pushChildren(parent);
    while (!stack.empty()) {
        const Step step = stack.back();
        stack.pop_back();
        const GumboNode* node = step.node;
        if (step.close) {
            out += "</";
            out += tagName(node);
            out += '>';
            continue;
        }
        switch (node->type) {
        case GUMBO_NODE_ELEMENT:
        case GUMBO_NODE_TEMPLATE: {
            appendStartTag(out, node);
            const GumboTag tag = node->v.element.tag;
            if (node->v.element.tag_namespace == GUMBO_NAMESPACE_HTML && isVoid(tag))
                break;
            stack.push_back({node, true});
            pushChildren(node);
            break;
        }
        case GUMBO_NODE_TEXT:
        case GUMBO_NODE_WHITESPACE: {
            const GumboNode* owner = node->parent;
            if (owner && isElement(owner) && owner->v.element.tag_namespace == GUMBO_NAMESPACE_HTML
                && isRawText(owner->v.element.tag))
                out += node->v.text.text;
            else
                appendEscaped(out, node->v.text.text, false);
            break;
        }
        case GUMBO_NODE_CDATA:
            out += "<![CDATA[";
            out += node->v.text.text;
            out += "]]>";
            break;
        case GUMBO_NODE_COMMENT:
            out += "<!--";
            out += node->v.text.text;
            out += "-->";
            break;
        case GUMBO_NODE_DOCUMENT:
            pushChildren(node);
            break;
        }
    }
}
} // namespace

QByteArray tagName(const GumboNode* node)
{
    if (!node || !isElement(node))
        return {};
    const GumboElement& element = node->v.element;
    if (element.tag != GUMBO_TAG_UNKNOWN)
        return QByteArray(gumbo_normalized_tagname(element.tag));
    GumboStringPiece original = element.original_tag;
    gumbo_tag_from_original_text(&original);
    if (!original.data || original.length == 0)
        return {};
    return QByteArray(original.data, qsizetype(original.length)).toLower();
}

QByteArray readableText(const GumboNode* node)
{
    QByteArray out;
    if (!node)
        return out;
    std::vector<Step> stack{{node, false}};
    while (!stack.empty()) {
        const Step step = stack.back();
        stack.pop_back();
        const GumboNode* at = step.node;
        if (step.close) {
            if (!out.isEmpty() && !out.endsWith(' '))
                out += ' ';
            continue;
        }
        switch (at->type) {
        case GUMBO_NODE_TEXT:
        case GUMBO_NODE_WHITESPACE:
        case GUMBO_NODE_CDATA:
            appendSimplified(out, at->v.text.text);
            break;
        case GUMBO_NODE_COMMENT:
            break;
        case GUMBO_NODE_TEMPLATE:
            if (at != node)
                break;
            [[fallthrough]];
        case GUMBO_NODE_ELEMENT:
        case GUMBO_NODE_DOCUMENT: {
            if (at->type == GUMBO_NODE_ELEMENT) {
                const GumboTag tag = at->v.element.tag;
                if ((tag == GUMBO_TAG_SCRIPT || tag == GUMBO_TAG_STYLE) && at != node)
                    break;
                if (!isInline(tag) && at != node) {
                    if (!out.isEmpty() && !out.endsWith(' '))
                        out += ' ';
                    stack.push_back({at, true});
                }
            }
            const GumboVector* children = childrenOf(at);
            for (unsigned i = children->length; i > 0; --i)
                stack.push_back({static_cast<const GumboNode*>(children->data[i - 1]), false});
            break;
        }
        }
    }
    chopTrailingSpace(out);
    return out;
}

QByteArray innerHtml(const GumboNode* node)
{
    QByteArray out;
    if (node)
        serialiseChildren(out, node);
    return out;
}

QByteArray outerHtml(const GumboNode* node)
{
    if (!node || !isElement(node))
        return innerHtml(node);
    QByteArray out;
    appendStartTag(out, node);
    if (node->v.element.tag_namespace == GUMBO_NAMESPACE_HTML && isVoid(node->v.element.tag))
        return out;
    serialiseChildren(out, node);
    out += "</";
    out += tagName(node);
    out += '>';
    return out;
}

} // namespace pav::html
