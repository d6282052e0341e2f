// SPDX-FileCopyrightText: 2026 Pavutyna contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>

#include <QByteArray>
#include <QByteArrayView>

namespace pav::store {

// How the crawl file keeps a page's HTML (the bodies table, --store-html): one zstd frame of the decoded
// UTF-8. zstd rather than zlib because --reextract decompresses every page again: zlib's inflate was 8% of a
// re-extraction's CPU, zstd's is a fraction of that at about the same size, and compressing on the crawl's
// parse threads costs less too. Thread-safe.
QByteArray compressHtml(QByteArrayView utf8);
// nullopt when `stored` is not a whole zstd frame (a damaged file), or would decompress past `limit` bytes.
std::optional<QByteArray> decompressHtml(QByteArrayView stored, qsizetype limit = qsizetype(1) << 30);

} // namespace pav::store
