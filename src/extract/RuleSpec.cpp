// SPDX-FileCopyrightText: 2026 Pavutyna contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "extract/RuleSpec.h"

#include <QCoreApplication>
#include <QStringList>

namespace pav::extract {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(pav::extract::RuleSpec)
};

Error specError(const QString& message)
{
    return Error{ErrorKind::InvalidArgument, message};
}

struct SpecParts
{
    QString name;
    QStringList options;
    QString expression;
};

// NAME, the bracketed options (escapes resolved) and what follows the '='.
Result<SpecParts> splitSpec(QStringView spec)
{
    SpecParts parts;
    qsizetype at = 0;
    while (at < spec.size() && spec[at] != u'=' && spec[at] != u'[')
        ++at;
    parts.name = spec.first(at).trimmed().toString();
    if (parts.name.isEmpty())
        return specError(Tr::tr("expected NAME=EXPRESSION, the rule has no name"));
    if (at < spec.size() && spec[at] == u'[') {
        // Brackets and parentheses inside an option nest (a filter's `[.,]` or `(\d+,\d+)`), so only a comma
        // or ']' outside them ends an option; a backslash keeps the next character as it is, `\,` being a comma.
        QString option;
        QString open; // the closers due, innermost last
        bool closed = false;
        for (++at; at < spec.size(); ++at) {
            const QChar c = spec[at];
            if (c == u'\\' && at + 1 < spec.size()) {
                if (spec[at + 1] != u',')
                    option += c;
                option += spec[++at];
            } else if (open.isEmpty() && c == u',') {
                parts.options.append(option);
                option.clear();
            } else if (open.isEmpty() && c == u']') {
                parts.options.append(option);
                closed = true;
                ++at;
                break;
            } else {
                if (c == u'[' || c == u'(')
                    open += c == u'[' ? u']' : u')';
                else if (!open.isEmpty() && c == open.back())
                    open.chop(1);
                option += c;
            }
        }
        if (!closed && !open.isEmpty())
            return specError(Tr::tr("the options of rule \"%1\" have no closing ']' (a '(' or '[' in them is not "
                                    "closed)").arg(parts.name));
        if (!closed)
            return specError(Tr::tr("the options of rule \"%1\" have no closing ']'").arg(parts.name));
    }
    if (at >= spec.size() || spec[at] != u'=')
        return specError(Tr::tr("expected '=' and an expression after the rule name \"%1\"").arg(parts.name));
    parts.expression = spec.sliced(at + 1).toString();
    return parts;
}

bool takePrefix(QString& expression, QLatin1String prefix)
{
    if (!expression.startsWith(prefix))
        return false;
    expression.remove(0, prefix.size());
    return true;
}
} // namespace

Result<Rule> parseRuleSpec(QStringView spec)
{
    Result<SpecParts> parts = splitSpec(spec);
    if (!parts)
        return parts.error();
    Rule rule;
    rule.name = parts->name;
    rule.expression = parts->expression;
    if (takePrefix(rule.expression, QLatin1String("xpath:")))
        rule.kind = RuleKind::XPath;
    else if (takePrefix(rule.expression, QLatin1String("re:")) || takePrefix(rule.expression, QLatin1String("regex:")))
        rule.kind = RuleKind::Regex;
    else if (takePrefix(rule.expression, QLatin1String("jsonld:")))
        rule.kind = RuleKind::JsonLd;
    else
        takePrefix(rule.expression, QLatin1String("css:"));
    for (const QString& written : parts->options) {
        const qsizetype equals = written.indexOf(u'=');
        // Keys and flags may be padded; values are kept as written (a separator may be " | ").
        const QString option = equals < 0 ? written.trimmed() : written;
        const QString key = equals < 0 ? option : option.first(equals).trimmed();
        const QString value = equals < 0 ? QString() : option.sliced(equals + 1);
        const bool valued = equals >= 0;
        if (!valued && key == QLatin1String("first"))
            rule.matches = Matches::First;
        else if (!valued && key == QLatin1String("all"))
            rule.matches = Matches::All;
        else if (!valued && key == QLatin1String("json"))
            rule.matches = Matches::JsonArray;
        else if (!valued && key == QLatin1String("text"))
            rule.take = Take::Text;
        else if (!valued && key == QLatin1String("html"))
            rule.take = Take::InnerHtml;
        else if (!valued && key == QLatin1String("outer"))
            rule.take = Take::OuterHtml;
        else if (!valued && key == QLatin1String("count"))
            rule.take = Take::Count;
        else if (valued && key == QLatin1String("attr") && !value.trimmed().isEmpty()) {
            rule.take = Take::Attribute;
            rule.attribute = value.trimmed();
        } else if (valued && key == QLatin1String("sep"))
            rule.separator = value;
        else if (valued && key == QLatin1String("filter"))
            rule.filter = value;
        else
            return specError(Tr::tr("unknown option \"%1\" in rule \"%2\" (first, all, json, text, html, outer, "
                                    "count, attr=NAME, sep=TEXT, filter=REGEX)")
                                 .arg(option, rule.name));
    }
    return rule;
}

Result<Rule> parseSearchSpec(QStringView spec, RuleKind kind)
{
    Result<SpecParts> parts = splitSpec(spec);
    if (!parts)
        return parts.error();
    Rule rule;
    rule.name = parts->name;
    rule.kind = kind;
    rule.expression = parts->expression;
    // A regex search keeps the "re:" in its expression: RuleSet tells literal text from a pattern by it.
    for (const QString& written : parts->options) {
        const QString option = written.trimmed();
        if (option == QLatin1String("text"))
            rule.searchText = true;
        else if (option == QLatin1String("i"))
            rule.ignoreCase = true;
        else
            return specError(Tr::tr("unknown option \"%1\" in search \"%2\" (text, i)").arg(option, rule.name));
    }
    return rule;
}

} // namespace pav::extract
