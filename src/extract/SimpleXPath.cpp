// SPDX-FileCopyrightText: 2026 Pavutyna contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "extract/SimpleXPath.h"

namespace pav::extract {

namespace {
// A cursor over the expression; every read either advances past what it accepted or leaves the cursor alone.
class Reader
{
public:
    explicit Reader(QStringView text)
        : m_text(text)
    {
    }
    bool atEnd() const { return m_at >= m_text.size(); }
    bool take(QStringView token)
    {
        if (!m_text.sliced(m_at).startsWith(token))
            return false;
        m_at += token.size();
        return true;
    }
    bool peek(QStringView token) const { return m_text.sliced(m_at).startsWith(token); }
    // A lower-case name: the names of the libxml2 view (Gumbo's) and of HTML attributes.
    QString name()
    {
        const qsizetype start = m_at;
        while (m_at < m_text.size()) {
            const QChar c = m_text[m_at];
            const bool first = m_at == start;
            if ((c >= u'a' && c <= u'z') || (!first && ((c >= u'0' && c <= u'9') || c == u'-' || c == u'_')))
                ++m_at;
            else
                break;
        }
        return m_text.sliced(start, m_at - start).toString();
    }
    // A quoted XPath literal (no escapes exist in XPath 1.0), as a CSS string.
    std::optional<QString> literal()
    {
        if (atEnd() || (m_text[m_at] != u'\'' && m_text[m_at] != u'"'))
            return std::nullopt;
        const QChar quote = m_text[m_at];
        const qsizetype close = m_text.indexOf(quote, m_at + 1);
        if (close < 0)
            return std::nullopt;
        const QString value = m_text.sliced(m_at + 1, close - m_at - 1).toString();
        m_at = close + 1;
        QString css = value;
        css.replace(u'\\', QStringLiteral("\\\\")).replace(u'"', QStringLiteral("\\\""));
        if (css.contains(u'\n') || css.contains(u'\r') || css.contains(u'\f'))
            return std::nullopt; // would need CSS escapes of their own; rare enough for libxml2
        return QLatin1Char('"') + css + QLatin1Char('"');
    }

private:
    QStringView m_text;
    qsizetype m_at = 0;
};

// One predicate, as a CSS attribute selector.
std::optional<QString> predicate(Reader& in)
{
    if (in.take(u"@")) {
        const QString attribute = in.name();
        if (attribute.isEmpty())
            return std::nullopt;
        if (in.take(u"]"))
            return QLatin1Char('[') + attribute + QLatin1Char(']');
        if (!in.take(u"="))
            return std::nullopt;
        std::optional<QString> value = in.literal();
        if (!value || !in.take(u"]"))
            return std::nullopt;
        return QLatin1Char('[') + attribute + QLatin1Char('=') + *value + QStringLiteral(" s]");
    }
    if (in.take(u"contains(@")) {
        const QString attribute = in.name();
        if (attribute.isEmpty() || !in.take(u","))
            return std::nullopt;
        std::optional<QString> value = in.literal();
        if (!value || !in.take(u")]"))
            return std::nullopt;
        // contains(@a, '') is true for every element with the attribute; CSS *="" matches nothing.
        if (*value == QLatin1String("\"\""))
            return QLatin1Char('[') + attribute + QLatin1Char(']');
        return QLatin1Char('[') + attribute + QStringLiteral("*=") + *value + QStringLiteral(" s]");
    }
    return std::nullopt;
}
} // namespace

std::optional<QString> cssForSimpleXPath(QStringView xpath)
{
    const QString trimmed = xpath.trimmed().toString();
    Reader in(trimmed);
    QString css;
    bool first = true;
    while (!in.atEnd()) {
        QString combinator;
        if (in.take(u"//"))
            combinator = first ? QString() : QStringLiteral(" ");
        else if (in.take(u"/"))
            combinator = first ? QString() : QStringLiteral(" > ");
        else
            return std::nullopt;
        const bool fromRoot = first && combinator.isEmpty() && !trimmed.startsWith(QLatin1String("//"));
        if (!first && in.take(u"text()")) {
            if (!in.atEnd() || combinator != QLatin1String(" > "))
                return std::nullopt;
            return css + QStringLiteral("::text");
        }
        if (!first && in.take(u"@")) {
            const QString attribute = in.name();
            if (attribute.isEmpty() || !in.atEnd() || combinator != QLatin1String(" > "))
                return std::nullopt;
            return css + QStringLiteral("::attr(") + attribute + QLatin1Char(')');
        }
        QString step = in.take(u"*") ? QStringLiteral("*") : in.name();
        if (step.isEmpty() || in.peek(u"(") || in.peek(u":"))
            return std::nullopt; // a function, an axis or a node test such as node()
        if (fromRoot)
            step += QStringLiteral(":root");
        while (in.take(u"[")) {
            std::optional<QString> attribute = predicate(in);
            if (!attribute)
                return std::nullopt;
            step += *attribute;
        }
        css += combinator + step;
        first = false;
    }
    if (css.isEmpty())
        return std::nullopt;
    return css;
}

} // namespace pav::extract
