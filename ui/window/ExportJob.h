// SPDX-FileCopyrightText: 2026 Pavutyna contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QString>

#include "common/Result.h"
#include "export/CrawlExporter.h"

namespace pav::ui {

// One export the File menu asks for: a table of a crawl file, maybe only a tab's filtered rows, to a file.
struct ExportRequest
{
    enum class Table
    {
        Pages,
        Links,
    };
    QString crawlFile;
    QString outputPath;
    Table table = Table::Pages;
    exporting::ExportOptions options; // format, BOM, formula neutralising, the filter's SQL predicate
};

// Writes the export synchronously: its own read-only connection, the same exporter as the CLI's --export,
// and a QSaveFile, so a failed export (full disk) leaves whatever file was there untouched.
// Returns the number of rows written.
Result<qint64> runExport(const ExportRequest& request);

// Runs runExport() on the global thread pool, so a million-row export never freezes the window, and reports
// on the thread that started it. Deletes itself after finished().
class ExportJob : public QObject
{
    Q_OBJECT

public:
    static ExportJob* start(const ExportRequest& request, QObject* parent);

signals:
    void finished(bool ok, qint64 rows, const QString& message);

private:
    using QObject::QObject;
};

} // namespace pav::ui
