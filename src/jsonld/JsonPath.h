// SPDX-FileCopyrightText: 2026 Pavutyna contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <memory>

#include <QJsonValue>
#include <QList>
#include <QStringView>

#include "common/Result.h"
#include "jsonld/JsonLdBlock.h"

namespace pav::jsonld {

namespace detail {
struct Path;
}

// A JSON path (the Goessner JSONPath subset people write for JSON-LD), compiled once and then shared by any
// number of threads: immutable, cheap to copy.
//
// Syntax: `$` the root (may be left out: `offers.price` means `$.offers.price`); `.name` or `['name']` /
// `["name"]` (names may hold `@`, `:`, `-` and any letter: `$.@type`, `$['@type']`, `$.назва`); `[0]`, `[-1]`
// (from the end); `[*]` and `.*` (every member or element); `..name`, `..*`, `..[0]` (recursive descent);
// slices `[start:end:step]` as in Python; unions `[0,1]`, `['a','b']`; filters `[?(...)]` over relative paths
// (`@.key`, `@['@type']`, `@.a.b[0]`) or absolute ones (`$.x`), with `==`, `!=`, `<`, `<=`, `>`, `>=`, `&&`,
// `||`, `!` and parentheses, against strings, numbers, true, false and null.
//
// Semantics:
// - Object members come in key order (QJsonObject sorts keys; the page's order is not kept), array elements in
//   order. `..x` visits a value before its descendants (pre-order), then applies `x` to each visited value.
// - A name selects nothing on arrays (write `offers[*].price` or `..price`).
// - A filter on an array tests each element; on an object it tests the object itself, so
//   `$[?(@['@type']=='Product')]` picks a block that is a Product.
// - In a filter, a path yields values, and a comparison holds if any value satisfies it; a value that is an
//   array also offers its elements (`@['@type']=='Product'` matches "@type": ["Product", "Thing"]). `==` needs
//   the same JSON type; `!=` is `!(... == ...)`, so it holds when the key is missing; `<` `<=` `>` `>=` compare
//   numbers, and strings holding a number ("12.99") count as numbers.
class JsonPath
{
public:
    static Result<JsonPath> compile(QStringView text);

    QList<QJsonValue> evaluate(const QJsonValue& root) const;

    // Over all valid blocks of a page, in order. For each block the roots tried are: the block's value; if it
    // is an array, each of its elements instead; and for each such root that is an object with "@graph", each
    // @graph item as well (one object @graph counts as one item), so `$.offers.price` finds a Product inside
    // @graph. A path that starts with `..` already reaches into @graph from the block, so for it the @graph
    // items are not tried again (no duplicates). Results are concatenated in block order.
    QList<QJsonValue> evaluate(const QList<JsonLdBlock>& blocks) const;

    const QString& text() const;

private:
    struct Compiled;
    explicit JsonPath(std::shared_ptr<const Compiled> compiled);

    std::shared_ptr<const Compiled> m_compiled;
};

} // namespace pav::jsonld
