// SPDX-FileCopyrightText: 2026 Pavutyna contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

#include "common/Result.h"

namespace pav::crawl {

// What the URL bar and an imported URL list accept: one or more http(s) URLs separated by white space (lines,
// for a list). A URL typed without a scheme gets https://, or http:// for localhost and IP addresses. Errors name the offending entry, in words.
Result<QStringList> parseSeedUrls(const QString& text);

// A URL list file as saved by a spreadsheet or a script: one URL per line, blank lines and lines starting
// with # ignored, a UTF-8 BOM and CRLF accepted. Errors give the line number.
Result<QStringList> parseUrlList(const QByteArray& bytes);

} // namespace pav::crawl
