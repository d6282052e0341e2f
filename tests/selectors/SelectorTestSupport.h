// SPDX-FileCopyrightText: 2026 Pavutyna contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

#include "html/Match.h"

namespace pav::selectors::test {

// "<!doctype html>" is put in front of a snippet unless it starts with "<!" itself, so that tests run in
// no-quirks mode unless they ask for quirks (a snippet starting with a comment and no doctype).
QByteArray withDoctype(const QByteArray& html);

// One match as a readable word: `tag#id` (or `tag`) for an element, 'text' for a text node, @name=value for
// an attribute.
QString describe(const html::Match& match);
QString describe(const QList<html::Match>& matches); // joined with single spaces

// Parses the HTML and the selector and describes what select() returns on the document; "error: <message>"
// when the selector does not parse.
QString selectIn(const QByteArray& html, const QString& selector);

// Adds the data columns html, selector, expected for the table-driven slots.
void addSelectColumns();
void addSelectRow(const char* group, const QByteArray& html, const QString& selector, const QString& expected);

} // namespace pav::selectors::test
