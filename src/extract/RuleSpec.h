// SPDX-FileCopyrightText: 2026 Pavutyna contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringView>

#include "common/Result.h"
#include "extract/Rule.h"

namespace pav::extract {

// The command line's way of writing a rule, `NAME[OPTIONS]=EXPRESSION`:
// - EXPRESSION starts with `css:`, `xpath:`, `re:` or `jsonld:` (CSS when it has no prefix);
// - OPTIONS, optional and comma-separated: `first`, `all`, `json` (which matches), `text`, `html`, `outer`,
//   `count`, `attr=NAME` (what to take), `sep=TEXT` (the separator of `all`), `filter=REGEX` (a post-filter).
//   Brackets and parentheses nest, so a filter's `[.,]` or `(\d+,\d+)` needs no escaping; `\,` is a comma
//   anywhere, and other backslashes are kept with the character after them, so a filter's `\d` or `\]` is
//   written as in any regex.
// e.g. `price=css:.price::text`, `tags[all,sep=|]=css:.tag`, `sku[filter=SKU: (\w+)]=css:.meta`.
// Only the syntax is checked here; RuleSet::compile checks the expressions.
Result<Rule> parseRuleSpec(QStringView spec);

// Custom search, `NAME[OPTIONS]=TEXT` for --contains / --not-contains: TEXT is literal unless it starts with
// `re:`; OPTIONS are `text` (search the readable text instead of the HTML source) and `i` (ignore case).
Result<Rule> parseSearchSpec(QStringView spec, RuleKind kind);

} // namespace pav::extract
