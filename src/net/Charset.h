// SPDX-FileCopyrightText: 2026 Pavutyna contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

namespace pav::net {

// A page body turned into text, and how its encoding was chosen.
struct DecodedText
{
    enum class Source
    {
        ByteOrderMark,
        HttpHeader,
        MetaTag,
        Guess, // nothing declared: UTF-8 when the bytes are valid UTF-8, else windows-1252
    };
    QString text;
    QByteArray encoding; // canonical WHATWG name, e.g. "windows-1251"
    Source source = Source::Guess;
};

// Chooses the encoding the way browsers do (WHATWG "encoding sniffing": BOM, then the Content-Type
// charset, then a <meta> prescan of the first 1024 bytes) and decodes with Qt's ICU-backed decoders,
// so windows-1251, koi8-u, Shift_JIS and the rest all come out as UTF-16 QString (UTF-8 on export).
DecodedText decodeHtml(QByteArrayView body, QByteArrayView contentType);

// The same decision as decodeHtml, for a parser that wants UTF-8 bytes: a page that is already UTF-8 (most of
// the web) comes back as the same bytes without a round trip through UTF-16; invalid sequences are left for
// the parser to replace with U+FFFD, as it does anyway.
struct DecodedUtf8
{
    QByteArray utf8;
    QByteArray encoding;
    DecodedText::Source source = DecodedText::Source::Guess;
};
DecodedUtf8 decodeHtmlToUtf8(const QByteArray& body, QByteArrayView contentType);

// The charset parameter of a Content-Type value, or empty.
QByteArray charsetFromContentType(QByteArrayView contentType);

// The WHATWG prescan of the start of an HTML document for <meta charset> / http-equiv; empty when none.
QByteArray prescanMetaCharset(QByteArrayView head);

// Maps a label to the encoding we decode with ("latin1" → "windows-1252", "utf-16le" as given…); empty
// when no decoder exists for it.
QByteArray canonicalEncoding(QByteArrayView label);

} // namespace pav::net
