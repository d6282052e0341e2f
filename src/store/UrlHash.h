// SPDX-FileCopyrightText: 2026 Pavutyna contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstdint>

#include <QByteArrayView>

namespace pav::store {

// The 64-bit identity of a normalised URL in a crawl file (urls.url_hash, unique) and in the crawler's
// in-memory seen-set. MurmurHash64A with bytes read little-endian, so a crawl file means the same on every
// machine and every build; never 0, which the seen-set uses for an empty slot.
std::uint64_t urlHash(QByteArrayView normalisedUrl);

} // namespace pav::store
