// SPDX-FileCopyrightText: 2026 Pavutyna contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "jsonld/JsonPathGrammar.h"

#include <QCoreApplication>
#include "jsonld/JsonPathParser.h"

namespace pav::jsonld::detail {

// Declared here, not shared from a header: lupdate names the context only from a declaration it sees in this file.
namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(pav::jsonld::JsonPath)
};
} // namespace

std::unique_ptr<Filter> Parser::disjunction()
{
    std::unique_ptr<Filter> left = conjunction();
    while (left && (skipSpace(), peek() == u'|')) {
        if (peek(1) != u'|')
            return failFilter(Tr::tr("expected '||' at column %1"));
        m_pos += 2;
        left = combine(Filter::Kind::Or, std::move(left), conjunction());
    }
    return left;
}

std::unique_ptr<Filter> Parser::conjunction()
{
    std::unique_ptr<Filter> left = unary();
    while (left && (skipSpace(), peek() == u'&')) {
        if (peek(1) != u'&')
            return failFilter(Tr::tr("expected '&&' at column %1"));
        m_pos += 2;
        left = combine(Filter::Kind::And, std::move(left), unary());
    }
    return left;
}

std::unique_ptr<Filter> Parser::combine(Filter::Kind kind, std::unique_ptr<Filter> a, std::unique_ptr<Filter> b)
{
    if (!b)
        return nullptr;
    auto filter = std::make_unique<Filter>();
    filter->kind = kind;
    filter->a = std::move(a);
    filter->b = std::move(b);
    return filter;
}

std::unique_ptr<Filter> Parser::unary()
{
    skipSpace();
    if (++m_depth > MaxFilterNesting)
        return failFilter(Tr::tr("filters nest too deeply at column %1"));
    std::unique_ptr<Filter> result;
    if (peek() == u'!' && peek(1) != u'=') {
        ++m_pos;
        if (std::unique_ptr<Filter> inner = unary()) {
            result = std::make_unique<Filter>();
            result->kind = Filter::Kind::Not;
            result->a = std::move(inner);
        }
    } else if (peek() == u'(') {
        ++m_pos;
        result = disjunction();
        skipSpace();
        if (result && !expect(u')'))
            result.reset();
    } else {
        result = comparison();
    }
    --m_depth;
    return result;
}

std::unique_ptr<Filter> Parser::comparison()
{
    auto filter = std::make_unique<Filter>();
    const qsizetype leftAt = m_pos;
    if (!operand(filter->left))
        return nullptr;
    skipSpace();
    static constexpr struct
    {
        const char16_t* text;
        Filter::Op op;
    } Ops[] = {{u"==", Filter::Op::Equal}, {u"!=", Filter::Op::NotEqual}, {u"<=", Filter::Op::LessOrEqual},
        {u">=", Filter::Op::GreaterOrEqual}, {u"<", Filter::Op::Less}, {u">", Filter::Op::Greater}};
    for (const auto& op : Ops) {
        const QStringView text(op.text);
        if (m_text.sliced(m_pos).startsWith(text)) {
            m_pos += text.size();
            filter->kind = Filter::Kind::Compare;
            filter->op = op.op;
            skipSpace();
            if (!operand(filter->right))
                return nullptr;
            return filter;
        }
    }
    if (peek() == u'=')
        return failFilter(Tr::tr("expected '==' at column %1"));
    if (!filter->left.path) {
        m_pos = leftAt;
        return failFilter(Tr::tr("expected a path starting with @ or $ at column %1"));
    }
    filter->kind = Filter::Kind::Exists;
    return filter;
}

bool Parser::operand(Filter::Operand& out)
{
    const QChar c = peek();
    if (c == u'@' || c == u'$') {
        ++m_pos;
        Path path;
        path.fromRoot = c == u'$';
        if (!steps(path.steps))
            return false;
        out.path = std::move(path);
        return true;
    }
    if (c == u'\'' || c == u'"') {
        QString text;
        if (!quoted(text))
            return false;
        out.literal = text;
        return true;
    }
    if (c == u'-' || c.isDigit())
        return number(out.literal);
    for (const auto& [word, value] : {std::pair {u"true", QJsonValue(true)}, std::pair {u"false", QJsonValue(false)},
             std::pair {u"null", QJsonValue(QJsonValue::Null)}}) {
        const QStringView text(word);
        if (m_text.sliced(m_pos).startsWith(text)
            && (m_pos + text.size() >= m_text.size() || endsName(m_text[m_pos + text.size()]))) {
            m_pos += text.size();
            out.literal = value;
            return true;
        }
    }
    return fail(Tr::tr("expected a value at column %1"));
}

bool Parser::number(QJsonValue& out)
{
    const qsizetype start = m_pos;
    if (peek() == u'-')
        ++m_pos;
    while (peek().isDigit() || peek() == u'.' || peek() == u'e' || peek() == u'E'
        || ((peek() == u'+' || peek() == u'-') && (m_text[m_pos - 1] == u'e' || m_text[m_pos - 1] == u'E')))
        ++m_pos;
    bool ok = false;
    const double value = m_text.sliced(start, m_pos - start).toDouble(&ok);
    if (!ok) {
        m_pos = start;
        return fail(Tr::tr("invalid number at column %1"));
    }
    out = value;
    return true;
}

} // namespace pav::jsonld::detail
