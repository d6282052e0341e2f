// SPDX-FileCopyrightText: 2026 Pavutyna contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/HeadlessRunner.h"

#include <cstdio>

#include <QCoreApplication>
#include <QFile>

#include "cli/CrawlCommand.h"
#include "cli/HeadlessOptions.h"
#include "net/CurlGlobal.h"

namespace pav::cli {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(pav::cli::HeadlessRunner)
};
} // namespace

Streams stdStreams()
{
    static QFile out, err;
    if (!out.isOpen())
        out.open(stdout, QIODevice::WriteOnly | QIODevice::Unbuffered);
    if (!err.isOpen())
        err.open(stderr, QIODevice::WriteOnly | QIODevice::Unbuffered);
    return {&out, &err};
}

QString versionText()
{
    return Tr::tr("Pavutyna %1\nQt %2, %3").arg(QStringLiteral(PAV_VERSION_STRING), QString::fromLatin1(qVersion()),
                                                net::curlVersion());
}

int runHeadless(const QStringList& arguments, Streams streams)
{
    const auto parsed = parseHeadlessOptions(arguments);
    if (const auto* usage = std::get_if<UsageError>(&parsed)) {
        streams.err->write((Tr::tr("pavutyna: %1").arg(usage->message) + QLatin1Char('\n')).toUtf8());
        return ExitUsage;
    }
    const HeadlessOptions& options = std::get<HeadlessOptions>(parsed);
    switch (options.action) {
    case HeadlessOptions::Action::ShowHelp:
        streams.out->write(headlessHelpText().toUtf8());
        return ExitOk;
    case HeadlessOptions::Action::ShowVersion:
        streams.out->write((versionText() + QLatin1Char('\n')).toUtf8());
        return ExitOk;
    case HeadlessOptions::Action::Export:
        return runExportCommand(options, streams);
    case HeadlessOptions::Action::Reextract:
        return runReextractCommand(options, streams);
    case HeadlessOptions::Action::Crawl:
    case HeadlessOptions::Action::Resume:
        break;
    }
    return runCrawlCommand(options, streams);
}

} // namespace pav::cli
