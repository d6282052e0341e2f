// SPDX-FileCopyrightText: 2026 Pavutyna contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "xpath/XPathCheck.h"

#include <vector>

#include <QCoreApplication>

namespace pav::xpath {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(pav::xpath::XPathExpression)
};

struct Arity
{
    const char16_t* name;
    int min;
    int max; // -1: any number
};

// XPath 1.0's core function library, which is all the context registers.
constexpr Arity CoreFunctions[] = {
    {u"last", 0, 0},
    {u"position", 0, 0},
    {u"count", 1, 1},
    {u"id", 1, 1},
    {u"local-name", 0, 1},
    {u"namespace-uri", 0, 1},
    {u"name", 0, 1},
    {u"string", 0, 1},
    {u"concat", 2, -1},
    {u"starts-with", 2, 2},
    {u"contains", 2, 2},
    {u"substring-before", 2, 2},
    {u"substring-after", 2, 2},
    {u"substring", 2, 3},
    {u"string-length", 0, 1},
    {u"normalize-space", 0, 1},
    {u"translate", 3, 3},
    {u"boolean", 1, 1},
    {u"not", 1, 1},
    {u"true", 0, 0},
    {u"false", 0, 0},
    {u"lang", 1, 1},
    {u"number", 0, 1},
    {u"sum", 1, 1},
    {u"floor", 1, 1},
    {u"ceiling", 1, 1},
    {u"round", 1, 1},
};

const Arity* findFunction(QStringView name)
{
    for (const Arity& function : CoreFunctions) {
        if (name == QStringView(function.name))
            return &function;
    }
    return nullptr;
}

bool isNodeType(QStringView name)
{
    return name == u"node" || name == u"text" || name == u"comment" || name == u"processing-instruction";
}

bool isKnownPrefix(QStringView prefix) { return prefix == u"xml" || prefix == u"xlink"; }

bool isNameStart(QChar c) { return c.isLetter() || c == u'_' || c.unicode() >= 0x80; }

bool isNameChar(QChar c) { return isNameStart(c) || c.isDigit() || c == u'-' || c == u'.'; }

struct Frame
{
    const Arity* function = nullptr; // null for a parenthesis, a node type's () or a predicate
    qsizetype column = 0;
    int commas = 0;
    bool hasContent = false;
};

class Scanner
{
public:
    explicit Scanner(QStringView text)
        : m_text(text)
    { }

    std::optional<CheckFailure> run()
    {
        while (true) {
            skipSpace();
            if (m_pos >= m_text.size())
                return std::nullopt;
            const QChar c = m_text[m_pos];
            if (c == u')' || c == u']') {
                if (auto failure = closeFrame())
                    return failure;
                ++m_pos;
                m_nameAllowed = false;
                continue;
            }
            if (c == u',') {
                if (!m_frames.empty())
                    ++m_frames.back().commas;
                ++m_pos;
                m_nameAllowed = true;
                continue;
            }
            if (!m_frames.empty())
                m_frames.back().hasContent = true;
            if (auto failure = token(c))
                return failure;
        }
    }

private:
    std::optional<CheckFailure> token(QChar c)
    {
        if (c == u'\'' || c == u'"') {
            const qsizetype end = m_text.indexOf(c, m_pos + 1);
            m_pos = end < 0 ? m_text.size() : end + 1;
            m_nameAllowed = false;
        } else if (c.isDigit() || (c == u'.' && peek(1).isDigit())) {
            while (m_pos < m_text.size() && (m_text[m_pos].isDigit() || m_text[m_pos] == u'.'))
                ++m_pos;
            m_nameAllowed = false;
        } else if (c == u'.') {
            m_pos += peek(1) == u'.' ? 2 : 1;
            m_nameAllowed = false;
        } else if (c == u'(' || c == u'[') {
            m_frames.push_back(Frame {});
            ++m_pos;
            m_nameAllowed = true;
        } else if (c == u'*') {
            ++m_pos;
            m_nameAllowed = !m_nameAllowed; // a name test after an operator, else the multiply operator
        } else if (c == u'$') {
            const qsizetype start = m_pos++;
            readName();
            return CheckFailure {
                Tr::tr("undefined variable %1 (variables are not supported)").arg(m_text.sliced(start, m_pos - start)),
                start + 1};
        } else if (isNameStart(c)) {
            return name();
        } else {
            // Operators and separators: @ :: / // | + - = != < <= > >=; after each of them a name is a name test.
            const QChar next = peek(1);
            m_pos += (c == u':' && next == u':') || (c == u'/' && next == u'/') || next == u'=' ? 2 : 1;
            m_nameAllowed = true;
        }
        return std::nullopt;
    }

    std::optional<CheckFailure> name()
    {
        const qsizetype start = m_pos;
        QStringView first = readName();
        if (!m_nameAllowed) { // and, or, div, mod
            m_nameAllowed = true;
            return std::nullopt;
        }
        QStringView prefix;
        QStringView local = first;
        if (peek(0) == u':' && peek(1) != u':') {
            prefix = first;
            ++m_pos;
            if (peek(0) == u'*')
                ++m_pos;
            else
                local = readName();
        }
        m_nameAllowed = false;
        const qsizetype afterName = m_pos;
        skipSpace();
        const bool call = peek(0) == u'(';
        m_pos = afterName;
        if (!prefix.isEmpty() && !isKnownPrefix(prefix))
            return CheckFailure {Tr::tr("undefined namespace prefix \"%1\"").arg(prefix), start + 1};
        if (!call)
            return std::nullopt; // a name test or an axis name
        if (prefix.isEmpty() && isNodeType(local))
            return std::nullopt; // its "(" opens an ordinary frame
        const Arity* function = prefix.isEmpty() ? findFunction(local) : nullptr;
        if (!function)
            return CheckFailure {
                Tr::tr("unknown function %1()").arg(m_text.sliced(start, afterName - start)), start + 1};
        skipSpace();
        ++m_pos; // "("
        m_frames.push_back(Frame {function, start + 1});
        m_nameAllowed = true;
        return std::nullopt;
    }

    std::optional<CheckFailure> closeFrame()
    {
        if (m_frames.empty())
            return std::nullopt; // libxml2 accepted it, so this cannot happen; nothing to check
        const Frame frame = m_frames.back();
        m_frames.pop_back();
        if (!frame.function)
            return std::nullopt;
        const int count = frame.hasContent ? frame.commas + 1 : 0;
        if (count < frame.function->min || (frame.function->max >= 0 && count > frame.function->max)) {
            return CheckFailure {
                Tr::tr("wrong number of arguments for %1(): %2").arg(QStringView(frame.function->name)).arg(count),
                frame.column};
        }
        return std::nullopt;
    }

    QStringView readName()
    {
        const qsizetype start = m_pos;
        while (m_pos < m_text.size() && isNameChar(m_text[m_pos]))
            ++m_pos;
        return m_text.sliced(start, m_pos - start);
    }

    void skipSpace()
    {
        while (m_pos < m_text.size()
            && (m_text[m_pos] == u' ' || m_text[m_pos] == u'\t' || m_text[m_pos] == u'\n' || m_text[m_pos] == u'\r'))
            ++m_pos;
    }

    QChar peek(qsizetype ahead) const { return m_pos + ahead < m_text.size() ? m_text[m_pos + ahead] : QChar(); }

    QStringView m_text;
    qsizetype m_pos = 0;
    bool m_nameAllowed = true; // XPath 1.0 §3.7: no preceding token, or one of @ :: ( [ , or an operator
    std::vector<Frame> m_frames;
};
} // namespace

std::optional<CheckFailure> checkShape(QStringView text)
{
    if (text.trimmed().isEmpty())
        return CheckFailure {Tr::tr("the expression is empty"), 0};
    if (text.size() > MaxExpressionLength)
        return CheckFailure {Tr::tr("the expression is longer than %1 characters").arg(MaxExpressionLength), 0};
    int depth = 0;
    QChar quote;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (c.isNull())
            return CheckFailure {Tr::tr("a NUL character"), i + 1};
        if (!quote.isNull()) {
            if (c == quote)
                quote = QChar();
        } else if (c == u'\'' || c == u'"') {
            quote = c;
        } else if (c == u'(' || c == u'[') {
            if (++depth > MaxExpressionNesting)
                return CheckFailure {Tr::tr("brackets nest more than %1 deep").arg(MaxExpressionNesting), i + 1};
        } else if (c == u')' || c == u']') {
            --depth;
        }
    }
    return std::nullopt;
}

qsizetype unterminatedLiteral(QStringView text)
{
    QChar quote;
    qsizetype start = -1;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (quote.isNull() && (text[i] == u'\'' || text[i] == u'"')) {
            quote = text[i];
            start = i;
        } else if (text[i] == quote) {
            quote = QChar();
        }
    }
    return quote.isNull() ? -1 : start;
}

std::optional<CheckFailure> checkNames(QStringView text) { return Scanner(text).run(); }

} // namespace pav::xpath
