// SPDX-FileCopyrightText: 2026 Pavutyna contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "crawl/PageLinks.h"

namespace pav::crawl {

void PageLinks::reserve(qsizetype links, qsizetype textBytes)
{
    m_entries.reserve(links);
    m_text.reserve(textBytes);
}

void PageLinks::append(QByteArrayView url, QByteArrayView anchor, QByteArrayView rel, html::LinkKind kind)
{
    const auto writeUrl = [url](QByteArray& text) {
        text.append(url);
        return true;
    };
    appendWritten(writeUrl, anchor, rel, kind);
}

PageLinks::Link PageLinks::operator[](qsizetype index) const
{
    const Entry& entry = m_entries[index];
    const char* url = m_text.constData() + entry.at;
    const char* anchor = url + entry.urlSize;
    const char* rel = anchor + entry.anchorSize;
    return {QByteArrayView(url, entry.urlSize), QByteArrayView(anchor, entry.anchorSize),
            QByteArrayView(rel, entry.relSize), entry.kind};
}

} // namespace pav::crawl
