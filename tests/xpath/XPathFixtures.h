// SPDX-FileCopyrightText: 2026 Pavutyna contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <gumbo.h>

#include <QByteArray>
#include <QList>
#include <QString>

#include "html/HtmlDocument.h"
#include "html/Match.h"
#include "xpath/XmlView.h"

namespace pav::xpath::test {

// A parsed page and its libxml2 view; the view points into the document, so both live together.
struct Page
{
    explicit Page(const QByteArray& html);
    html::HtmlDocument document;
    XmlView view;
};

// Match::attribute is declared as an opaque GumboInternalAttribute (Gumbo's GumboAttribute is an unnamed struct).
const GumboAttribute* gumboAttribute(const html::Match& match);

// The shop page most table rows run against.
extern const char* const ShopPage;

// Matches as one readable line, " | " between them: an element as name#id(text) (text when it is 1 to 16
// characters), a text node as "text", a comment as <!--text-->, the document as /, an attribute as @name=value,
// a value as =value. An empty list is "".
QString render(const QList<html::Match>& matches);

// Compiles and evaluates, rendering the result; a compile error comes back as "error: <message>".
QString run(const Page& page, const QString& expression);

} // namespace pav::xpath::test
