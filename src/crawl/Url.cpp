// SPDX-FileCopyrightText: 2026 Pavutyna contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "crawl/Url.h"

#include <algorithm>
#include <cstring>

#include <QCoreApplication>
#include <QUrl>

namespace pav::crawl {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(pav::crawl::Url)
};

// RFC 3986 §5.2.4 over ASCII (a fully encoded path). Qt 6.4's QUrl::NormalizePathSegments turns "/a/./b/../c"
// into "/a//c".
QByteArray removeDotSegments(QByteArrayView input)
{
    QByteArray output;
    output.reserve(input.size());
    while (!input.isEmpty()) {
        if (input.startsWith("../")) {
            input = input.sliced(3);
        } else if (input.startsWith("./")) {
            input = input.sliced(2);
        } else if (input.startsWith("/./")) {
            input = input.sliced(2);
        } else if (input == "/.") {
            input = "/";
        } else if (input.startsWith("/../") || input == "/..") {
            input = input.size() == 3 ? QByteArrayView("/") : input.sliced(3);
            const qsizetype slash = output.lastIndexOf('/');
            output.truncate(slash < 0 ? 0 : slash);
        } else if (input == "." || input == "..") {
            input = {};
        } else {
            qsizetype next = input.indexOf('/', input.startsWith('/') ? 1 : 0);
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
    const QString path = QString::fromLatin1(removeDotSegments(url.path(QUrl::FullyEncoded).toLatin1()));
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
    // A normalised URL is ASCII (punycode host, percent-encoded path and query).
    const QByteArray ascii = text.toLatin1();
    m_origin = ascii.first(pathStart);
    m_path = queryStart < 0 ? ascii.sliced(pathStart) : ascii.sliced(pathStart, queryStart - pathStart);
    m_query = queryStart < 0 ? QByteArray() : ascii.sliced(queryStart);
    m_quick = true;
}

Result<QString> UrlResolver::resolve(const QString& reference) const
{
    if (QByteArray quick; appendQuickly(reference.toUtf8(), quick))
        return QString::fromLatin1(quick);
    return resolveSlowly(reference);
}

Result<QByteArray> UrlResolver::resolveUtf8(QByteArrayView reference) const
{
    if (QByteArray quick; appendQuickly(reference, quick))
        return quick;
    return resolveSlowlyUtf8(reference);
}

bool UrlResolver::appendResolvedUtf8(QByteArrayView reference, QByteArray& out) const
{
    if (appendQuickly(reference, out))
        return true;
    Result<QByteArray> slow = resolveSlowlyUtf8(reference);
    if (slow)
        out.append(*slow);
    return slow.hasValue();
}

Result<QByteArray> UrlResolver::resolveSlowlyUtf8(QByteArrayView reference) const
{
    Result<QString> slow = resolveSlowly(QString::fromUtf8(reference));
    if (!slow)
        return slow.error();
    return slow->toUtf8();
}

Result<QString> UrlResolver::resolveSlowly(const QString& reference) const
{
    const QString trimmed = reference.trimmed();
    return normalise(m_base.resolved(QUrl(trimmed, QUrl::TolerantMode)), trimmed);
}

namespace {
bool isPlainPathChar(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '.'
        || c == '_' || c == '~' || c == '/';
}

bool hasDotSegment(QByteArrayView path)
{
    const qsizetype n = path.size();
    for (qsizetype i = 0; i + 1 < n; ++i) {
        if (path[i] != '/' || path[i + 1] != '.')
            continue;
        const qsizetype after = i + 2 < n && path[i + 2] == '.' ? i + 3 : i + 2;
        if (after == n || path[after] == '/')
            return true;
    }
    return false;
}

bool isPlainQueryChar(char c)
{
    return isPlainPathChar(c) || c == '=' || c == '&';
}

// removeDotSegments for the path that starts at `from` with '/' and runs to the end of `url`, rewritten in place
// segment by segment (the output never outgrows what has been read): a third of the links of a typical page
// are "../" references, and the general version allocated for every segment.
void removeDotSegmentsInPlace(QByteArray& url, qsizetype from)
{
    char* text = url.data();
    const qsizetype end = url.size();
    qsizetype read = from;
    qsizetype write = from;
    while (read < end) {
        const qsizetype segment = read + 1; // `read` is at a '/'
        qsizetype next = segment;
        while (next < end && text[next] != '/')
            ++next;
        const qsizetype length = next - segment;
        const bool dot = length == 1 && text[segment] == '.';
        const bool dotDot = length == 2 && text[segment] == '.' && text[segment + 1] == '.';
        if (dotDot) {
            while (write > from && text[write - 1] != '/')
                --write;
            if (write > from)
                --write; // drop the segment and the '/' before it
        }
        if (dot || dotDot) {
            if (next == end)
                text[write++] = '/'; // "/a/." and "/a/b/.." end in a directory: "/a/"
        } else {
            std::memmove(text + write, text + read, std::size_t(next - read));
            write += next - read;
        }
        read = next;
    }
    url.truncate(write);
}
} // namespace

// RFC 3986 §5.2.2 for the references whose every character normalisation leaves alone, appended to `out`;
// false, leaving `out` alone, otherwise. Those are ASCII, so the UTF-8 bytes of the reference are its characters.
bool UrlResolver::appendQuickly(QByteArrayView reference, QByteArray& out) const
{
    if (!m_quick)
        return false;
    // The fragment is dropped whatever it holds.
    if (const qsizetype hash = reference.indexOf('#'); hash >= 0)
        reference = reference.first(hash);
    const qsizetype queryAt = reference.indexOf('?');
    const QByteArrayView path = queryAt < 0 ? reference : reference.first(queryAt);
    const QByteArrayView query = queryAt < 0 ? QByteArrayView() : reference.sliced(queryAt + 1);
    for (const char c : path) {
        if (!isPlainPathChar(c))
            return false;
    }
    for (const char c : query) {
        if (!isPlainQueryChar(c))
            return false;
    }
    if (path.startsWith("//"))
        return false; // a network-path reference names another authority

    // The URL is written into one buffer sized for it: QByteArray::append's general path was a third of the cost
    // of resolving a link.
    QByteArrayView directory; // what of the base path comes before the reference's path
    if (path.isEmpty())
        directory = m_path; // "" and "?q" keep the base path; "" also keeps its query
    else if (path.front() != '/')
        directory = QByteArrayView(m_path).first(m_path.lastIndexOf('/') + 1);
    const QByteArrayView tail = queryAt >= 0 ? reference.sliced(queryAt) : path.isEmpty() ? QByteArrayView(m_query)
                                                                                             : QByteArrayView();
    const qsizetype pathStart = out.size() + m_origin.size();
    const qsizetype pathEnd = pathStart + directory.size() + path.size();
    // Grown by doubling: `out` may be a page's link buffer that an exact reservation would copy for every link.
    if (const qsizetype needed = pathEnd + tail.size(); needed > out.capacity())
        out.reserve(std::max(needed, 2 * out.capacity()));
    out.resize(pathEnd);
    char* write = out.data() + pathStart - m_origin.size();
    for (QByteArrayView piece : {QByteArrayView(m_origin), directory, path}) {
        if (!piece.isEmpty())
            std::memcpy(write, piece.data(), std::size_t(piece.size()));
        write += piece.size();
    }
    // Every path here starts with '/', so a dot segment is "/." or "/.." followed by '/' or the end.
    if (hasDotSegment(QByteArrayView(out).sliced(pathStart)))
        removeDotSegmentsInPlace(out, pathStart);
    if (!tail.isEmpty()) {
        const qsizetype at = out.size();
        out.resize(at + tail.size()); // within the reserved capacity
        std::memcpy(out.data() + at, tail.data(), std::size_t(tail.size()));
    }
    return true;
}

} // namespace pav::crawl
