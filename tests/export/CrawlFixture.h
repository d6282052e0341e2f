// SPDX-FileCopyrightText: 2026 Pavutyna contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <memory>

#include <QByteArray>
#include <QString>
#include <QTemporaryDir>

#include "export/CrawlExporter.h"
#include "store/CrawlStore.h"

namespace pav::test {

// A small crawl file written through CrawlStore, as the crawler writes one: eight URLs (pages, a redirect, an
// image, a robots-blocked URL, a 404, a link target never fetched) and ten links, with text that CSV and
// JSON must escape. Pages are saved out of id order, so the exports' ordering is really tested. fetched_at is
// pinned to 2026-01-01T00:00:0<id>Z so the output is byte-for-byte stable.
class CrawlFixture
{
public:
    // `indexTargets`: whether links_target exists, as after a crawl that stopped normally; without it the file
    // is what an export sees mid-crawl or after a kill.
    explicit CrawlFixture(bool indexTargets = true);

    bool isValid() const { return m_store != nullptr; }
    QString errorString() const { return m_error; }
    store::CrawlStore& store() { return *m_store; }
    store::Database& database() { return m_store->database(); }

    // An empty crawl file (schema only), for the zero-row cases.
    static std::unique_ptr<store::CrawlStore> openEmpty(const QTemporaryDir& dir);

private:
    bool build(bool indexTargets);

    QTemporaryDir m_dir;
    std::unique_ptr<store::CrawlStore> m_store;
    QString m_error;
};

// Runs one export into memory; on failure returns the error message prefixed with "ERROR: ".
QByteArray exported(Result<qint64> (*exporter)(store::Database&, QIODevice&, const exporting::ExportOptions&),
                    store::Database& db, const exporting::ExportOptions& options, qint64* rows = nullptr);

} // namespace pav::test
