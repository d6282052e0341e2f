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

UrlResolver::UrlResolver(const QString& base)
    : m_base(base.trimmed(), QUrl::TolerantMode)
{
}

Result<QString> UrlResolver::resolve(const QString& reference) const
{
    const QString trimmed = reference.trimmed();
    return normalise(m_base.resolved(QUrl(trimmed, QUrl::TolerantMode)), trimmed);
}

} // namespace pav::crawl
