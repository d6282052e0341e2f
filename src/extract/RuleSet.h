// SPDX-FileCopyrightText: 2026 Pavutyna contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <memory>

#include <QList>
#include <QStringList>

#include "common/Result.h"
#include "extract/Rule.h"

namespace pav::extract {

struct CompiledRules;

// A crawl's extraction rules, checked and compiled once before the first page (an invalid rule is refused
// up front with its position, never at page 10,000) and then shared, read-only, by every parse thread.
// Cheap to copy.
class RuleSet
{
public:
    RuleSet();
    // Errors name the rule and the problem: `rule "price": unterminated attribute selector at column 7`.
    // `reservedNames` are column names the rules may not take (the standard pages columns).
    static Result<RuleSet> compile(const QList<Rule>& rules, const QStringList& reservedNames = {});

    const QList<Rule>& rules() const;
    bool isEmpty() const { return rules().isEmpty(); }
    qsizetype size() const { return rules().size(); }

    const CompiledRules& compiled() const { return *m_compiled; }

private:
    std::shared_ptr<const CompiledRules> m_compiled;
};

} // namespace pav::extract
