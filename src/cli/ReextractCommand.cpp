// SPDX-FileCopyrightText: 2026 Pavutyna contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <unistd.h>

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QIODevice>
#include <QJsonDocument>
#include <QJsonObject>

#include "async/RunBlocking.h"
#include "cli/CommandSupport.h"
#include "cli/CrawlCommand.h"
#include "cli/InterruptWatcher.h"
#include "cli/RuleOptions.h"
#include "crawl/Reextractor.h"
#include "export/CrawlExporter.h"
#include "extract/RuleSet.h"
#include "store/CrawlStore.h"

namespace pav::cli {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(pav::cli::HeadlessRunner)
};

// The rules to run: those given on the command line, or else the ones the crawl has.
Result<extract::RuleSet> rulesFor(const HeadlessOptions& options, store::CrawlStore& store)
{
    QList<extract::Rule> rules;
    if (options.addedRules.isEmpty()) {
        Result<QList<store::StoredRule>> stored = store.rules();
        if (!stored)
            return stored.error();
        for (const store::StoredRule& entry : *stored) {
            Result<extract::Rule> rule = extract::Rule::fromJson(QJsonDocument::fromJson(entry.definition).object());
            if (!rule)
                return rule.error();
            rules.append(*rule);
        }
        if (rules.isEmpty())
            return Error{ErrorKind::InvalidArgument,
                         Tr::tr("The crawl has no extraction rules: give them with --extract, --contains or --not-contains.")};
    }
    Result<QList<extract::Rule>> all = combineRules(rules, options.addedRules);
    if (!all)
        return Error{ErrorKind::InvalidArgument, all.error().message};
    return extract::RuleSet::compile(*all, exporting::pageColumns());
}
} // namespace

int runReextractCommand(const HeadlessOptions& options, Streams streams)
{
    if (auto checked = checkCrawlFile(options.crawlFile); !checked)
        return failWith(streams, ExitFailure, checked.error().message);
    auto store = store::CrawlStore::open(options.crawlFile);
    if (!store)
        return failWith(streams, ExitFailure,
                        Tr::tr("Cannot open crawl file %1: %2").arg(options.crawlFile, store.error().message));
    Result<extract::RuleSet> rules = rulesFor(options, **store);
    if (!rules)
        return failWith(streams, rules.error().kind == ErrorKind::InvalidArgument ? ExitUsage : ExitFailure,
                        rules.error().message);
    Outputs outputs;
    if (auto opened = outputs.open(options, streams); !opened)
        return failWith(streams, ExitFailure, opened.error().message);

    async::CancellationSource stop;
    InterruptWatcher interrupts(stop);
    const bool showProgress = !options.quiet && ::isatty(STDERR_FILENO);
    QElapsedTimer clock;
    clock.start();
    auto progress = [&](qint64 done, qint64 total) {
        if (showProgress)
            streams.err->write("\r" + Tr::tr("%1 / %2 pages").arg(done).arg(total).toUtf8());
    };
    Result<crawl::ReextractStats> stats = async::runBlocking(crawl::reextract(**store, *rules, stop.token(), progress));
    if (showProgress)
        streams.err->write("\n");
    if (!stats) {
        if (stats.error().kind == ErrorKind::Cancelled) {
            say(streams.err, Tr::tr("Interrupted. Run --reextract again to finish: rules replaced, values partly taken."));
            return ExitInterrupted;
        }
        return failWith(streams, ExitFailure, stats.error().message);
    }
    if (auto written = outputs.write((*store)->database(), options); !written)
        return failWith(streams, ExitFailure, written.error().message);
    if (!options.quiet) {
        const double seconds = double(clock.elapsed()) / 1000.0;
        say(streams.err, Tr::tr("%n page(s) re-extracted", nullptr, int(std::min<qint64>(stats->pages, INT_MAX)))
                             + QStringLiteral(", ") + Tr::tr("%1 s").arg(seconds, 0, 'f', 1));
        if (stats->withoutBody > 0)
            say(streams.err, Tr::tr("%n HTML page(s) have no stored HTML (crawled without --store-html, or past "
                                    "--store-html-limit) and kept no values.",
                                    nullptr, int(std::min<qint64>(stats->withoutBody, INT_MAX))));
        if (stats->unreadable > 0)
            say(streams.err, Tr::tr("%n stored page(s) could not be read (a damaged crawl file).", nullptr,
                                    int(std::min<qint64>(stats->unreadable, INT_MAX))));
    }
    return ExitOk;
}

} // namespace pav::cli
