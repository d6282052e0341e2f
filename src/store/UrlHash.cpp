// SPDX-FileCopyrightText: 2026 Pavutyna contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/UrlHash.h"

namespace pav::store {

std::uint64_t urlHash(QByteArrayView url)
{
    constexpr std::uint64_t m = 0xc6a4a7935bd1e995ULL;
    constexpr int r = 47;
    const auto* data = reinterpret_cast<const unsigned char*>(url.data());
    const std::size_t length = std::size_t(url.size());
    std::uint64_t h = 0x50415655ULL ^ (length * m); // seed: our application id
    std::size_t i = 0;
    for (; i + 8 <= length; i += 8) {
        std::uint64_t k = 0;
        for (int b = 7; b >= 0; --b)
            k = (k << 8) | data[i + std::size_t(b)];
        k *= m;
        k ^= k >> r;
        k *= m;
        h ^= k;
        h *= m;
    }
    const std::size_t rest = length - i;
    if (rest > 0) {
        for (std::size_t b = rest; b-- > 0;)
            h ^= std::uint64_t(data[i + b]) << (8 * b);
        h *= m;
    }
    h ^= h >> r;
    h *= m;
    h ^= h >> r;
    return h == 0 ? 1 : h;
}

} // namespace pav::store
