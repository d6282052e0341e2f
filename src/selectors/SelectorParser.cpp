// SPDX-FileCopyrightText: 2026 Pavutyna contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "selectors/SelectorParser.h"

#include <gumbo.h>

#include <QCoreApplication>

#include "selectors/TextCase.h"

namespace pav::selectors {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(pav::selectors::SelectorParser)
};

bool isCombinator(QChar c) { return c == u'>' || c == u'+' || c == u'~'; }

Combinator combinatorFor(QChar c)
{
    return c == u'>' ? Combinator::Child : c == u'+' ? Combinator::NextSibling : Combinator::SubsequentSibling;
}

QString unexpected(QChar c, int column) { return Tr::tr("unexpected '%1' at column %2").arg(c).arg(column); }
} // namespace

SelectorParser::SelectorParser(QStringView text)
    : CssReader(text)
{ }

Result<SelectorListData> SelectorParser::parse()
{
    const auto error = [this] { return Error { ErrorKind::InvalidArgument, errorMessage() }; };
    if (m_text.size() > MaxLength) {
        fail(Tr::tr("selector is longer than %1 characters").arg(MaxLength));
        return error();
    }
    skipWhitespace();
    if (failed())
        return error();
    if (atEnd())
        return Error { ErrorKind::InvalidArgument, Tr::tr("empty selector") };

    SelectorListData data;
    if (!parseList(Mode::TopLevel, data.selectors) || failed())
        return error();
    if (!atEnd()) {
        fail(unexpected(peek(), column(m_pos)));
        return error();
    }
    const ComplexSelector& first = data.selectors.front();
    for (std::size_t i = 1; i < data.selectors.size(); ++i) {
        const ComplexSelector& other = data.selectors[i];
        if (other.pseudoElement != first.pseudoElement || other.attributeName != first.attributeName) {
            fail(Tr::tr("selector list mixes pseudo-elements at column %1").arg(column(m_topLevelColumns[i])));
            return error();
        }
    }
    data.pseudoElement = first.pseudoElement;
    data.attributeNameUtf8 = first.attributeName;
    data.attributeLowerName = asciiLower(first.attributeName);
    data.attributeName = QString::fromUtf8(first.attributeName);
    data.source = m_text.toString();
    return data;
}

bool SelectorParser::parseList(Mode mode, std::vector<ComplexSelector>& out)
{
    qsizetype comma = -1;
    for (;;) {
        skipWhitespace();
        if (failed())
            return false;
        if (atEnd() || (mode != Mode::TopLevel && peek() == u')')) {
            if (comma >= 0)
                return fail(Tr::tr("expected a selector after ',' at column %1").arg(column(comma)));
            return true; // an empty argument: the caller names the pseudo-class that needs one
        }
        if (peek() == u',')
            return fail(Tr::tr("expected a selector before ',' at column %1").arg(column(m_pos)));
        ComplexSelector complex;
        if (!parseComplex(mode, complex))
            return false;
        out.push_back(std::move(complex));
        skipWhitespace();
        if (failed())
            return false;
        if (atEnd() || (mode != Mode::TopLevel && peek() == u')'))
            return true;
        if (peek() != u',')
            return fail(unexpected(peek(), column(m_pos)));
        comma = m_pos++;
    }
}

bool SelectorParser::startsCompound() const
{
    const QChar c = peek();
    return c == u'*' || c == u'#' || c == u'.' || c == u'[' || c == u':' || c == u'|' || wouldStartIdentifier(m_pos);
}

bool SelectorParser::parseComplex(Mode mode, ComplexSelector& out)
{
    const qsizetype start = m_pos;
    m_pseudoElementPos = -1;
    CompoundSelector first;
    qsizetype leadingPos = -1;
    if (isCombinator(peek())) {
        if (mode != Mode::Relative)
            return fail(Tr::tr("expected a selector before '%1' at column %2").arg(peek()).arg(column(m_pos)));
        leadingPos = m_pos;
        first.combinator = combinatorFor(peek());
        ++m_pos;
        skipWhitespace();
    }
    out.isRelative = mode == Mode::Relative;
    bool found = false;
    if (!parseCompound(mode, first, out, found))
        return false;
    if (!found) {
        if (leadingPos >= 0)
            return fail(
                Tr::tr("expected a selector after '%1' at column %2").arg(m_text[leadingPos]).arg(column(leadingPos)));
        return fail(atEnd() ? Tr::tr("empty selector") : unexpected(peek(), column(m_pos)));
    }
    if (!countCompound(start))
        return false;
    out.compounds.push_back(std::move(first));

    while (out.pseudoElement == PseudoElement::None) {
        const qsizetype whitespaceStart = m_pos;
        const bool sawWhitespace = skipWhitespace();
        if (failed())
            return false;
        CompoundSelector next;
        qsizetype combinatorPos = whitespaceStart;
        QChar combinatorChar = u' ';
        if (isCombinator(peek())) {
            combinatorPos = m_pos;
            combinatorChar = peek();
            next.combinator = combinatorFor(peek());
            ++m_pos;
            skipWhitespace();
        } else if (!sawWhitespace || !startsCompound()) {
            break;
        }
        if (!parseCompound(mode, next, out, found))
            return false;
        if (!found)
            return fail(
                Tr::tr("expected a selector after '%1' at column %2").arg(combinatorChar).arg(column(combinatorPos)));
        if (out.compounds.size() >= std::size_t(MaxCompounds))
            return fail(Tr::tr("selector has more than %1 compound selectors at column %2")
                            .arg(MaxCompounds)
                            .arg(column(start)));
        if (!countCompound(start))
            return false;
        out.compounds.push_back(std::move(next));
    }
    if (mode == Mode::TopLevel)
        m_topLevelColumns.push_back(m_pseudoElementPos >= 0 ? m_pseudoElementPos : start);
    return true;
}

bool SelectorParser::countCompound(qsizetype complexStart)
{
    if (++m_totalCompounds <= MaxTotalCompounds)
        return true;
    return fail(Tr::tr("selector list has more than %1 compound selectors at column %2")
                    .arg(MaxTotalCompounds)
                    .arg(column(complexStart)));
}

bool SelectorParser::parseCompound(Mode mode, CompoundSelector& out, ComplexSelector& owner, bool& found)
{
    found = false;
    const qsizetype start = m_pos;
    const auto namespaceError
        = [this](qsizetype at) { return fail(Tr::tr("namespaces are not supported at column %1").arg(column(at))); };
    if (peek() == u'|')
        return namespaceError(start);
    if (peek() == u'*' || wouldStartIdentifier(m_pos)) {
        SimpleSelector type;
        if (peek() == u'*') {
            ++m_pos;
            type.kind = SimpleSelector::Kind::Universal;
        } else {
            type.kind = SimpleSelector::Kind::Type;
            type.name = consumeIdentifier().toUtf8();
            type.lowerName = asciiLower(type.name);
            type.tag = int(gumbo_tagn_enum(type.lowerName.constData(), unsigned(type.lowerName.size())));
        }
        if (peek() == u'|' && peek(1) != u'=')
            return namespaceError(start);
        out.simples.push_back(std::move(type));
        found = true;
    }
    for (;;) {
        skipComments();
        if (failed())
            return false;
        if (atEnd())
            return true;
        const QChar c = peek();
        const qsizetype pos = m_pos;
        if (c == u'#' || c == u'.') {
            ++m_pos;
            if (!wouldStartIdentifier(m_pos))
                return fail(Tr::tr("expected an identifier after '%1' at column %2").arg(c).arg(column(pos)));
            SimpleSelector simple;
            simple.kind = c == u'#' ? SimpleSelector::Kind::Id : SimpleSelector::Kind::Class;
            simple.name = consumeIdentifier().toUtf8();
            out.simples.push_back(std::move(simple));
        } else if (c == u'[') {
            if (!parseAttribute(out))
                return false;
        } else if (c == u':' && peek(1) == u':') {
            found = true;
            return parsePseudoElement(mode, owner);
        } else if (c == u':') {
            if (!parsePseudoClass(out))
                return false;
        } else if (c == u'*' || wouldStartIdentifier(m_pos)) {
            return fail(Tr::tr("a type selector must come first in a compound selector at column %1").arg(column(pos)));
        } else if (c == u'|') {
            return namespaceError(pos);
        } else {
            return true;
        }
        found = true;
    }
}

bool SelectorParser::parseAttribute(CompoundSelector& out)
{
    const qsizetype open = m_pos++;
    const auto unterminated
        = [&] { return fail(Tr::tr("unterminated attribute selector at column %1").arg(column(open))); };
    const auto inside = [&]() { return Tr::tr("unexpected '%1' in attribute selector at column %2"); };
    skipWhitespace();
    if (atEnd())
        return unterminated();
    if (peek() == u'|' || (peek() == u'*' && peek(1) == u'|'))
        return fail(Tr::tr("namespaces are not supported at column %1").arg(column(m_pos)));
    if (!wouldStartIdentifier(m_pos))
        return fail(Tr::tr("expected an attribute name at column %1").arg(column(m_pos)));
    SimpleSelector attribute;
    attribute.kind = SimpleSelector::Kind::Attribute;
    const qsizetype nameStart = m_pos;
    attribute.name = consumeIdentifier().toUtf8();
    attribute.lowerName = asciiLower(attribute.name);
    attribute.htmlCaseInsensitiveValue = isHtmlCaseInsensitiveAttribute(attribute.lowerName);
    if (peek() == u'|' && peek(1) != u'=')
        return fail(Tr::tr("namespaces are not supported at column %1").arg(column(nameStart)));
    skipWhitespace();
    if (atEnd())
        return unterminated();
    if (peek() != u']') {
        const QChar c = peek();
        if (c == u'=') {
            attribute.op = AttributeOperator::Equals;
            ++m_pos;
        } else if (peek(1) == u'=' && QStringView(u"~|^$*").contains(c)) {
            attribute.op = c == u'~' ? AttributeOperator::Includes
                : c == u'|'          ? AttributeOperator::DashMatch
                : c == u'^'          ? AttributeOperator::Prefix
                : c == u'$'          ? AttributeOperator::Suffix
                                     : AttributeOperator::Substring;
            m_pos += 2;
        } else {
            return fail(inside().arg(c).arg(column(m_pos)));
        }
        skipWhitespace();
        if (atEnd())
            return unterminated();
        QString value;
        if (peek() == u'"' || peek() == u'\'') {
            if (!consumeString(value))
                return false;
        } else if (wouldStartIdentifier(m_pos)) {
            value = consumeIdentifier();
        } else {
            return fail(Tr::tr("expected an identifier or a quoted string as the attribute value at column %1")
                            .arg(column(m_pos)));
        }
        attribute.value = value.toUtf8();
        skipWhitespace();
        if (atEnd())
            return unterminated();
        if (wouldStartIdentifier(m_pos)) {
            const qsizetype flagPos = m_pos;
            const QString flag = consumeIdentifier();
            if (flag.compare(u"i", Qt::CaseInsensitive) == 0)
                attribute.caseRule = CaseRule::Insensitive;
            else if (flag.compare(u"s", Qt::CaseInsensitive) == 0)
                attribute.caseRule = CaseRule::Sensitive;
            else
                return fail(Tr::tr("unknown attribute selector flag '%1' at column %2").arg(flag).arg(column(flagPos)));
            skipWhitespace();
            if (atEnd())
                return unterminated();
        }
        if (peek() != u']')
            return fail(inside().arg(peek()).arg(column(m_pos)));
    }
    ++m_pos; // the ']'
    if (failed())
        return false;
    out.simples.push_back(std::move(attribute));
    return true;
}

} // namespace pav::selectors
