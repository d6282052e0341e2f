// SPDX-FileCopyrightText: 2026 Pavutyna contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "XPathFixtures.h"

#include <vector>

#include <gumbo.h>

#include <QStringList>

#include "xpath/XPathExpression.h"

namespace pav::xpath::test {

const char* const ShopPage
    = "<!doctype html><html lang=\"en\"><head><title>Shop</title><meta name=\"description\" content=\"Best shop\">"
      "</head><body><div id=\"main\" class=\"wrap big\"><h1>Products</h1><ul class=\"list\">"
      "<li class=\"item\" data-price=\"10\">Apple</li><li class=\"item sale\" data-price=\"25.5\">Pear</li>"
      "<li class=\"item\" data-price=\"7\">Plum</li></ul><p id=\"note\" lang=\"uk\">Привіт, <b>світ</b>!</p>"
      "<!--footer--><a href=\"/a\" title=\"A\">First</a><a href=\"/b\">Second</a></div>"
      "<div id=\"side\"><span>x</span></div></body></html>";

Page::Page(const QByteArray& html)
    : document(html)
    , view(document)
{ }

namespace {
QString textOf(const GumboNode* root)
{
    QString text;
    std::vector<const GumboNode*> stack {root};
    while (!stack.empty()) {
        const GumboNode* node = stack.back();
        stack.pop_back();
        if (node->type == GUMBO_NODE_TEXT || node->type == GUMBO_NODE_WHITESPACE || node->type == GUMBO_NODE_CDATA) {
            text += QString::fromUtf8(node->v.text.text);
        } else if (node->type == GUMBO_NODE_ELEMENT || node->type == GUMBO_NODE_TEMPLATE) {
            const GumboVector& children = node->v.element.children;
            for (unsigned i = children.length; i > 0; --i)
                stack.push_back(static_cast<const GumboNode*>(children.data[i - 1]));
        }
    }
    return text;
}

QString elementName(const GumboElement& element)
{
    if (element.tag != GUMBO_TAG_UNKNOWN)
        return QString::fromUtf8(gumbo_normalized_tagname(element.tag));
    GumboStringPiece original = element.original_tag;
    gumbo_tag_from_original_text(&original);
    return QString::fromUtf8(original.data, qsizetype(original.length)).toLower();
}

QString renderNode(const GumboNode* node)
{
    switch (node->type) {
    case GUMBO_NODE_DOCUMENT: return QStringLiteral("/");
    case GUMBO_NODE_TEXT:
    case GUMBO_NODE_WHITESPACE:
    case GUMBO_NODE_CDATA: return QLatin1Char('"') + QString::fromUtf8(node->v.text.text) + QLatin1Char('"');
    case GUMBO_NODE_COMMENT: return QStringLiteral("<!--%1-->").arg(QString::fromUtf8(node->v.text.text));
    case GUMBO_NODE_ELEMENT:
    case GUMBO_NODE_TEMPLATE: {
        QString out = elementName(node->v.element);
        if (const GumboAttribute* id = gumbo_get_attribute(&node->v.element.attributes, "id"))
            out += QLatin1Char('#') + QString::fromUtf8(id->value);
        const QString text = textOf(node);
        if (!text.isEmpty() && text.size() <= 16)
            out += QLatin1Char('(') + text + QLatin1Char(')');
        return out;
    }
    }
    return QStringLiteral("?");
}
} // namespace

const GumboAttribute* gumboAttribute(const html::Match& match)
{
    return reinterpret_cast<const GumboAttribute*>(match.attribute);
}

QString render(const QList<html::Match>& matches)
{
    QStringList parts;
    for (const html::Match& match : matches) {
        if (match.isAttribute()) {
            const auto* attribute = gumboAttribute(match);
            parts.append(
                QStringLiteral("@%1=%2").arg(QString::fromUtf8(attribute->name), QString::fromUtf8(attribute->value)));
        } else if (match.isNode()) {
            parts.append(renderNode(match.node));
        } else {
            parts.append(QLatin1Char('=') + match.value);
        }
    }
    return parts.join(QStringLiteral(" | "));
}

QString run(const Page& page, const QString& expression)
{
    const auto compiled = XPathExpression::compile(expression);
    if (!compiled)
        return QStringLiteral("error: ") + compiled.error().message;
    return render(compiled->evaluate(page.view));
}

} // namespace pav::xpath::test
