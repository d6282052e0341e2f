// SPDX-FileCopyrightText: 2026 Pavutyna contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>

#include <QByteArray>
#include <QByteArrayView>
#include <QString>
#include <QUrl>

#include "common/Result.h"

namespace pav::crawl {

// The one spelling of a URL that the frontier deduplicates on: scheme and host in lower case, IDN hosts in
// punycode, default ports dropped, dot segments removed, an empty path made "/", the fragment dropped and
// percent-encoding in one form (unreserved characters decoded, hex digits in upper case). Only http and
// https are crawlable; anything else is an error with a readable message.
Result<QString> normaliseUrl(const QString& url);

// Resolves `reference` (an href as written in a page) against `base` and normalises the result.
Result<QString> resolveUrl(const QString& base, const QString& reference);

// The request target robots.txt rules are matched against: the path ("/" when empty) and "?query", encoded.
QByteArray pathAndQuery(const QUrl& url);

// resolveUrl for many references against one base (the links of a page): the base is parsed once.
// References made only of characters that normalisation never changes (letters, digits, "-._~/", and "=&" in
// a query; no scheme, authority or percent sign) — nearly every link of a real site — are resolved on the
// normalised base's text without QUrl, which was a sixth of a crawl's CPU. Anything else takes resolveUrl's
// path; tests check the two agree.
class UrlResolver
{
public:
    explicit UrlResolver(const QString& base);
    Result<QString> resolve(const QString& reference) const;
    // The same for a reference given as UTF-8 (as the page parser extracts it), giving the URL's (ASCII) bytes:
    // a page's links go from Gumbo to the seen-set and the crawl file without a detour through UTF-16.
    Result<QByteArray> resolveUtf8(QByteArrayView reference) const;
    // The same URL appended to `out` (a page's link buffer) rather than returned in a string of its own; false,
    // leaving `out` as it was, where resolveUtf8 gives an error.
    bool appendResolvedUtf8(QByteArrayView reference, QByteArray& out) const;
    bool isValid() const { return m_base.isValid(); }

    // The QUrl path alone, for tests that compare the two.
    Result<QString> resolveSlowly(const QString& reference) const;

private:
    bool appendQuickly(QByteArrayView reference, QByteArray& out) const;
    Result<QByteArray> resolveSlowlyUtf8(QByteArrayView reference) const; // resolveSlowly, in and out as UTF-8

    QUrl m_base;
    bool m_quick = false; // the normalised base split below is usable
    QByteArray m_origin;  // "scheme://authority" of the normalised base
    QByteArray m_path;    // its path, never empty
    QByteArray m_query;   // "?…" or empty
};

} // namespace pav::crawl
