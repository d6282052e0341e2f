// SPDX-FileCopyrightText: 2026 Pavutyna contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/CrawlCommand.h"

#include <unistd.h>

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QRegularExpression>
#include <QSaveFile>
#include <QStandardPaths>
#include <QUrl>

#include "async/RunBlocking.h"
#include "cli/CommandSupport.h"
#include "cli/InterruptWatcher.h"
#include "cli/RuleOptions.h"
#include "cli/ProgressPrinter.h"
#include "crawl/Crawler.h"
#include "export/CrawlExporter.h"
#include "export/Filters.h"
#include "net/HttpClient.h"
#include "store/CrawlFilePath.h"
#include "store/CrawlStore.h"

namespace pav::cli {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(pav::cli::HeadlessRunner)
};

// A new file in the user's data directory, as the GUI's New crawl makes one.
Result<QString> defaultCrawlPath(const QString& seed)
{
    auto path = store::newCrawlFilePath(seed);
    if (!path)
        return Error{path.error().kind, Tr::tr("%1 Choose another place with --db.").arg(path.error().message)};
    return path;
}

// A crawl file this run created and then could not use, with SQLite's companions.
void removeCreatedCrawlFile(const QString& path)
{
    for (const char* suffix : {"", "-wal", "-shm", "-journal"})
        QFile::remove(path + QLatin1String(suffix));
}

Result<crawl::CrawlConfig> buildConfig(const HeadlessOptions& options, const QString& stored)
{
    crawl::CrawlConfig config;
    if (!stored.isEmpty()) {
        auto saved = crawl::CrawlConfig::fromJsonBytes(stored.toUtf8(), config);
        if (!saved)
            return Error{ErrorKind::Internal, Tr::tr("The crawl file's settings cannot be read: %1").arg(saved.error().message)};
        config = std::move(*saved);
    }
    if (!options.configFile.isEmpty()) {
        QFile file(options.configFile);
        if (!file.open(QIODevice::ReadOnly))
            return Error{ErrorKind::InvalidArgument,
                         Tr::tr("Cannot read config file %1: %2").arg(options.configFile, file.errorString())};
        auto fromFile = crawl::CrawlConfig::fromJsonBytes(file.read(1024 * 1024), config);
        if (!fromFile)
            return Error{ErrorKind::InvalidArgument, Tr::tr("Config file %1: %2").arg(options.configFile, fromFile.error().message)};
        config = std::move(*fromFile);
    }
    auto withOptions = crawl::CrawlConfig::fromJson(options.overrides, config);
    if (!withOptions)
        return withOptions.error();
    Result<QList<extract::Rule>> rules = combineRules(withOptions->rules, options.addedRules);
    if (!rules)
        return Error{ErrorKind::InvalidArgument, rules.error().message};
    withOptions->rules = std::move(*rules);
    if (withOptions->seeds.isEmpty())
        return Error{ErrorKind::InvalidArgument, Tr::tr("No URL given. Try \"pavutyna --headless --help\".")};
    return withOptions;
}

QString summaryLine(const crawl::CrawlStats& stats)
{
    const double seconds = double(stats.elapsed.count()) / 1000.0;
    return Tr::tr("%n page(s) crawled", nullptr, int(std::min<qint64>(stats.pagesDone, INT_MAX)))
        + QStringLiteral(", ") + Tr::tr("%n error(s)", nullptr, int(std::min<qint64>(stats.errors, INT_MAX)))
        + QStringLiteral(", ") + Tr::tr("%1 s").arg(seconds, 0, 'f', 1);
}
} // namespace

int runCrawlCommand(const HeadlessOptions& options, Streams streams)
{
    // Everything that can be checked is checked, and the outputs opened, before a crawl file is created: a
    // usage error must not leave an empty crawl behind.
    const bool resuming = options.action == HeadlessOptions::Action::Resume;
    if (resuming) {
        if (auto checked = checkCrawlFile(options.crawlFile); !checked)
            return failWith(streams, ExitFailure, checked.error().message);
    }
    Result<crawl::CrawlConfig> config = Error{ErrorKind::Internal, QString()}; // resuming: built on the stored one
    if (!resuming) {
        config = buildConfig(options, QString());
        if (!config)
            return failWith(streams, config.error().kind == ErrorKind::InvalidArgument ? ExitUsage : ExitFailure,
                            config.error().message);
    }
    Outputs outputs;
    if (auto opened = outputs.open(options, streams); !opened)
        return failWith(streams, ExitFailure, opened.error().message);

    QString path = resuming ? options.crawlFile : options.dbFile;
    if (path.isEmpty()) {
        auto made = defaultCrawlPath(config->seeds.isEmpty() ? QString() : config->seeds.first());
        if (!made)
            return failWith(streams, ExitFailure, made.error().message);
        path = *made;
    }
    const bool created = !QFileInfo::exists(path);
    auto store = store::CrawlStore::open(path);
    if (!store) {
        if (created)
            removeCreatedCrawlFile(path);
        return failWith(streams, ExitFailure, Tr::tr("Cannot open crawl file %1: %2").arg(path, store.error().message));
    }
    auto stored = (*store)->meta(QStringLiteral("config"));
    if (!stored) {
        store->reset();
        if (created)
            removeCreatedCrawlFile(path);
        return failWith(streams, ExitFailure, stored.error().message);
    }
    if (resuming) {
        if (stored->isEmpty())
            return failWith(streams, ExitFailure, Tr::tr("%1 holds no crawl to resume.").arg(path));
        config = buildConfig(options, *stored);
        if (!config)
            return failWith(streams, config.error().kind == ErrorKind::InvalidArgument ? ExitUsage : ExitFailure,
                            config.error().message);
    } else if (!stored->isEmpty()) {
        return failWith(streams, ExitUsage,
                        Tr::tr("%1 already holds a crawl: continue it with --resume, or choose another --db.").arg(path));
    }
    // Printed unless -q, which keeps stderr for errors: a default file is then found in the data directory.
    if (!options.quiet)
        say(streams.err, Tr::tr("Crawl file: %1").arg(QDir::toNativeSeparators(QFileInfo(path).absoluteFilePath())));

    net::HttpClientOptions httpOptions;
    httpOptions.userAgent = config->effectiveUserAgent();
    net::HttpClient http(httpOptions);
    crawl::Crawler crawler(*config, **store, http);
    QObject::connect(&crawler, &crawl::Crawler::warning, [&](const QString& message) {
        if (!options.quiet)
            say(streams.err, Tr::tr("pavutyna: %1").arg(message));
    });
    async::CancellationSource stop;
    InterruptWatcher interrupts(stop);
    Result<crawl::CrawlOutcome> outcome = Error{ErrorKind::Internal, QString()};
    {
        ProgressPrinter progress(crawler, streams.err, !options.quiet && ::isatty(STDERR_FILENO));
        outcome = async::runBlocking(crawler.run(stop.token()));
    }
    if (!outcome) {
        return failWith(streams, ExitFailure,
                        Tr::tr("%1\nThe crawl file %2 keeps everything saved so far.").arg(outcome.error().message, path));
    }
    if (auto written = outputs.write((*store)->database(), options); !written)
        return failWith(streams, ExitFailure, written.error().message);
    if (!options.quiet)
        say(streams.err, summaryLine(crawler.stats()));
    if (*outcome == crawl::CrawlOutcome::Interrupted) {
        say(streams.err, Tr::tr("Interrupted. Continue with: pavutyna --headless --resume %1").arg(path));
        return ExitInterrupted;
    }
    return ExitOk;
}

int runExportCommand(const HeadlessOptions& options, Streams streams)
{
    if (auto checked = checkCrawlFile(options.crawlFile); !checked)
        return failWith(streams, ExitFailure, checked.error().message);
    auto db = store::CrawlStore::open(options.crawlFile);
    if (!db)
        return failWith(streams, ExitFailure,
                        Tr::tr("Cannot open crawl file %1: %2").arg(options.crawlFile, db.error().message));
    Outputs outputs;
    if (auto opened = outputs.open(options, streams); !opened)
        return failWith(streams, ExitFailure, opened.error().message);
    if (auto written = outputs.write((*db)->database(), options); !written)
        return failWith(streams, ExitFailure, written.error().message);
    return ExitOk;
}

} // namespace pav::cli
