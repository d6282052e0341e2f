// SPDX-FileCopyrightText: 2026 Pavutyna contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/window/ExportJob.h"

#include <QCoreApplication>
#include <QPointer>
#include <QSaveFile>
#include <QThreadPool>

#include "store/CrawlReader.h"

namespace pav::ui {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(pav::ui::ExportJob)
};
} // namespace

Result<qint64> runExport(const ExportRequest& request)
{
    auto db = store::openCrawlReader(request.crawlFile);
    if (!db)
        return Error{db.error().kind, Tr::tr("Cannot open crawl file %1: %2").arg(request.crawlFile, db.error().message)};
    QSaveFile file(request.outputPath);
    if (!file.open(QIODevice::WriteOnly))
        return Error{ErrorKind::Io, Tr::tr("Cannot write %1: %2").arg(request.outputPath, file.errorString())};
    const auto exporter = request.table == ExportRequest::Table::Pages ? exporting::exportPages : exporting::exportLinks;
    Result<qint64> rows = exporter(**db, file, request.options);
    if (!rows) {
        file.cancelWriting();
        return Error{rows.error().kind, Tr::tr("Cannot write %1: %2").arg(request.outputPath, rows.error().message)};
    }
    if (!file.commit())
        return Error{ErrorKind::Io, Tr::tr("Cannot write %1: %2").arg(request.outputPath, file.errorString())};
    return rows;
}

ExportJob* ExportJob::start(const ExportRequest& request, QObject* parent)
{
    auto* job = new ExportJob(parent);
    QPointer<ExportJob> alive(job);
    QThreadPool::globalInstance()->start([request, alive] {
        const Result<qint64> rows = runExport(request);
        const bool ok = bool(rows);
        const qint64 count = ok ? *rows : 0;
        const QString message = ok ? QString() : rows.error().message;
        // Queued to the job's thread; if the window went away meanwhile, nobody is told.
        QMetaObject::invokeMethod(
            QCoreApplication::instance(),
            [alive, ok, count, message] {
                if (!alive)
                    return;
                emit alive->finished(ok, count, message);
                alive->deleteLater();
            },
            Qt::QueuedConnection);
    });
    return job;
}

} // namespace pav::ui
