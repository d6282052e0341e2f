// SPDX-FileCopyrightText: 2026 Pavutyna contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/StoredHtml.h"

#include <zstd.h>

namespace pav::store {

namespace {
// Level 1: the crawl is CPU-bound on parsing; HTML still shrinks about four times.
constexpr int CompressionLevel = 1;

// One context per thread, kept: ZSTD_compress/ZSTD_decompress make and free one (hundreds of KB) per call,
// which was a third of the decompression's cost on 27 KB pages.
struct Contexts
{
    ZSTD_CCtx* compress = ZSTD_createCCtx();
    ZSTD_DCtx* decompress = ZSTD_createDCtx();
    Contexts() = default;
    Contexts(const Contexts&) = delete;
    Contexts& operator=(const Contexts&) = delete;
    ~Contexts()
    {
        ZSTD_freeCCtx(compress);
        ZSTD_freeDCtx(decompress);
    }
};

Contexts& contexts()
{
    thread_local Contexts perThread;
    return perThread;
}
} // namespace

QByteArray compressHtml(QByteArrayView utf8)
{
    QByteArray out(qsizetype(ZSTD_compressBound(std::size_t(utf8.size()))), Qt::Uninitialized);
    ZSTD_CCtx* context = contexts().compress;
    const std::size_t written = context ? ZSTD_compressCCtx(context, out.data(), std::size_t(out.size()), utf8.data(),
                                                            std::size_t(utf8.size()), CompressionLevel)
                                        : ZSTD_compress(out.data(), std::size_t(out.size()), utf8.data(),
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
    ZSTD_DCtx* context = contexts().decompress;
    const std::size_t written = context ? ZSTD_decompressDCtx(context, out.data(), std::size_t(out.size()), stored.data(),
                                                              std::size_t(stored.size()))
                                        : ZSTD_decompress(out.data(), std::size_t(out.size()), stored.data(),
                                                          std::size_t(stored.size()));
    if (ZSTD_isError(written) || written != size)
        return std::nullopt;
    return out;
}

} // namespace pav::store
