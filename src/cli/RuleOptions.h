// SPDX-FileCopyrightText: 2026 Pavutyna contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <variant>

#include <QJsonArray>
#include <QStringList>

#include "cli/HeadlessOptions.h"
#include "common/Result.h"

namespace pav::extract {
struct Rule;
}

namespace pav::cli {

// --extract, --contains and --not-contains values as rule JSON objects, each checked and compiled alone now
// (an invalid rule is a usage error before anything is fetched, naming its option; combineRules() then checks
// them together with the config's): "Invalid --extract price=css:.price[: rule
// "price": unterminated attribute selector at column 7".
std::variant<QJsonArray, UsageError> parseRuleOptions(const QStringList& extract, const QStringList& contains,
                                                      const QStringList& notContains);

// `rules` followed by `added`, checked together: names must differ from each other and from the standard
// pages columns.
Result<QList<extract::Rule>> combineRules(const QList<extract::Rule>& rules, const QJsonArray& added);

} // namespace pav::cli
