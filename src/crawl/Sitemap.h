// SPDX-FileCopyrightText: 2026 Pavutyna contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QStringList>

#include "common/Result.h"

namespace pav::crawl {

// One fetched sitemap (sitemaps.org protocol): either a list of page URLs or an index of further sitemaps.
// Accepts XML (<urlset>, <sitemapindex>), the same gzipped (detected by its magic bytes, so a
// `.xml.gz` served without Content-Encoding works), and plain text with one URL per line.
struct Sitemap
{
    enum class Kind
    {
        Pages,
        Index,
    };
    Kind kind = Kind::Pages;
    QStringList locations; // <loc> values as written, trimmed; the crawler normalises and scopes them
};

// The protocol caps a sitemap at 50 MB uncompressed; larger ones (or gzip bombs) stop with an error.
constexpr qint64 MaxSitemapBytes = 50LL * 1024 * 1024;

Result<Sitemap> parseSitemap(const QByteArray& body, qint64 maxBytes = MaxSitemapBytes);

// gunzip with a ceiling on the output; exposed for tests.
Result<QByteArray> gunzip(const QByteArray& compressed, qint64 maxBytes);

} // namespace pav::crawl
