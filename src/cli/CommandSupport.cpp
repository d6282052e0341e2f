// SPDX-FileCopyrightText: 2026 Pavutyna contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/CommandSupport.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QSaveFile>

#include "export/CrawlExporter.h"
#include "export/Filters.h"
#include "store/Database.h"

namespace pav::cli {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(pav::cli::HeadlessRunner)
};
} // namespace

void say(QIODevice* device, const QString& line)
{
    device->write((line + QLatin1Char('\n')).toUtf8());
}

int failWith(Streams streams, int code, const QString& message)
{
    say(streams.err, Tr::tr("pavutyna: %1").arg(message));
    return code;
}

Result<void> checkCrawlFile(const QString& path)
{
    if (!QFileInfo::exists(path))
        return Error{ErrorKind::InvalidArgument, Tr::tr("Crawl file not found: %1").arg(path)};
    if (auto checked = store::Database::checkIsWritableCrawlFile(path); !checked)
        return Error{checked.error().kind, Tr::tr("Cannot open crawl file %1: %2").arg(path, checked.error().message)};
    return {};
}

Output::Output() = default;
Output::~Output() = default;

Result<void> Output::open(const QString& path, QIODevice* stdOut)
{
    if (path.isEmpty())
        return {};
    m_path = path;
    if (path == QLatin1String("-")) {
        m_device = stdOut;
        return {};
    }
    m_file = std::make_unique<QSaveFile>(path);
    if (!m_file->open(QIODevice::WriteOnly))
        return Error{ErrorKind::Io, Tr::tr("Cannot write %1: %2").arg(path, m_file->errorString())};
    m_device = m_file.get();
    return {};
}

Result<void> Output::commit()
{
    if (m_file && !m_file->commit())
        return Error{ErrorKind::Io, Tr::tr("Cannot write %1: %2").arg(m_path, m_file->errorString())};
    return {};
}

Result<void> Outputs::open(const HeadlessOptions& options, Streams streams)
{
    if (auto opened = pages.open(options.output, streams.out); !opened)
        return opened;
    if (auto opened = values.open(options.extractOutput, streams.out); !opened)
        return opened;
    return links.open(options.linksOutput, streams.out);
}

Result<void> Outputs::write(store::Database& db, const HeadlessOptions& options)
{
    exporting::ExportOptions exportOptions;
    exportOptions.format = options.format == HeadlessOptions::Format::Jsonl ? exporting::ExportOptions::Format::Jsonl
                                                                            : exporting::ExportOptions::Format::Csv;
    exportOptions.neutraliseFormulas = !options.csvRaw;
    exportOptions.utf8Bom = options.utf8Bom;
    // --filter and --search select rows exactly as a tab of the window does, with the same SQL.
    const exporting::Filter* filter = exporting::FilterCatalogue::filter(options.filter);
    const auto whereFor = [&](bool links) {
        const bool filterApplies = filter && (filter->kind == exporting::FilterKind::Links) == links;
        return exporting::combinePredicates(
            filterApplies ? filter->predicate : QByteArray(),
            exporting::searchPredicate(options.search, links ? exporting::FilterKind::Links : exporting::FilterKind::Pages));
    };
    if (pages.isWanted()) {
        exportOptions.where = whereFor(false);
        if (auto written = exporting::exportPages(db, pages.device(), exportOptions); !written)
            return written.error();
        if (auto committed = pages.commit(); !committed)
            return committed;
    }
    if (links.isWanted()) {
        exportOptions.where = whereFor(true);
        if (auto written = exporting::exportLinks(db, links.device(), exportOptions); !written)
            return written.error();
        if (auto committed = links.commit(); !committed)
            return committed;
    }
    if (values.isWanted()) {
        exportOptions.where = whereFor(false);
        if (auto written = exporting::exportExtractedValues(db, values.device(), exportOptions); !written)
            return written.error();
        if (auto committed = values.commit(); !committed)
            return committed;
    }
    return {};
}


} // namespace pav::cli
