// SPDX-FileCopyrightText: 2026 Pavutyna contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Internal to pav::jsonld: a parsed JSON path.

#include <memory>
#include <optional>
#include <vector>

#include <QJsonValue>
#include <QString>

namespace pav::jsonld::detail {

struct Filter;

struct Selector
{
    enum class Kind
    {
        Name,     // .name, ['name']
        Index,    // [0], [-1]
        Slice,    // [start:end:step]
        Wildcard, // .*, [*]
        Filter,   // [?(...)]
    };
    Kind kind = Kind::Name;
    QString name;
    qint64 index = 0;
    std::optional<qint64> start;
    std::optional<qint64> end;
    qint64 step = 1;
    std::shared_ptr<const Filter> filter;
};

// One step: its selectors (several for a union) applied to each value, after expanding to every descendant
// when the step was written with `..`.
struct Step
{
    bool descendant = false;
    std::vector<Selector> selectors;
};

struct Path
{
    bool fromRoot = true; // inside a filter: `$...` rather than `@...`
    std::vector<Step> steps;
};

struct Filter
{
    enum class Kind
    {
        Exists,  // a path alone: it yields something
        Compare, // left op right
        And,
        Or,
        Not,
    };
    enum class Op
    {
        Equal,
        NotEqual,
        Less,
        LessOrEqual,
        Greater,
        GreaterOrEqual,
    };
    // One side of a comparison: a path or a literal.
    struct Operand
    {
        std::optional<Path> path;
        QJsonValue literal;
    };

    Kind kind = Kind::Exists;
    Op op = Op::Equal;
    Operand left;
    Operand right;
    std::unique_ptr<Filter> a; // And, Or, Not
    std::unique_ptr<Filter> b; // And, Or
};

} // namespace pav::jsonld::detail
