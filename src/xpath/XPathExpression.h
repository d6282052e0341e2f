// SPDX-FileCopyrightText: 2026 Pavutyna contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <memory>

#include <QList>
#include <QString>
#include <QStringView>

#include "common/Result.h"
#include "html/Match.h"

namespace pav::xpath {

class XmlView;

// An XPath 1.0 expression, compiled by libxml2 and checked up front: syntax errors, unknown functions, wrong
// argument counts, variables and undefined namespace prefixes (only `xml` and `xlink` are bound) are rejected
// by compile() with a column. Immutable and cheap to copy; one expression may be evaluated from several threads
// at once on different XmlViews. libxml2 caches function lookups inside a compiled expression while evaluating
// it (XPATH_OP_FUNCTION writes op->cache), so each thread evaluates its own compiled copy, made on first use
// and kept in a small per-thread cache.
//
// libxml2 has no time limit: `//*//*//*//*` over a big page could run for hours. Each evaluation therefore
// runs under libxml2's operation limit (xmlXPathContext::opLimit, present since 2.9.11 and counting steps and
// visited nodes); an evaluation that reaches it yields no matches and, from tryEvaluate(), an error.
class XPathExpression
{
public:
    static constexpr unsigned long OperationLimit = 50'000'000;

    static Result<XPathExpression> compile(QStringView text);

    // Node-sets become Matches in document order: element, text (also CDATA and white space) and comment nodes
    // as Match{node}, the document node as Match{root}, attributes as Match{element, attribute}, namespace nodes
    // as a value (their URI). A string is one value; a number is one value formatted as string() does (no
    // ".0" on integers, NaN, Infinity, -Infinity); a boolean is "true" or "false". Empty on any failure.
    QList<html::Match> evaluate(const XmlView& view) const;
    // The same, telling why nothing came back: ErrorKind::TimedOut when the operation limit was reached,
    // InvalidArgument for an error XPath defines at run time (a predicate calling count('x')).
    Result<QList<html::Match>> tryEvaluate(const XmlView& view, unsigned long operationLimit = OperationLimit) const;

    const QString& text() const;

private:
    struct Compiled;
    explicit XPathExpression(std::shared_ptr<const Compiled> compiled);

    std::shared_ptr<const Compiled> m_compiled;
};

} // namespace pav::xpath
