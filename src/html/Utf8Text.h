// SPDX-FileCopyrightText: 2026 Pavutyna contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QByteArrayView>

namespace pav::html {

// Text helpers over the UTF-8 that Gumbo hands out (always valid: it replaces bad sequences with U+FFFD), so
// page text goes from the tree to the crawl file without a round trip through UTF-16. White space is
// QChar::isSpace's set (ASCII \t\n\v\f\r and space, U+0085, and Unicode's Zs, Zl and Zp), so results equal
// QString::simplified() on the same text.

// Words: runs of non-space characters holding at least one letter or digit, so "—" or "|" alone is no word.
int countWords(const char* text);

// Appends `text` to `out` as QString::simplified() would join them: each run of white space becomes one ' ',
// and none starts `out`. `out` may end in a space while more text is to follow; chopTrailingSpace() ends it.
void appendSimplified(QByteArray& out, QByteArrayView text);
void chopTrailingSpace(QByteArray& out);
QByteArray simplified(QByteArrayView text);

} // namespace pav::html
