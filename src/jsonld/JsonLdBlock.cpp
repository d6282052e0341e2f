// SPDX-FileCopyrightText: 2026 Pavutyna contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "jsonld/JsonLdBlock.h"

#include <vector>

#include <gumbo.h>

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>

namespace pav::jsonld {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(pav::jsonld::JsonLdBlock)
};

bool isSpace(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f'; }

QByteArrayView trimmed(QByteArrayView text)
{
    while (!text.isEmpty() && isSpace(text.front()))
        text = text.sliced(1);
    while (!text.isEmpty() && isSpace(text.back()))
        text.chop(1);
    return text;
}

bool isJsonLdType(const GumboElement& element)
{
    const GumboAttribute* type = gumbo_get_attribute(&element.attributes, "type");
    if (!type)
        return false;
    QByteArrayView mime(type->value);
    if (const qsizetype semicolon = mime.indexOf(';'); semicolon >= 0)
        mime = mime.first(semicolon);
    return trimmed(mime).compare("application/ld+json", Qt::CaseInsensitive) == 0;
}

QByteArray textOf(const GumboElement& element)
{
    QByteArray text;
    for (unsigned i = 0; i < element.children.length; ++i) {
        const auto* child = static_cast<const GumboNode*>(element.children.data[i]);
        if (child->type == GUMBO_NODE_TEXT || child->type == GUMBO_NODE_WHITESPACE || child->type == GUMBO_NODE_CDATA)
            text += child->v.text.text;
    }
    return text;
}

// The JSON inside the wrappers pages put around it, as a slice of `source`.
QByteArrayView unwrap(QByteArrayView source)
{
    QByteArrayView inner = trimmed(source);
    struct Wrapper
    {
        const char* open;
        const char* close;
    };
    static constexpr Wrapper Wrappers[]
        = {{"<!--", "-->"}, {"/*<![CDATA[*/", "/*]]>*/"}, {"//<![CDATA[", "//]]>"}, {"<![CDATA[", "]]>"}};
    for (const Wrapper& wrapper : Wrappers) {
        if (inner.startsWith(wrapper.open)) {
            inner = inner.sliced(qstrlen(wrapper.open));
            inner = trimmed(inner);
            if (inner.endsWith(wrapper.close))
                inner.chop(qstrlen(wrapper.close));
            inner = trimmed(inner);
        }
    }
    while (inner.endsWith(';'))
        inner = trimmed(inner.first(inner.size() - 1));
    return inner;
}

QString describe(QJsonParseError::ParseError error)
{
    switch (error) {
    case QJsonParseError::UnterminatedObject: return Tr::tr("unterminated object");
    case QJsonParseError::MissingNameSeparator: return Tr::tr("missing ':' after a name");
    case QJsonParseError::UnterminatedArray: return Tr::tr("unterminated array");
    case QJsonParseError::MissingValueSeparator: return Tr::tr("missing ',' between values");
    case QJsonParseError::IllegalValue: return Tr::tr("illegal value");
    case QJsonParseError::TerminationByNumber: return Tr::tr("the text ends inside a number");
    case QJsonParseError::IllegalNumber: return Tr::tr("illegal number");
    case QJsonParseError::IllegalEscapeSequence: return Tr::tr("illegal escape sequence");
    case QJsonParseError::IllegalUTF8String: return Tr::tr("invalid UTF-8 in a string");
    case QJsonParseError::UnterminatedString: return Tr::tr("unterminated string");
    case QJsonParseError::MissingObject: return Tr::tr("expected an object or an array");
    case QJsonParseError::DeepNesting: return Tr::tr("nested too deeply");
    case QJsonParseError::DocumentTooLarge: return Tr::tr("the block is too large");
    case QJsonParseError::GarbageAtEnd: return Tr::tr("unexpected text after the JSON");
    case QJsonParseError::NoError: break;
    }
    return Tr::tr("invalid JSON");
}

JsonLdBlock parseBlock(QByteArray source)
{
    JsonLdBlock block;
    block.source = std::move(source);
    const QByteArrayView inner = unwrap(block.source);
    if (inner.isEmpty()) {
        block.error = Tr::tr("the block is empty");
        return block;
    }
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(inner.toByteArray(), &error);
    if (error.error != QJsonParseError::NoError) {
        // Qt reports some errors one past the end; keep the offset inside the text.
        const qsizetype offset
            = (inner.data() - block.source.constData()) + qMin<qsizetype>(error.offset, inner.size());
        block.error = Tr::tr("%1 at byte %2").arg(describe(error.error)).arg(offset);
        return block;
    }
    if (!document.isArray() && !document.isObject()) { // a bare scalar, where Qt accepts one
        const qsizetype offset = inner.data() - block.source.constData();
        block.error = Tr::tr("%1 at byte %2").arg(describe(QJsonParseError::MissingObject)).arg(offset);
        return block;
    }
    block.value = document.isArray() ? QJsonValue(document.array()) : QJsonValue(document.object());
    block.isValid = true;
    return block;
}
} // namespace

QList<JsonLdBlock> findJsonLd(const GumboNode* root)
{
    QList<JsonLdBlock> blocks;
    if (!root)
        return blocks;
    std::vector<const GumboNode*> stack {root};
    while (!stack.empty()) {
        const GumboNode* node = stack.back();
        stack.pop_back();
        const GumboVector* children = nullptr;
        if (node->type == GUMBO_NODE_DOCUMENT) {
            children = &node->v.document.children;
        } else if (node->type == GUMBO_NODE_ELEMENT || node->type == GUMBO_NODE_TEMPLATE) {
            if (node->v.element.tag == GUMBO_TAG_SCRIPT) {
                if (isJsonLdType(node->v.element))
                    blocks.append(parseBlock(textOf(node->v.element)));
                continue; // a script's children are its text
            }
            children = &node->v.element.children;
        }
        if (!children)
            continue;
        for (unsigned i = children->length; i > 0; --i) // reversed, so the first child is visited first
            stack.push_back(static_cast<const GumboNode*>(children->data[i - 1]));
    }
    return blocks;
}

} // namespace pav::jsonld
