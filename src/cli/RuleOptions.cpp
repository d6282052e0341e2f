// SPDX-FileCopyrightText: 2026 Pavutyna contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/RuleOptions.h"

#include <QCoreApplication>
#include <QJsonObject>

#include "export/CrawlExporter.h"
#include "extract/RuleSet.h"
#include "extract/RuleSpec.h"

namespace pav::cli {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(pav::cli::HeadlessOptions)
};
} // namespace

std::variant<QJsonArray, UsageError> parseRuleOptions(const QStringList& extract, const QStringList& contains,
                                                      const QStringList& notContains)
{
    QJsonArray rules;
    struct Source
    {
        const QStringList& values;
        const char* option;
        std::optional<extract::RuleKind> search;
    };
    const Source sources[] = {
        {extract, "extract", std::nullopt},
        {contains, "contains", extract::RuleKind::Contains},
        {notContains, "not-contains", extract::RuleKind::NotContains},
    };
    for (const Source& source : sources) {
        for (const QString& spec : source.values) {
            Result<extract::Rule> rule = source.search ? extract::parseSearchSpec(spec, *source.search)
                                                       : extract::parseRuleSpec(spec);
            if (rule) {
                // Compiled alone first, so the message names the option that holds the mistake.
                if (auto compiled = extract::RuleSet::compile({*rule}, exporting::pageColumns()); !compiled)
                    rule = compiled.error();
            }
            if (!rule)
                return UsageError{Tr::tr("Invalid --%1 %2: %3")
                                      .arg(QLatin1String(source.option), spec, rule.error().message)};
            rules.append(rule->toJson());
        }
    }
    // Checked together (names unique) with the --config file's rules, by combineRules().
    return rules;
}

Result<QList<extract::Rule>> combineRules(const QList<extract::Rule>& rules, const QJsonArray& added)
{
    QList<extract::Rule> all = rules;
    for (const QJsonValue& value : added) {
        Result<extract::Rule> rule = extract::Rule::fromJson(value.toObject());
        if (!rule)
            return rule.error();
        all.append(*rule);
    }
    if (auto compiled = extract::RuleSet::compile(all, exporting::pageColumns()); !compiled)
        return compiled.error();
    return all;
}

} // namespace pav::cli
