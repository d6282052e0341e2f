// SPDX-FileCopyrightText: 2026 Pavutyna contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QList>

#include "html/PageParser.h"

namespace pav::crawl {

// A page's links in document order, packed: their texts back to back in one buffer, and a fixed-size entry per
// link that points into it. They are made on a parse thread and read and freed on the network thread; kept as
// three QByteArrays a link, that was ~100 allocations a page made on one thread and freed on the other, where
// glibc's free has to lock the other thread's arena, and malloc later consolidates what came back.
class PageLinks
{
public:
    struct Link
    {
        QByteArrayView url; // resolved and normalised (ASCII); empty when the href is not a valid http(s) URL
        QByteArrayView anchor;
        QByteArrayView rel;
        html::LinkKind kind = html::LinkKind::Anchor;
    };

    void reserve(qsizetype links, qsizetype textBytes);
    void append(QByteArrayView url, QByteArrayView anchor, QByteArrayView rel, html::LinkKind kind);
    // The same for a URL that `writeUrl(QByteArray& text)` appends to the buffer itself, returning false (having
    // appended nothing) when there is none: the resolver writes each URL in place, with no string of its own.
    template <typename WriteUrl>
    void appendWritten(WriteUrl&& writeUrl, QByteArrayView anchor, QByteArrayView rel, html::LinkKind kind)
    {
        const qsizetype at = m_text.size();
        if (!writeUrl(m_text))
            m_text.truncate(at);
        m_entries.append({at, m_text.size() - at, anchor.size(), rel.size(), kind});
        m_text.append(anchor).append(rel);
    }

    qsizetype size() const { return m_entries.size(); }
    bool isEmpty() const { return m_entries.isEmpty(); }
    // Its views stay valid while this list lives and nothing is appended to it.
    Link operator[](qsizetype index) const;

    class Iterator
    {
    public:
        Iterator(const PageLinks* links, qsizetype index) : m_links(links), m_index(index) {}
        Link operator*() const { return (*m_links)[m_index]; }
        Iterator& operator++()
        {
            ++m_index;
            return *this;
        }
        bool operator==(const Iterator& other) const { return m_index == other.m_index; }

    private:
        const PageLinks* m_links;
        qsizetype m_index;
    };
    Iterator begin() const { return {this, 0}; }
    Iterator end() const { return {this, size()}; }

private:
    struct Entry
    {
        qsizetype at; // of the url; the anchor and the rel follow it
        qsizetype urlSize;   // qsizetype, not int: --max-size may let a page (and one anchor text) pass 2 GiB
        qsizetype anchorSize;
        qsizetype relSize;
        html::LinkKind kind;
    };
    QByteArray m_text;
    QList<Entry> m_entries;
};

} // namespace pav::crawl
