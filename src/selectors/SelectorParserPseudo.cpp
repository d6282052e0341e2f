// SPDX-FileCopyrightText: 2026 Pavutyna contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Pseudo-classes, the an+b microsyntax and pseudo-elements: the part of SelectorParser behind ':'.
#include "selectors/SelectorParser.h"

#include <tuple>

#include <QCoreApplication>
#include <QHash>
#include <QSet>

#include "selectors/TextCase.h"

namespace pav::selectors {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(pav::selectors::SelectorParser)
};

const QHash<QString, PseudoClass>& plainPseudoClasses()
{
    static const QHash<QString, PseudoClass> names = {
        { "root", PseudoClass::Root },
        { "empty", PseudoClass::Empty },
        { "first-child", PseudoClass::FirstChild },
        { "last-child", PseudoClass::LastChild },
        { "only-child", PseudoClass::OnlyChild },
        { "first-of-type", PseudoClass::FirstOfType },
        { "last-of-type", PseudoClass::LastOfType },
        { "only-of-type", PseudoClass::OnlyOfType },
        { "link", PseudoClass::Link },
        { "any-link", PseudoClass::AnyLink },
        { "checked", PseudoClass::Checked },
        { "disabled", PseudoClass::Disabled },
        { "enabled", PseudoClass::Enabled },
    };
    return names;
}

const QHash<QString, PseudoClass>& functionalPseudoClasses()
{
    static const QHash<QString, PseudoClass> names = {
        { "not", PseudoClass::Not },
        { "is", PseudoClass::Is },
        { "where", PseudoClass::Where },
        { "has", PseudoClass::Has },
        { "nth-child", PseudoClass::NthChild },
        { "nth-last-child", PseudoClass::NthLastChild },
        { "nth-of-type", PseudoClass::NthOfType },
        { "nth-last-of-type", PseudoClass::NthLastOfType },
        { "lang", PseudoClass::Lang },
    };
    return names;
}

// Real pseudo-classes that a static page cannot answer (user actions, browsing history, media playback,
// form validation, shadow trees) or that this engine leaves out: rejected with "unsupported", not "unknown".
bool isUnsupportedPseudoClass(const QString& name)
{
    static const QSet<QString> names = {
        "hover",
        "active",
        "focus",
        "focus-within",
        "focus-visible",
        "visited",
        "target",
        "target-within",
        "local-link",
        "scope",
        "current",
        "past",
        "future",
        "playing",
        "paused",
        "seeking",
        "buffering",
        "stalled",
        "muted",
        "volume-locked",
        "user-valid",
        "user-invalid",
        "valid",
        "invalid",
        "required",
        "optional",
        "read-only",
        "read-write",
        "placeholder-shown",
        "default",
        "indeterminate",
        "in-range",
        "out-of-range",
        "autofill",
        "modal",
        "fullscreen",
        "picture-in-picture",
        "popover-open",
        "open",
        "closed",
        "defined",
        "blank",
        "host",
        "host-context",
        "dir",
        "nth-col",
        "nth-last-col",
        "state",
        "matches",
        "any",
        "-webkit-any",
        "-moz-any",
        "contains",
    };
    return names.contains(name);
}

bool isUnsupportedPseudoElement(const QString& name)
{
    static const QSet<QString> names = {
        "before",
        "after",
        "first-line",
        "first-letter",
        "marker",
        "placeholder",
        "selection",
        "backdrop",
        "file-selector-button",
        "cue",
        "part",
        "slotted",
        "highlight",
        "spelling-error",
        "grammar-error",
        "target-text",
        "details-content",
    };
    return names.contains(name);
}

bool isDigit(QChar c) { return c.unicode() >= '0' && c.unicode() <= '9'; }
} // namespace

bool SelectorParser::parsePseudoClass(CompoundSelector& out)
{
    const qsizetype colon = m_pos++;
    if (!wouldStartIdentifier(m_pos))
        return fail(Tr::tr("expected an identifier after ':' at column %1").arg(column(colon)));
    const QString name = asciiLowerText(consumeIdentifier());
    const bool functional = peek() == u'(';
    SimpleSelector simple;
    simple.kind = SimpleSelector::Kind::Pseudo;
    if (const auto plain = plainPseudoClasses().constFind(name); plain != plainPseudoClasses().cend()) {
        if (functional)
            return fail(Tr::tr("pseudo-class :%1 takes no argument at column %2").arg(name).arg(column(colon)));
        simple.pseudo = *plain;
    } else if (const auto function = functionalPseudoClasses().constFind(name);
               function != functionalPseudoClasses().cend()) {
        if (!functional)
            return fail(Tr::tr("pseudo-class :%1 needs an argument at column %2").arg(name).arg(column(colon)));
        simple.pseudo = *function;
        if (!parseFunctionalPseudoClass(simple, name, colon))
            return false;
    } else if (isUnsupportedPseudoElement(name)) {
        return fail(Tr::tr("unsupported pseudo-element ::%1 at column %2").arg(name).arg(column(colon)));
    } else if (isUnsupportedPseudoClass(name)) {
        return fail(Tr::tr("unsupported pseudo-class :%1 at column %2").arg(name).arg(column(colon)));
    } else {
        return fail(Tr::tr("unknown pseudo-class :%1 at column %2").arg(name).arg(column(colon)));
    }
    out.simples.push_back(std::move(simple));
    return true;
}

bool SelectorParser::parseFunctionalPseudoClass(SimpleSelector& out, const QString& name, qsizetype colon)
{
    if (m_depth >= MaxNesting)
        return fail(
            Tr::tr("selector nests pseudo-classes more than %1 deep at column %2").arg(MaxNesting).arg(column(colon)));
    ++m_pos; // the '('
    switch (out.pseudo) {
    case PseudoClass::Not:
    case PseudoClass::Is:
    case PseudoClass::Where:
        return parseNestedList(out, Mode::Nested, name, colon);
    case PseudoClass::Has:
        if (m_inHas)
            return fail(Tr::tr(":has() cannot be nested at column %1").arg(column(colon)));
        return parseNestedList(out, Mode::Relative, name, colon);
    case PseudoClass::NthChild:
    case PseudoClass::NthLastChild:
        return parseNth(out, true, name, colon);
    case PseudoClass::NthOfType:
    case PseudoClass::NthLastOfType:
        return parseNth(out, false, name, colon);
    case PseudoClass::Lang:
        return parseLanguages(out, name, colon);
    default:
        return fail(Tr::tr("pseudo-class :%1 takes no argument at column %2").arg(name).arg(column(colon)));
    }
}

bool SelectorParser::closeFunction(const QString& name, qsizetype colon)
{
    if (failed())
        return false;
    if (peek() != u')')
        return fail(Tr::tr("unterminated :%1() at column %2").arg(name).arg(column(colon)));
    ++m_pos;
    return true;
}

bool SelectorParser::parseNestedList(SimpleSelector& out, Mode mode, const QString& name, qsizetype colon)
{
    const QString enclosing = std::exchange(m_enclosing, name);
    const bool inHas = m_inHas;
    m_inHas = m_inHas || mode == Mode::Relative;
    ++m_depth;
    const bool parsed = parseList(mode, out.selectors);
    --m_depth;
    m_inHas = inHas;
    m_enclosing = enclosing;
    if (!parsed)
        return false;
    if (out.selectors.empty() && !atEnd())
        return fail(Tr::tr("pseudo-class :%1 needs an argument at column %2").arg(name).arg(column(colon)));
    return closeFunction(name, colon);
}

bool SelectorParser::parseNth(SimpleSelector& out, bool allowOf, const QString& name, qsizetype colon)
{
    skipWhitespace();
    const qsizetype argument = m_pos;
    const auto invalid = [&] { return fail(Tr::tr("invalid an+b expression at column %1").arg(column(argument))); };
    if (atEnd())
        return closeFunction(name, colon);
    if (peek() == u')')
        return fail(Tr::tr("pseudo-class :%1 needs an argument at column %2").arg(name).arg(column(colon)));
    if (!parseAnPlusB(out.nth))
        return failed() ? false : invalid();
    const bool sawWhitespace = skipWhitespace();
    if (allowOf && sawWhitespace && startsWithIgnoringCase(u"of") && !isNameCharAt(2)) {
        const qsizetype of = m_pos;
        m_pos += 2;
        const QString enclosing = std::exchange(m_enclosing, name);
        ++m_depth;
        const bool parsed = parseList(Mode::Nested, out.selectors);
        --m_depth;
        m_enclosing = enclosing;
        if (!parsed)
            return false;
        if (out.selectors.empty())
            return fail(Tr::tr("expected a selector after 'of' at column %1").arg(column(of)));
    } else if (!atEnd() && peek() != u')') {
        return invalid();
    }
    return closeFunction(name, colon);
}

// The an+b microsyntax read character by character, with the token rules of CSS Syntax: whitespace may
// surround the sign before b ("2n + 1", "2n- 1") but not follow a sign that belongs to a or n ("+ n", "- 2n").
bool SelectorParser::parseAnPlusB(AnPlusB& out)
{
    static constexpr qint64 Limit = 1'000'000'000; // saturates, as CSS clamps huge integers
    const auto readDigits = [this](qint64& value) {
        if (!isDigit(peek()))
            return false;
        value = 0;
        while (isDigit(peek()))
            value = std::min(Limit, value * 10 + (m_text[m_pos++].unicode() - '0'));
        return true;
    };
    for (const auto& [word, a, b] : { std::tuple { u"odd", 2, 1 }, std::tuple { u"even", 2, 0 } }) {
        const qsizetype length = QStringView(word).size();
        if (startsWithIgnoringCase(word) && !isNameCharAt(length)) {
            m_pos += length;
            out = { a, b };
            return true;
        }
    }
    int sign = 1;
    if (peek() == u'+' || peek() == u'-')
        sign = m_text[m_pos++] == u'-' ? -1 : 1;
    qint64 digits = 0;
    const bool hasDigits = readDigits(digits);
    if (peek() != u'n' && peek() != u'N') {
        if (!hasDigits || isNameCharAt(0))
            return false;
        out = { 0, int(sign * digits) };
        return true;
    }
    ++m_pos;
    out.a = int(sign * (hasDigits ? digits : 1));
    out.b = 0;
    if (isNameCharAt(0) && peek() != u'-')
        return false; // "nx", "n2"
    const qsizetype afterN = m_pos;
    skipWhitespace();
    if (peek() == u'+' || peek() == u'-') {
        const int bSign = m_text[m_pos++] == u'-' ? -1 : 1;
        skipWhitespace();
        qint64 b = 0;
        if (!readDigits(b) || isNameCharAt(0))
            return false;
        out.b = int(bSign * b);
        return true;
    }
    if (isDigit(peek()))
        return false; // "2n 1"
    m_pos = afterN; // leave the whitespace for "of"
    return !failed();
}

bool SelectorParser::parseLanguages(SimpleSelector& out, const QString& name, qsizetype colon)
{
    for (;;) {
        skipWhitespace();
        if (atEnd() || failed())
            return closeFunction(name, colon);
        QString language;
        if (peek() == u'"' || peek() == u'\'') {
            if (!consumeString(language))
                return false;
        } else if (wouldStartIdentifier(m_pos)) {
            language = consumeIdentifier();
        } else if (peek() == u')' && out.languages.isEmpty()) {
            return fail(Tr::tr("pseudo-class :%1 needs an argument at column %2").arg(name).arg(column(colon)));
        } else {
            return fail(Tr::tr("expected a language at column %1").arg(column(m_pos)));
        }
        out.languages.append(asciiLower(language.toUtf8()));
        skipWhitespace();
        if (peek() != u',')
            return closeFunction(name, colon);
        ++m_pos;
    }
}

bool SelectorParser::parsePseudoElement(Mode mode, ComplexSelector& owner)
{
    const qsizetype start = m_pos;
    m_pos += 2;
    if (!wouldStartIdentifier(m_pos))
        return fail(Tr::tr("expected an identifier after '::' at column %1").arg(column(start)));
    const QString name = asciiLowerText(consumeIdentifier());
    if (name == u"text" || name == u"attr") {
        if (mode != Mode::TopLevel)
            return fail(Tr::tr("pseudo-elements are not allowed inside :%1() at column %2")
                            .arg(m_enclosing)
                            .arg(column(start)));
    } else if (isUnsupportedPseudoElement(name)) {
        return fail(Tr::tr("unsupported pseudo-element ::%1 at column %2").arg(name).arg(column(start)));
    } else {
        return fail(Tr::tr("unknown pseudo-element ::%1 at column %2").arg(name).arg(column(start)));
    }
    if (name == u"text") {
        if (peek() == u'(')
            return fail(Tr::tr("pseudo-element ::text takes no argument at column %1").arg(column(start)));
        owner.pseudoElement = PseudoElement::Text;
    } else {
        if (peek() != u'(')
            return fail(Tr::tr("pseudo-element ::attr needs an attribute name at column %1").arg(column(start)));
        ++m_pos;
        skipWhitespace();
        QString attribute;
        const qsizetype namePos = m_pos;
        if (peek() == u'"' || peek() == u'\'') {
            if (!consumeString(attribute))
                return false;
        } else if (wouldStartIdentifier(m_pos)) {
            attribute = consumeIdentifier();
        }
        if (failed())
            return false;
        if (attribute.isEmpty()) {
            if (atEnd())
                return fail(Tr::tr("unterminated ::attr() at column %1").arg(column(start)));
            return fail(Tr::tr("pseudo-element ::attr needs an attribute name at column %1").arg(column(namePos)));
        }
        skipWhitespace();
        if (atEnd())
            return fail(Tr::tr("unterminated ::attr() at column %1").arg(column(start)));
        if (peek() != u')')
            return fail(Tr::tr("unexpected '%1' at column %2").arg(peek()).arg(column(m_pos)));
        ++m_pos;
        owner.pseudoElement = PseudoElement::Attribute;
        owner.attributeName = attribute.toUtf8();
    }
    m_pseudoElementPos = start;
    const qsizetype end = m_pos;
    skipWhitespace();
    if (failed())
        return false;
    if (!atEnd() && peek() != u',')
        return fail(
            Tr::tr("pseudo-element ::%1 must be at the end of the selector at column %2").arg(name).arg(column(start)));
    m_pos = end;
    return true;
}

} // namespace pav::selectors
