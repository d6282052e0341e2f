// SPDX-FileCopyrightText: 2026 Pavutyna contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>

#include <QString>
#include <QStringView>

namespace pav::extract {

// The CSS selector that selects exactly what a simple XPath location path selects, so such rules can run on
// Gumbo's tree directly instead of on a libxml2 copy of it (building that copy is most of an XPath rule's cost).
// Simple means: steps joined by / or //, from the root or anywhere (a leading // or /), each a lower-case name
// or *, with predicates [@a], [@a='v'] and [contains(@a,'v')], and at the end optionally /text() or /@a.
// Attribute values compare case-sensitively, as XPath does (the CSS `s` flag). Anything else gives nullopt and
// runs in libxml2. e.g. //div[@class='price']/span/text()  ->  div[class="price" s] > span::text
std::optional<QString> cssForSimpleXPath(QStringView xpath);

} // namespace pav::extract
