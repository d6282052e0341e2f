// SPDX-FileCopyrightText: 2026 Pavutyna contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "crawl/Sitemap.h"

#include <zlib.h>

#include <QCoreApplication>
#include <QXmlStreamReader>

namespace pav::crawl {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(pav::crawl::Sitemap)
};

bool isGzip(const QByteArray& body)
{
    return body.size() >= 2 && quint8(body[0]) == 0x1f && quint8(body[1]) == 0x8b;
}

Result<Sitemap> parseXml(const QByteArray& xml)
{
    Sitemap sitemap;
    QXmlStreamReader reader(xml);
    bool sawRoot = false;
    while (!reader.atEnd()) {
        if (reader.readNext() != QXmlStreamReader::StartElement)
            continue;
        const QStringView name = reader.name();
        if (!sawRoot) {
            sawRoot = true;
            if (name == u"sitemapindex")
                sitemap.kind = Sitemap::Kind::Index;
            else if (name != u"urlset")
                return Error{ErrorKind::InvalidArgument,
                             Tr::tr("Not a sitemap: the document starts with <%1>").arg(name.toString())};
        } else if (name == u"loc") {
            const QString location = reader.readElementText(QXmlStreamReader::SkipChildElements).trimmed();
            if (!location.isEmpty())
                sitemap.locations.append(location);
        }
    }
    // A sitemap cut short still yields the URLs before the damage, as search engines read them.
    if (reader.hasError() && sitemap.locations.isEmpty())
        return Error{ErrorKind::InvalidArgument,
                     Tr::tr("Malformed sitemap XML at line %1: %2").arg(reader.lineNumber()).arg(reader.errorString())};
    return sitemap;
}

Sitemap parseText(const QByteArray& text)
{
    Sitemap sitemap;
    for (const QByteArray& line : text.split('\n')) {
        const QString location = QString::fromUtf8(line).trimmed();
        if (location.startsWith(QLatin1String("http://"), Qt::CaseInsensitive)
            || location.startsWith(QLatin1String("https://"), Qt::CaseInsensitive))
            sitemap.locations.append(location);
    }
    return sitemap;
}
} // namespace

Result<QByteArray> gunzip(const QByteArray& compressed, qint64 maxBytes)
{
    z_stream stream = {};
    if (inflateInit2(&stream, 15 + 32) != Z_OK) // 32: accept gzip and zlib headers
        return Error{ErrorKind::Internal, Tr::tr("Could not start decompression")};
    stream.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(compressed.constData()));
    stream.avail_in = uInt(compressed.size());
    QByteArray output;
    char buffer[64 * 1024];
    int rc = Z_OK;
    while (rc != Z_STREAM_END) {
        stream.next_out = reinterpret_cast<Bytef*>(buffer);
        stream.avail_out = sizeof buffer;
        rc = inflate(&stream, Z_NO_FLUSH);
        if (rc != Z_OK && rc != Z_STREAM_END) {
            inflateEnd(&stream);
            return Error{ErrorKind::InvalidArgument, Tr::tr("The gzipped sitemap is damaged")};
        }
        const qsizetype produced = qsizetype(sizeof buffer - stream.avail_out);
        if (output.size() + produced > maxBytes) {
            inflateEnd(&stream);
            return Error{ErrorKind::InvalidArgument, Tr::tr("The sitemap is larger than %1 bytes uncompressed").arg(maxBytes)};
        }
        output.append(buffer, produced);
        if (rc == Z_OK && stream.avail_in == 0 && produced == 0) {
            inflateEnd(&stream);
            return Error{ErrorKind::InvalidArgument, Tr::tr("The gzipped sitemap is cut short")};
        }
    }
    inflateEnd(&stream);
    return output;
}

Result<Sitemap> parseSitemap(const QByteArray& body, qint64 maxBytes)
{
    QByteArray content = body;
    if (isGzip(body)) {
        Result<QByteArray> inflated = gunzip(body, maxBytes);
        if (!inflated)
            return inflated.error();
        content = std::move(*inflated);
    } else if (body.size() > maxBytes) {
        return Error{ErrorKind::InvalidArgument, Tr::tr("The sitemap is larger than %1 bytes uncompressed").arg(maxBytes)};
    }
    const QByteArray start = content.left(512).trimmed();
    if (start.startsWith('<') || start.startsWith("\xEF\xBB\xBF<"))
        return parseXml(content);
    return parseText(content);
}

} // namespace pav::crawl
