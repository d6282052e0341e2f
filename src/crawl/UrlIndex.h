// SPDX-FileCopyrightText: 2026 Pavutyna contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstdint>
#include <optional>
#include <vector>

#include <QByteArrayView>

namespace pav::crawl {

// The crawl's seen-set: the 64-bit hash of every normalised URL mapped to its row id in the crawl file, so
// that dedup and link targets never need a query. Open addressing with linear probing: 16 bytes a slot,
// 21–43 bytes a URL depending on where the table is between doublings (a QHash<QString, qint64> costs ~150).
// Two URLs sharing a 64-bit hash would be merged; at a million URLs the odds are about 3 in 100 million.
class UrlIndex
{
public:
    static std::uint64_t hash(QByteArrayView normalisedUrl);

    std::optional<qint64> find(std::uint64_t hash) const;
    // Records `id` for `hash` unless the hash is already present; returns false in that case.
    bool insert(std::uint64_t hash, qint64 id);

    qsizetype size() const { return m_size; }
    std::size_t memoryBytes() const { return m_slots.capacity() * sizeof(Slot); }
    void reserve(qsizetype count);

private:
    struct Slot
    {
        std::uint64_t key = 0; // 0 marks an empty slot; hash() never returns 0
        qint64 id = 0;
    };
    void grow(std::size_t capacity);

    std::vector<Slot> m_slots;
    qsizetype m_size = 0;
};

} // namespace pav::crawl
