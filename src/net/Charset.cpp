// SPDX-FileCopyrightText: 2026 Pavutyna contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "net/Charset.h"

#include <cctype>

#include <QStringDecoder>

namespace pav::net {

namespace {
bool isSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\f' || c == '\r';
}

QByteArray trimmedQuotes(QByteArrayView value)
{
    value = value.trimmed();
    if (value.size() >= 2 && (value.front() == '"' || value.front() == '\'') && value.back() == value.front())
        value = value.sliced(1, value.size() - 2);
    return value.trimmed().toByteArray();
}

// WHATWG "extract a character encoding from a meta element" on a content attribute.
QByteArray charsetFromMetaContent(QByteArrayView content)
{
    const QByteArray lower = content.toByteArray().toLower();
    qsizetype at = 0;
    while ((at = lower.indexOf("charset", at)) >= 0) {
        qsizetype i = at + 7;
        while (i < lower.size() && isSpace(lower[i]))
            ++i;
        if (i >= lower.size() || lower[i] != '=') {
            at = i;
            continue;
        }
        ++i;
        while (i < lower.size() && isSpace(lower[i]))
            ++i;
        if (i >= lower.size())
            return {};
        if (lower[i] == '"' || lower[i] == '\'') {
            const qsizetype end = lower.indexOf(lower[i], i + 1);
            return end < 0 ? QByteArray() : lower.mid(i + 1, end - i - 1);
        }
        qsizetype end = i;
        while (end < lower.size() && !isSpace(lower[end]) && lower[end] != ';')
            ++end;
        return lower.mid(i, end - i);
    }
    return {};
}

struct Attribute
{
    QByteArray name;
    QByteArray value;
};

// WHATWG "get an attribute" from the prescan; advances `i`. Returns false at the end of the tag.
bool nextAttribute(QByteArrayView s, qsizetype& i, Attribute& attribute)
{
    while (i < s.size() && (isSpace(s[i]) || s[i] == '/'))
        ++i;
    if (i >= s.size() || s[i] == '>')
        return false;
    attribute = {};
    while (i < s.size() && !isSpace(s[i]) && s[i] != '=' && s[i] != '>' && s[i] != '/')
        attribute.name += char(std::tolower(static_cast<unsigned char>(s[i++])));
    while (i < s.size() && isSpace(s[i]))
        ++i;
    if (i >= s.size() || s[i] != '=')
        return true;
    ++i;
    while (i < s.size() && isSpace(s[i]))
        ++i;
    if (i < s.size() && (s[i] == '"' || s[i] == '\'')) {
        const char quote = s[i++];
        while (i < s.size() && s[i] != quote)
            attribute.value += char(std::tolower(static_cast<unsigned char>(s[i++])));
        ++i;
    } else {
        while (i < s.size() && !isSpace(s[i]) && s[i] != '>')
            attribute.value += char(std::tolower(static_cast<unsigned char>(s[i++])));
    }
    return true;
}

bool isValidUtf8(QByteArrayView bytes)
{
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    [[maybe_unused]] QString text = decoder(bytes);
    return !decoder.hasError();
}
} // namespace

QByteArray canonicalEncoding(QByteArrayView label)
{
    const QByteArray name = trimmedQuotes(label).toLower();
    if (name.isEmpty())
        return {};
    // WHATWG treats these as windows-1252, a superset; decoding them as strict Latin-1 loses € and quotes.
    if (name == "latin1" || name == "iso-8859-1" || name == "iso8859-1" || name == "us-ascii" || name == "ascii"
        || name == "l1" || name == "cp1252" || name == "x-cp1252")
        return "windows-1252";
    if (name == "utf8" || name == "unicode-1-1-utf-8")
        return "utf-8";
    if (name == "cp1251" || name == "x-cp1251")
        return "windows-1251";
    if (!QStringDecoder(name.constData()).isValid())
        return {};
    return name;
}

QByteArray charsetFromContentType(QByteArrayView contentType)
{
    return charsetFromMetaContent(contentType);
}

QByteArray prescanMetaCharset(QByteArrayView head)
{
    const QByteArrayView s = head.first(std::min<qsizetype>(head.size(), 1024));
    qsizetype i = 0;
    while (i < s.size()) {
        if (s.sliced(i).startsWith("<!--")) {
            const qsizetype end = QByteArrayView(s).indexOf("-->", i + 4);
            if (end < 0)
                return {};
            i = end + 3;
        } else if (i + 6 <= s.size() && QByteArrayView(s.sliced(i, 5)).compare("<meta", Qt::CaseInsensitive) == 0
                   && (isSpace(s[i + 5]) || s[i + 5] == '/')) {
            i += 6;
            bool gotPragma = false;
            bool needPragma = false;
            bool hasNeed = false;
            QByteArray charset;
            Attribute attribute;
            while (nextAttribute(s, i, attribute)) {
                if (attribute.name == "http-equiv" && attribute.value == "content-type") {
                    gotPragma = true;
                } else if (attribute.name == "content" && charset.isEmpty()) {
                    if (QByteArray found = charsetFromMetaContent(attribute.value); !found.isEmpty()) {
                        charset = found;
                        needPragma = true;
                        hasNeed = true;
                    }
                } else if (attribute.name == "charset") {
                    charset = attribute.value;
                    needPragma = false;
                    hasNeed = true;
                }
            }
            if (i >= s.size())
                return {}; // the input ended inside the tag: WHATWG aborts the prescan
            if (hasNeed && !charset.isEmpty() && (!needPragma || gotPragma)) {
                QByteArray encoding = canonicalEncoding(charset);
                if (encoding.startsWith("utf-16"))
                    encoding = "utf-8"; // a document that can declare itself in ASCII is not UTF-16
                if (encoding == "x-user-defined")
                    encoding = "windows-1252";
                if (!encoding.isEmpty())
                    return encoding;
            }
        } else if (s[i] == '<' && i + 1 < s.size() && (s[i + 1] == '!' || s[i + 1] == '/' || s[i + 1] == '?')) {
            const qsizetype end = QByteArrayView(s).indexOf('>', i + 1);
            if (end < 0)
                return {};
            i = end + 1;
        } else {
            ++i;
        }
    }
    return {};
}

DecodedText decodeHtml(QByteArrayView body, QByteArrayView contentType)
{
    DecodedText result;
    if (body.startsWith("\xEF\xBB\xBF")) {
        result = {QString::fromUtf8(body.sliced(3)), "utf-8", DecodedText::Source::ByteOrderMark};
        return result;
    }
    if (body.startsWith("\xFE\xFF") || body.startsWith("\xFF\xFE")) {
        const bool bigEndian = body.startsWith("\xFE\xFF");
        QStringDecoder decoder(bigEndian ? QStringDecoder::Utf16BE : QStringDecoder::Utf16LE);
        result = {decoder(body.sliced(2)), bigEndian ? "utf-16be" : "utf-16le", DecodedText::Source::ByteOrderMark};
        return result;
    }
    QByteArray encoding = canonicalEncoding(charsetFromContentType(contentType));
    result.source = DecodedText::Source::HttpHeader;
    if (encoding.isEmpty()) {
        encoding = prescanMetaCharset(body);
        result.source = DecodedText::Source::MetaTag;
    }
    if (encoding.isEmpty()) {
        encoding = isValidUtf8(body) ? "utf-8" : "windows-1252";
        result.source = DecodedText::Source::Guess;
    }
    QStringDecoder decoder(encoding.constData());
    result.text = decoder(body); // invalid sequences become U+FFFD, never a failure
    result.encoding = encoding;
    return result;
}

DecodedUtf8 decodeHtmlToUtf8(const QByteArray& body, QByteArrayView contentType)
{
    if (body.startsWith("\xEF\xBB\xBF"))
        return {body.sliced(3), "utf-8", DecodedText::Source::ByteOrderMark};
    if (!body.startsWith("\xFE\xFF") && !body.startsWith("\xFF\xFE")) {
        QByteArray encoding = canonicalEncoding(charsetFromContentType(contentType));
        auto source = DecodedText::Source::HttpHeader;
        if (encoding.isEmpty()) {
            encoding = prescanMetaCharset(body);
            source = DecodedText::Source::MetaTag;
        }
        if (encoding.isEmpty() && isValidUtf8(body)) {
            encoding = "utf-8";
            source = DecodedText::Source::Guess;
        }
        if (encoding == "utf-8")
            return {body, encoding, source};
    }
    DecodedText decoded = decodeHtml(body, contentType);
    return {decoded.text.toUtf8(), decoded.encoding, decoded.source};
}

} // namespace pav::net
