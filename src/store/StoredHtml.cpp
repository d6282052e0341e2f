// SPDX-FileCopyrightText: 2026 Pavutyna contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/StoredHtml.h"

#include <zstd.h>

namespace pav::store {

namespace {
// Level 1: the crawl is CPU-bound on parsing; HTML still shrinks about four times.
constexpr int CompressionLevel = 1;
} // namespace

QByteArray compressHtml(QByteArrayView utf8)
{
    QByteArray out(qsizetype(ZSTD_compressBound(std::size_t(utf8.size()))), Qt::Uninitialized);
    const std::size_t written = ZSTD_compress(out.data(), std::size_t(out.size()), utf8.data(),
                                              std::size_t(utf8.size()), CompressionLevel);
    if (ZSTD_isError(written))
        return {};
    out.truncate(qsizetype(written));
    return out;
}

std::optional<QByteArray> decompressHtml(QByteArrayView stored, qsizetype limit)
{
    const unsigned long long size = ZSTD_getFrameContentSize(stored.data(), std::size_t(stored.size()));
    if (size == ZSTD_CONTENTSIZE_ERROR || size == ZSTD_CONTENTSIZE_UNKNOWN || size > (unsigned long long)(limit))
        return std::nullopt;
    QByteArray out(qsizetype(size), Qt::Uninitialized);
    const std::size_t written = ZSTD_decompress(out.data(), std::size_t(out.size()), stored.data(),
                                                std::size_t(stored.size()));
    if (ZSTD_isError(written) || written != size)
        return std::nullopt;
    return out;
}

} // namespace pav::store
