// SPDX-FileCopyrightText: 2026 Pavutyna contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>

#include "common/Result.h"

namespace pav::extract {

// What a rule's expression is written in.
enum class RuleKind
{
    Css,         // CSS selectors (plus ::text and ::attr(name))
    XPath,       // XPath 1.0
    Regex,       // a regular expression over the page source (UTF-8); the first capture group if it has one
    JsonLd,      // a JSON path into the page's JSON-LD blocks
    Contains,    // custom search: how many times the page contains a text (or regex)
    NotContains, // custom search: 1 when the page does not contain it, 0 when it does
};

// What a rule takes from each node it matched. Rules that match values (regex, JSON-LD, XPath string results,
// ::attr) take the value itself whatever this says, except Count.
enum class Take
{
    Text,      // the text a reader sees, white space simplified
    InnerHtml,
    OuterHtml,
    Attribute, // the attribute named by Rule::attribute
    Count,     // the number of matches
};

// Which of a rule's matches make its cell.
enum class Matches
{
    First,
    All,       // joined with Rule::separator
    JsonArray, // a JSON array of every value
};

// One extraction rule: a column of the pages table. Plain data; RuleSet compiles and checks it.
struct Rule
{
    QString name;
    RuleKind kind = RuleKind::Css;
    QString expression;
    Take take = Take::Text;
    QString attribute;
    Matches matches = Matches::First;
    QString separator = QStringLiteral("; ");
    QString filter;            // optional regex applied to each value: the first capture group (or the match)
    bool searchText = false;   // Contains/NotContains: search the readable text rather than the source
    bool ignoreCase = false;   // Contains/NotContains (and their regex)

    bool isSearch() const { return kind == RuleKind::Contains || kind == RuleKind::NotContains; }
    bool operator==(const Rule&) const = default;

    // The JSON object the settings and --config store: {"name", "kind", "expression", and the options that
    // differ from the defaults}. fromJson names the rule and the key in its errors.
    QJsonObject toJson() const;
    static Result<Rule> fromJson(const QJsonObject& json);
};

// The words used for kinds, takes and matches in JSON, on the command line and in the crawl file.
QString kindName(RuleKind kind);
QString takeName(Take take);
QString matchesName(Matches matches);

} // namespace pav::extract
