// SPDX-FileCopyrightText: 2026 Pavutyna contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "crawl/Url.h"

#include <QCoreApplication>
#include <QUrl>

namespace pav::crawl {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(pav::crawl::Url)
};

// RFC 3986 §5.2.4. Qt 6.4's QUrl::NormalizePathSegments turns "/a/./b/../c" into "/a//c".
QString removeDotSegments(QStringView input)
{
    QString output;
    output.reserve(input.size());
    while (!input.isEmpty()) {
        if (input.startsWith(u"../")) {
            input = input.sliced(3);
        } else if (input.startsWith(u"./")) {
            input = input.sliced(2);
        } else if (input.startsWith(u"/./")) {
            input = input.sliced(2);
        } else if (input == u"/.") {
            input = u"/";
        } else if (input.startsWith(u"/../") || input == u"/..") {
            input = input.size() == 3 ? QStringView(u"/") : input.sliced(3);
            const qsizetype slash = output.lastIndexOf(u'/');
            output.truncate(slash < 0 ? 0 : slash);
        } else if (input == u"." || input == u"..") {
            input = {};
        } else {
            qsizetype next = input.indexOf(u'/', input.startsWith(u'/') ? 1 : 0);
            if (next < 0)
                next = input.size();
            output += input.first(next);
            input = input.sliced(next);
        }
    }
    return output;
}

Result<QString> normalise(QUrl url, const QString& original)
{
    if (!url.isValid())
        return Error{ErrorKind::InvalidArgument, Tr::tr("Invalid URL: %1 (%2)").arg(original, url.errorString())};
    const QString scheme = url.scheme().toLower();
    if (scheme != QLatin1String("http") && scheme != QLatin1String("https"))
        return Error{ErrorKind::InvalidArgument,
                     Tr::tr("Unsupported URL scheme \"%1\" in %2: only http and https can be crawled")
                         .arg(scheme.isEmpty() ? Tr::tr("none") : scheme, original)};
    url.setScheme(scheme);
    const QByteArray ace = QUrl::toAce(url.host());
    if (ace.isEmpty())
        return Error{ErrorKind::InvalidArgument, Tr::tr("Invalid URL: %1 (no host name)").arg(original)};
    url.setHost(QString::fromLatin1(ace).toLower(), QUrl::StrictMode);
    if ((scheme == QLatin1String("http") && url.port() == 80) || (scheme == QLatin1String("https") && url.port() == 443))
        url.setPort(-1);
    QString path = removeDotSegments(url.path(QUrl::FullyEncoded));
    url.setPath(path.isEmpty() ? QStringLiteral("/") : path, QUrl::TolerantMode);
    url = url.adjusted(QUrl::RemoveFragment);
    return url.toString(QUrl::FullyEncoded);
}
} // namespace

Result<QString> normaliseUrl(const QString& url)
{
    const QString trimmed = url.trimmed();
    return normalise(QUrl(trimmed, QUrl::TolerantMode), trimmed);
}

Result<QString> resolveUrl(const QString& base, const QString& reference)
{
    const QString trimmed = reference.trimmed();
    return normalise(QUrl(base, QUrl::TolerantMode).resolved(QUrl(trimmed, QUrl::TolerantMode)), trimmed);
}

QByteArray pathAndQuery(const QUrl& url)
{
    QByteArray target = url.path(QUrl::FullyEncoded).toUtf8();
    if (target.isEmpty())
        target = "/";
    if (url.hasQuery())
        target += '?' + url.query(QUrl::FullyEncoded).toUtf8();
    return target;
}

UrlResolver::UrlResolver(const QString& base)
    : m_base(base.trimmed(), QUrl::TolerantMode)
{
    const Result<QString> normalised = normalise(m_base, base);
    if (!normalised)
        return;
    const QString& text = *normalised;
    const qsizetype authority = text.indexOf(u"://");
    const qsizetype pathStart = authority < 0 ? -1 : text.indexOf(u'/', authority + 3);
    if (pathStart < 0)
        return;
    const qsizetype queryStart = text.indexOf(u'?', pathStart);
    m_origin = text.first(pathStart);
    m_path = queryStart < 0 ? text.sliced(pathStart) : text.sliced(pathStart, queryStart - pathStart);
    m_query = queryStart < 0 ? QString() : text.sliced(queryStart);
    m_quick = true;
}

Result<QString> UrlResolver::resolve(const QString& reference) const
{
    if (std::optional<QString> quick = resolveQuickly(reference))
        return std::move(*quick);
    return resolveSlowly(reference);
}

Result<QString> UrlResolver::resolveSlowly(const QString& reference) const
{
    const QString trimmed = reference.trimmed();
    return normalise(m_base.resolved(QUrl(trimmed, QUrl::TolerantMode)), trimmed);
}

namespace {
bool isPlainPathChar(char16_t c)
{
    return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9') || c == u'-' || c == u'.'
        || c == u'_' || c == u'~' || c == u'/';
}

bool hasDotSegment(QStringView path)
{
    const qsizetype n = path.size();
    for (qsizetype i = 0; i + 1 < n; ++i) {
        if (path[i] != u'/' || path[i + 1] != u'.')
            continue;
        const qsizetype after = i + 2 < n && path[i + 2] == u'.' ? i + 3 : i + 2;
        if (after == n || path[after] == u'/')
            return true;
    }
    return false;
}

bool isPlainQueryChar(char16_t c)
{
    return isPlainPathChar(c) || c == u'=' || c == u'&';
}
} // namespace

// RFC 3986 §5.2.2 for the references whose every character normalisation leaves alone; nothing otherwise.
std::optional<QString> UrlResolver::resolveQuickly(QStringView reference) const
{
    if (!m_quick)
        return std::nullopt;
    // The fragment is dropped whatever it holds.
    if (const qsizetype hash = reference.indexOf(u'#'); hash >= 0)
        reference = reference.first(hash);
    const qsizetype queryAt = reference.indexOf(u'?');
    const QStringView path = queryAt < 0 ? reference : reference.first(queryAt);
    const QStringView query = queryAt < 0 ? QStringView() : reference.sliced(queryAt + 1);
    for (const QChar c : path) {
        if (!isPlainPathChar(c.unicode()))
            return std::nullopt;
    }
    for (const QChar c : query) {
        if (!isPlainQueryChar(c.unicode()))
            return std::nullopt;
    }
    if (path.startsWith(u"//"))
        return std::nullopt; // a network-path reference names another authority

    QString result;
    const qsizetype slash = m_path.lastIndexOf(u'/');
    result.reserve(m_origin.size() + m_path.size() + path.size() + query.size() + m_query.size() + 2);
    result.append(m_origin);
    const qsizetype pathStart = result.size();
    if (path.isEmpty())
        result.append(m_path); // "" and "?q" keep the base path; "" also keeps its query
    else if (path.front() == u'/')
        result.append(path);
    else
        result.append(QStringView(m_path).first(slash + 1)).append(path);
    // Every path here starts with '/', so a dot segment is "/." or "/.." followed by '/' or the end.
    if (hasDotSegment(QStringView(result).sliced(pathStart))) {
        const QString cleaned = removeDotSegments(QStringView(result).sliced(pathStart));
        result.truncate(pathStart);
        result.append(cleaned.isEmpty() ? QStringLiteral("/") : cleaned);
    }
    if (queryAt >= 0)
        result.append(u'?').append(query);
    else if (path.isEmpty())
        result.append(m_query);
    return result;
}

} // namespace pav::crawl
