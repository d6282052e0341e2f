// SPDX-FileCopyrightText: 2026 Pavutyna contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "jsonld/JsonPathParser.h"

#include <QCoreApplication>

#include "jsonld/JsonPathGrammar.h"

namespace pav::jsonld::detail {

// Declared here, not shared from a header: lupdate names the context only from a declaration it sees in this file.
namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(pav::jsonld::JsonPath)
};
} // namespace

Result<Path> Parser::parse()
{
    skipSpace();
    if (atEnd())
        return Error {ErrorKind::InvalidArgument, Tr::tr("the path is empty")};
    Path path;
    if (peek() == u'$') {
        ++m_pos;
    } else if (!endsName(peek())) {
        // `offers.price` is `$.offers.price`.
        path.steps.push_back(Step {false, {nameSelector(readName())}});
    }
    if (!steps(path.steps))
        return *m_error;
    skipSpace();
    if (!atEnd())
        return unexpected();
    return path;
}

bool Parser::steps(std::vector<Step>& out)
{
    while (!atEnd()) {
        if (peek() == u'.') {
            Step step;
            step.descendant = peek(1) == u'.';
            m_pos += step.descendant ? 2 : 1;
            if (step.descendant && peek() == u'[') {
                if (!bracket(step))
                    return false;
            } else if (peek() == u'*') {
                ++m_pos;
                step.selectors.push_back(Selector {Selector::Kind::Wildcard});
            } else if (!atEnd() && !endsName(peek())) {
                step.selectors.push_back(nameSelector(readName()));
            } else {
                return fail(step.descendant ? Tr::tr("expected a name after '..' at column %1")
                                            : Tr::tr("expected a name after '.' at column %1"));
            }
            out.push_back(std::move(step));
        } else if (peek() == u'[') {
            Step step;
            if (!bracket(step))
                return false;
            out.push_back(std::move(step));
        } else {
            return true;
        }
    }
    return true;
}

bool Parser::bracket(Step& step)
{
    ++m_pos; // [
    skipSpace();
    if (peek() == u'*') {
        ++m_pos;
        step.selectors.push_back(Selector {Selector::Kind::Wildcard});
    } else if (peek() == u'?') {
        ++m_pos;
        skipSpace();
        if (!expect(u'('))
            return false;
        if (++m_depth > MaxFilterNesting)
            return fail(Tr::tr("filters nest too deeply at column %1"));
        std::unique_ptr<Filter> filter = disjunction();
        --m_depth;
        if (!filter)
            return false;
        skipSpace();
        if (!expect(u')'))
            return false;
        Selector selector {Selector::Kind::Filter};
        selector.filter = std::shared_ptr<const Filter>(std::move(filter));
        step.selectors.push_back(std::move(selector));
    } else {
        while (true) {
            skipSpace();
            if (!unionItem(step))
                return false;
            skipSpace();
            if (peek() != u',')
                break;
            ++m_pos;
        }
    }
    skipSpace();
    return expect(u']');
}

bool Parser::unionItem(Step& step)
{
    const QChar c = peek();
    if (c == u'\'' || c == u'"') {
        QString name;
        if (!quoted(name))
            return false;
        step.selectors.push_back(nameSelector(name));
        return true;
    }
    if (c != u'-' && c != u':' && !c.isDigit())
        return fail(Tr::tr("expected a name, an index, '*' or a filter at column %1"));
    Selector selector {Selector::Kind::Index};
    std::optional<qint64> first;
    if (c != u':' && !integer(first))
        return false;
    skipSpace();
    if (peek() != u':') {
        selector.index = *first;
        step.selectors.push_back(selector);
        return true;
    }
    selector.kind = Selector::Kind::Slice;
    selector.start = first;
    ++m_pos;
    skipSpace();
    if (peek() == u'-' || peek().isDigit()) {
        if (!integer(selector.end))
            return false;
        skipSpace();
    }
    if (peek() == u':') {
        ++m_pos;
        skipSpace();
        if (peek() == u'-' || peek().isDigit()) {
            const qsizetype stepAt = m_pos;
            std::optional<qint64> sliceStep;
            if (!integer(sliceStep))
                return false;
            if (*sliceStep == 0) {
                m_pos = stepAt;
                return fail(Tr::tr("a slice step cannot be 0 at column %1"));
            }
            selector.step = *sliceStep;
        }
    }
    step.selectors.push_back(selector);
    return true;
}

bool Parser::integer(std::optional<qint64>& out)
{
    const qsizetype start = m_pos;
    if (peek() == u'-')
        ++m_pos;
    while (peek().isDigit())
        ++m_pos;
    bool ok = false;
    const qint64 value = m_text.sliced(start, m_pos - start).toLongLong(&ok);
    if (!ok) {
        m_pos = start;
        return fail(Tr::tr("expected a whole number at column %1"));
    }
    out = value;
    return true;
}

bool Parser::quoted(QString& out)
{
    const QChar quote = peek();
    const qsizetype start = m_pos++;
    while (!atEnd() && peek() != quote) {
        QChar c = m_text[m_pos++];
        if (c == u'\\' && !atEnd()) {
            c = m_text[m_pos++];
            if (c == u'n')
                c = u'\n';
            else if (c == u't')
                c = u'\t';
            else if (c == u'r')
                c = u'\r';
            else if (c == u'u' && m_pos + 4 <= m_text.size()) {
                bool ok = false;
                const ushort code = m_text.sliced(m_pos, 4).toUShort(&ok, 16);
                if (ok) {
                    c = QChar(code);
                    m_pos += 4;
                }
            }
        }
        out += c;
    }
    if (atEnd()) {
        m_pos = start;
        return fail(Tr::tr("unterminated string at column %1"));
    }
    ++m_pos;
    return true;
}

Selector Parser::nameSelector(const QString& name) const
{
    Selector selector {Selector::Kind::Name};
    selector.name = name;
    return selector;
}

QString Parser::readName()
{
    const qsizetype start = m_pos;
    while (!atEnd() && !endsName(peek()))
        ++m_pos;
    return m_text.sliced(start, m_pos - start).toString();
}

bool Parser::expect(QChar c)
{
    if (peek() == c) {
        ++m_pos;
        return true;
    }
    return fail(Tr::tr("expected '%1' at column %2").arg(c).arg(m_pos + 1), false);
}

Error Parser::unexpected()
{
    fail(Tr::tr("unexpected '%1' at column %2").arg(peek()).arg(m_pos + 1), false);
    return *m_error;
}

// `message` has %1 for the column unless `withColumn` is false (then it is complete).

bool Parser::fail(const QString& message, bool withColumn)
{
    if (!m_error)
        m_error = Error {ErrorKind::InvalidArgument, withColumn ? message.arg(m_pos + 1) : message};
    return false;
}

std::unique_ptr<Filter> Parser::failFilter(const QString& message)
{
    fail(message);
    return nullptr;
}

void Parser::skipSpace()
{
    while (!atEnd() && isPathSpace(peek()))
        ++m_pos;
}

Result<Path> parseJsonPath(QStringView text) { return Parser(text).parse(); }

} // namespace pav::jsonld::detail
