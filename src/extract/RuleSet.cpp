// SPDX-FileCopyrightText: 2026 Pavutyna contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "extract/RuleSet.h"

#include <QCoreApplication>
#include <QSet>

#include "extract/CompiledRules.h"
#include "extract/SimpleXPath.h"

namespace pav::extract {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(pav::extract::RuleSet)
};

constexpr qsizetype MaxNameLength = 100;

// Compiled now, on the thread that checks the rules: matching is then read-only and can be shared by threads.
Result<QRegularExpression> compilePattern(const QString& text, bool ignoreCase)
{
    QRegularExpression::PatternOptions options = QRegularExpression::UseUnicodePropertiesOption;
    if (ignoreCase)
        options |= QRegularExpression::CaseInsensitiveOption;
    QRegularExpression pattern(text, options);
    if (!pattern.isValid())
        return Error{ErrorKind::InvalidArgument, Tr::tr("%1 at column %2")
                                                     .arg(pattern.errorString())
                                                     .arg(pattern.patternErrorOffset() + 1)};
    pattern.optimize();
    return pattern;
}

Result<void> compileExpression(CompiledRule& compiled)
{
    const Rule& rule = compiled.rule;
    switch (rule.kind) {
    case RuleKind::Css: {
        Result<selectors::SelectorList> selector = selectors::SelectorList::parse(rule.expression);
        if (!selector)
            return selector.error();
        compiled.selector = std::move(*selector);
        return {};
    }
    case RuleKind::XPath: {
        Result<xpath::XPathExpression> expression = xpath::XPathExpression::compile(rule.expression);
        if (!expression)
            return expression.error();
        compiled.xpath = std::move(*expression);
        // Simple paths run as CSS on Gumbo's own tree: no libxml2 copy of the page to build for them.
        if (std::optional<QString> css = cssForSimpleXPath(rule.expression)) {
            if (Result<selectors::SelectorList> selector = selectors::SelectorList::parse(*css))
                compiled.selector = std::move(*selector);
        }
        return {};
    }
    case RuleKind::JsonLd: {
        Result<jsonld::JsonPath> path = jsonld::JsonPath::compile(rule.expression);
        if (!path)
            return path.error();
        compiled.jsonPath = std::move(*path);
        return {};
    }
    case RuleKind::Regex: {
        Result<QRegularExpression> pattern = compilePattern(rule.expression, false);
        if (!pattern)
            return pattern.error();
        compiled.pattern = std::move(*pattern);
        return {};
    }
    case RuleKind::Contains:
    case RuleKind::NotContains: {
        if (rule.expression.startsWith(QLatin1String("re:"))) {
            Result<QRegularExpression> pattern = compilePattern(rule.expression.sliced(3), rule.ignoreCase);
            if (!pattern)
                return pattern.error();
            compiled.pattern = std::move(*pattern);
        } else if (rule.ignoreCase) {
            compiled.literalText = rule.expression;
        } else {
            compiled.literal = rule.expression.toUtf8();
        }
        return {};
    }
    }
    return {};
}

Error ruleError(const QString& name, const QString& reason)
{
    return Error{ErrorKind::InvalidArgument, Tr::tr("rule \"%1\": %2").arg(name, reason)};
}

bool hasControlCharacter(const QString& text)
{
    return std::any_of(text.begin(), text.end(), [](QChar c) { return c.category() == QChar::Other_Control; });
}
} // namespace

RuleSet::RuleSet()
    : m_compiled(std::make_shared<CompiledRules>())
{
}

const QList<Rule>& RuleSet::rules() const
{
    return m_compiled->rules;
}

Result<RuleSet> RuleSet::compile(const QList<Rule>& rules, const QStringList& reservedNames)
{
    auto compiled = std::make_shared<CompiledRules>();
    QSet<QString> reserved;
    for (const QString& name : reservedNames)
        reserved.insert(name.toCaseFolded());
    QSet<QString> seen;
    for (const Rule& rule : rules) {
        const QString name = rule.name.trimmed();
        if (name.isEmpty())
            return Error{ErrorKind::InvalidArgument, Tr::tr("an extraction rule has no name")};
        if (name.size() > MaxNameLength || hasControlCharacter(name))
            return ruleError(name.left(MaxNameLength),
                             Tr::tr("a name must be at most %1 characters, with no control characters")
                                 .arg(MaxNameLength));
        const QString folded = name.toCaseFolded();
        if (reserved.contains(folded))
            return ruleError(name, Tr::tr("the name is a standard column; choose another"));
        if (seen.contains(folded))
            return ruleError(name, Tr::tr("two rules have this name"));
        seen.insert(folded);
        if (rule.expression.trimmed().isEmpty() || rule.expression == QLatin1String("re:"))
            return ruleError(name, Tr::tr("the expression is empty"));
        if (rule.take == Take::Attribute && rule.attribute.trimmed().isEmpty())
            return ruleError(name, Tr::tr("taking an attribute needs the attribute's name"));

        CompiledRule entry;
        entry.rule = rule;
        entry.rule.name = name;
        entry.attributeKey = rule.attribute.trimmed().toLower().toUtf8();
        if (Result<void> ok = compileExpression(entry); !ok)
            return ruleError(name, ok.error().message);
        if (!rule.filter.isEmpty()) {
            Result<QRegularExpression> filter = compilePattern(rule.filter, false);
            if (!filter)
                return ruleError(name, Tr::tr("filter: %1").arg(filter.error().message));
            entry.filter = std::move(*filter);
            entry.hasFilter = true;
        }
        compiled->needsXPath = compiled->needsXPath || (rule.kind == RuleKind::XPath && !entry.selector);
        compiled->needsJsonLd = compiled->needsJsonLd || rule.kind == RuleKind::JsonLd;
        compiled->needsText = compiled->needsText || (rule.isSearch() && rule.searchText);
        compiled->needsSource = compiled->needsSource || rule.kind == RuleKind::Regex
            || (rule.isSearch() && !rule.searchText && entry.literal.isEmpty());
        compiled->rules.append(entry.rule);
        compiled->compiled.push_back(std::move(entry));
    }
    RuleSet set;
    set.m_compiled = std::move(compiled);
    return set;
}

} // namespace pav::extract
