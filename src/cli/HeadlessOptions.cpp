// SPDX-FileCopyrightText: 2026 Pavutyna contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/HeadlessOptions.h"

#include <cstring>

#include <QCommandLineParser>
#include <QCoreApplication>

namespace pav::cli {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(pav::cli::HeadlessOptions)
};

struct Definitions
{
    QCommandLineOption headless{QStringLiteral("headless"), Tr::tr("Run without a window.")};
    QCommandLineOption help{{QStringLiteral("h"), QStringLiteral("help")}, Tr::tr("Show this help and exit.")};
    QCommandLineOption version{{QStringLiteral("v"), QStringLiteral("version")},
                               Tr::tr("Show the version of Pavutyna and its libraries and exit.")};
    QCommandLineOption concurrency{{QStringLiteral("c"), QStringLiteral("concurrency")},
                                   Tr::tr("Fetch at most N URLs at once (default 16)."), QStringLiteral("N"),
                                   QStringLiteral("16")};
    QCommandLineOption timeout{QStringLiteral("timeout"), Tr::tr("Give up on a URL after SEC seconds (default 30)."),
                               QStringLiteral("SEC"), QStringLiteral("30")};
    QCommandLineOption userAgent{QStringLiteral("user-agent"), Tr::tr("Send TEXT as the User-Agent header."),
                                QStringLiteral("TEXT")};
    QCommandLineOption quiet{{QStringLiteral("q"), QStringLiteral("quiet")}, Tr::tr("Print no summary on stderr.")};

    void addTo(QCommandLineParser& parser) const
    {
        parser.addOptions({headless, help, version, concurrency, timeout, userAgent, quiet});
        parser.addPositionalArgument(QStringLiteral("URL"), Tr::tr("Addresses to fetch (http or https)."),
                                     QStringLiteral("URL..."));
    }
};

std::optional<int> parsePositiveInt(const QString& text, int max)
{
    bool ok = false;
    const int value = text.toInt(&ok);
    if (!ok || value < 1 || value > max)
        return std::nullopt;
    return value;
}
} // namespace

std::variant<HeadlessOptions, UsageError> parseHeadlessOptions(const QStringList& arguments)
{
    const Definitions defs;
    QCommandLineParser parser;
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    defs.addTo(parser);
    if (!parser.parse(arguments))
        return UsageError{parser.errorText()};

    HeadlessOptions options;
    if (parser.isSet(defs.help)) {
        options.action = HeadlessOptions::Action::ShowHelp;
        return options;
    }
    if (parser.isSet(defs.version)) {
        options.action = HeadlessOptions::Action::ShowVersion;
        return options;
    }
    const auto concurrency = parsePositiveInt(parser.value(defs.concurrency), 1000);
    if (!concurrency)
        return UsageError{Tr::tr("Invalid value for --concurrency: \"%1\" (expected a whole number from 1 to 1000)")
                              .arg(parser.value(defs.concurrency))};
    const auto timeout = parsePositiveInt(parser.value(defs.timeout), 24 * 3600);
    if (!timeout)
        return UsageError{Tr::tr("Invalid value for --timeout: \"%1\" (expected seconds, from 1 to 86400)")
                              .arg(parser.value(defs.timeout))};
    options.concurrency = *concurrency;
    options.timeout = std::chrono::seconds(*timeout);
    options.userAgent = parser.value(defs.userAgent);
    options.quiet = parser.isSet(defs.quiet);
    options.urls = parser.positionalArguments();
    if (options.urls.isEmpty())
        return UsageError{Tr::tr("No URL given. Try \"pavutyna --headless --help\".")};
    return options;
}

QString headlessHelpText()
{
    const Definitions defs;
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Tr::tr("Pavutyna fetches web pages asynchronously.\n\n"
               "  pavutyna                        open the window\n"
               "  pavutyna --headless URL...      fetch each URL once and print one line per URL:\n"
               "                                  status, bytes, milliseconds, URL, error (tab-separated)"));
    defs.addTo(parser);
    return parser.helpText();
}

bool wantsHeadless(int argc, char** argv)
{
    for (int i = 1; i < argc; ++i) {
        const char* arg = argv[i];
        for (const char* flag : {"--headless", "--help", "-h", "--version", "-v", "-headless", "-help", "-version"}) {
            if (std::strcmp(arg, flag) == 0)
                return true;
        }
    }
    return false;
}

} // namespace pav::cli
