// SPDX-FileCopyrightText: 2026 Pavutyna contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

namespace pav::ui {

// One page as the crawl file keeps it for the rule tester: its URL and, when the crawl stored it
// (--store-html, "Store page HTML"), its UTF-8 HTML. Plain data, read on a worker, moved to the GUI thread.
struct StoredPage
{
    QString url;
    QByteArray html; // null: not stored
    bool exists = false;
    QString error;   // the file or the stored body could not be read
};

// Opens its own read-only connection. A file from before extraction (schema 1) has no bodies table: its pages
// are "not stored". Never fetches anything.
StoredPage readStoredPage(const QString& crawlFile, qint64 urlId);

} // namespace pav::ui
