// SPDX-FileCopyrightText: 2026 Pavutyna contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Internal to pav::jsonld: the JSON path parser.

#include <QStringView>

#include "common/Result.h"
#include "jsonld/JsonPathSteps.h"

namespace pav::jsonld::detail {

// Filters nest (parentheses, `!`, filters inside filter paths) at most this deep: evaluation recurses on it.
constexpr int MaxFilterNesting = 32;

// Parses the syntax JsonPath.h describes. Errors are InvalidArgument with a translated, lower-case message
// that ends in a 1-based column: "expected ']' at column 9".
Result<Path> parseJsonPath(QStringView text);

} // namespace pav::jsonld::detail
