// SPDX-FileCopyrightText: 2026 Pavutyna contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "crawl/UrlIndex.h"

#include <bit>

#include "store/UrlHash.h"

namespace pav::crawl {

std::uint64_t UrlIndex::hash(QByteArrayView normalisedUrl)
{
    return store::urlHash(normalisedUrl); // the crawl file stores the same hash: resume reads it, never rehashes
}

std::optional<qint64> UrlIndex::find(std::uint64_t hash) const
{
    if (m_slots.empty())
        return std::nullopt;
    const std::size_t mask = m_slots.size() - 1;
    for (std::size_t i = hash & mask;; i = (i + 1) & mask) {
        const Slot& slot = m_slots[i];
        if (slot.key == hash)
            return slot.id;
        if (slot.key == 0)
            return std::nullopt;
    }
}

bool UrlIndex::insert(std::uint64_t hash, qint64 id)
{
    // Grow at 3/4 full: linear probing degrades quickly beyond that.
    if (std::size_t(m_size + 1) * 4 > m_slots.size() * 3)
        grow(m_slots.empty() ? 1024 : m_slots.size() * 2);
    const std::size_t mask = m_slots.size() - 1;
    for (std::size_t i = hash & mask;; i = (i + 1) & mask) {
        Slot& slot = m_slots[i];
        if (slot.key == hash)
            return false;
        if (slot.key == 0) {
            slot = {hash, id};
            ++m_size;
            return true;
        }
    }
}

void UrlIndex::reserve(qsizetype count)
{
    const std::size_t wanted = std::bit_ceil(std::size_t(count) * 4 / 3 + 1);
    if (wanted > m_slots.size())
        grow(wanted);
}

void UrlIndex::grow(std::size_t capacity)
{
    std::vector<Slot> old;
    old.swap(m_slots);
    m_slots.assign(capacity, Slot{});
    const std::size_t mask = capacity - 1;
    for (const Slot& slot : old) {
        if (slot.key == 0)
            continue;
        std::size_t i = slot.key & mask;
        while (m_slots[i].key != 0)
            i = (i + 1) & mask;
        m_slots[i] = slot;
    }
}

} // namespace pav::crawl
