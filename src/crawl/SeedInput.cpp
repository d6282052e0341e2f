// SPDX-FileCopyrightText: 2026 Pavutyna contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "crawl/SeedInput.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSet>
#include <QUrl>

#include "crawl/Url.h"

namespace pav::crawl {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(pav::crawl::SeedInput)
};

Result<QString> checkedSeed(const QString& typed)
{
    QString text = typed.trimmed();
    // "mailto:x" and "http://x" have a scheme; "localhost:8080/" and "example.com" do not and get https://.
    static const QRegularExpression schemeFirst(QStringLiteral("^[A-Za-z][A-Za-z0-9+.-]*:"));
    static const QRegularExpression hostAndPort(QStringLiteral("^[^/:?#]+:[0-9]+([/?#]|$)"));
    if (!schemeFirst.match(text).hasMatch() || hostAndPort.match(text).hasMatch()) {
        // A local server ("localhost:8080", "127.0.0.1") almost never speaks TLS; a site on the web almost always.
        static const QRegularExpression local(
            QStringLiteral("^(localhost|[0-9]+(\\.[0-9]+){3})([:/?#]|$)"),
            QRegularExpression::CaseInsensitiveOption);
        text.prepend(local.match(text).hasMatch() ? QStringLiteral("http://") : QStringLiteral("https://"));
    }
    const QUrl url(text, QUrl::StrictMode);
    const QString scheme = url.scheme().toLower();
    if (url.isValid() && scheme != QLatin1String("http") && scheme != QLatin1String("https"))
        return Error{ErrorKind::InvalidArgument, Tr::tr("Only http and https addresses can be crawled: %1").arg(typed)};
    if (!url.isValid() || url.host().isEmpty())
        return Error{ErrorKind::InvalidArgument, Tr::tr("Not a valid web address: %1").arg(typed)};
    auto normalised = normaliseUrl(text);
    if (!normalised)
        return Error{ErrorKind::InvalidArgument, Tr::tr("Not a valid web address: %1").arg(typed)};
    return *normalised;
}
} // namespace

Result<QStringList> parseSeedUrls(const QString& text)
{
    const QStringList parts = text.split(QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts);
    if (parts.isEmpty())
        return Error{ErrorKind::InvalidArgument, Tr::tr("Type the address of a site to crawl, e.g. https://example.com/")};
    QStringList seeds;
    for (const QString& part : parts) {
        auto seed = checkedSeed(part);
        if (!seed)
            return seed.error();
        if (!seeds.contains(*seed))
            seeds.append(*seed);
    }
    return seeds;
}

Result<QStringList> parseUrlList(const QByteArray& bytes)
{
    QByteArray data = bytes;
    if (data.startsWith("\xEF\xBB\xBF"))
        data.remove(0, 3);
    const QString text = QString::fromUtf8(data);
    if (text.contains(QChar::ReplacementCharacter))
        return Error{ErrorKind::InvalidArgument, Tr::tr("The URL list is not UTF-8 text.")};
    QStringList seeds;
    QSet<QString> seen; // lists of 100,000 URLs are normal in list mode
    const QStringList lines = text.split(u'\n');
    for (int i = 0; i < lines.size(); ++i) {
        const QString line = lines[i].trimmed();
        if (line.isEmpty() || line.startsWith(u'#'))
            continue;
        auto seed = checkedSeed(line);
        if (!seed)
            return Error{ErrorKind::InvalidArgument, Tr::tr("Line %1: %2").arg(i + 1).arg(seed.error().message)};
        if (!seen.contains(*seed)) {
            seen.insert(*seed);
            seeds.append(*seed);
        }
    }
    if (seeds.isEmpty())
        return Error{ErrorKind::InvalidArgument, Tr::tr("The URL list holds no URL.")};
    return seeds;
}

} // namespace pav::crawl
