// SPDX-FileCopyrightText: 2026 Pavutyna contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Internal to pav::xpath: checks libxml2 leaves to evaluation time, done up front with a position.

#include <optional>

#include <QString>
#include <QStringView>

namespace pav::xpath {

struct CheckFailure
{
    QString reason;       // translated, lower case
    qsizetype column = 0; // 1-based, in UTF-16 code units of the expression; 0 when there is no position
};

// Before libxml2 sees the text: empty, a NUL (libxml2 would stop reading there), too long, or nesting deep
// enough for libxml2's recursive compiler and evaluator to use a lot of stack.
std::optional<CheckFailure> checkShape(QStringView text);

// After libxml2 compiled it (so the syntax is valid): libxml2 reports unknown functions, wrong argument
// counts, undefined namespace prefixes and variables only when evaluation reaches them. A lexical scan
// (XPath 1.0 §3.7's disambiguation rules) finds them wherever they are.
std::optional<CheckFailure> checkNames(QStringView text);

// Where the string literal that never ends starts, or -1 (libxml2 reports the end of the expression instead).
qsizetype unterminatedLiteral(QStringView text);

constexpr qsizetype MaxExpressionLength = 16 * 1024;
constexpr int MaxExpressionNesting = 128;

} // namespace pav::xpath
