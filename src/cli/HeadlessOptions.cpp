// SPDX-FileCopyrightText: 2026 Pavutyna contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/HeadlessOptions.h"

#include <cmath>
#include <cstring>
#include <optional>

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QRegularExpression>

#include "cli/RuleOptions.h"
#include "crawl/SeedInput.h"
#include "crawl/Url.h"
#include "export/Filters.h"

namespace pav::cli {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(pav::cli::HeadlessOptions)
};

QCommandLineOption option(QStringList names, const QString& help, const QString& value = {})
{
    return value.isEmpty() ? QCommandLineOption(names, help) : QCommandLineOption(names, help, value);
}

struct Definitions
{
    const QString n = QStringLiteral("N");
    QCommandLineOption headless = option({"headless"}, Tr::tr("Run without a window."));
    QCommandLineOption help = option({"h", "help"}, Tr::tr("Show this help and exit."));
    QCommandLineOption version = option({"v", "version"}, Tr::tr("Show the version of Pavutyna and its libraries and exit."));
    QCommandLineOption resume = option({"resume"}, Tr::tr("Continue the crawl saved in CRAWL."), QStringLiteral("CRAWL"));
    QCommandLineOption exportFrom = option({"export"}, Tr::tr("Export the crawl saved in CRAWL without fetching anything."), QStringLiteral("CRAWL"));
    QCommandLineOption output = option({"o", "output"}, Tr::tr("Write the pages table to FILE (\"-\" for standard output)."), QStringLiteral("FILE"));
    QCommandLineOption linksOutput = option({"links-output"}, Tr::tr("Write the links table to FILE."), QStringLiteral("FILE"));
    QCommandLineOption format = option({"format"}, Tr::tr("Output format: csv (default) or jsonl."), QStringLiteral("FORMAT"));
    QCommandLineOption db = option({"db"}, Tr::tr("Keep the crawl in FILE (default: a new file in the user's data directory, its path printed unless -q)."), QStringLiteral("FILE"));
    QCommandLineOption config = option({"config"}, Tr::tr("Read crawl settings from a JSON FILE (as the window saves them)."), QStringLiteral("FILE"));
    QCommandLineOption maxDepth = option({"d", "max-depth"}, Tr::tr("Follow links at most N steps from the start URLs."), n);
    QCommandLineOption maxPages = option({"n", "max-pages"}, Tr::tr("Fetch at most N URLs."), n);
    QCommandLineOption concurrency = option({"c", "concurrency"}, Tr::tr("Fetch at most N URLs at once (default 16)."), n);
    QCommandLineOption perHost = option({"per-host"}, Tr::tr("Fetch at most N URLs of one host at once (default 4)."), n);
    QCommandLineOption delay = option({"delay"}, Tr::tr("Wait at least MS milliseconds between requests to one host."), QStringLiteral("MS"));
    QCommandLineOption timeout = option({"timeout"}, Tr::tr("Give up on a request after SEC seconds (default 30)."), QStringLiteral("SEC"));
    QCommandLineOption retries = option({"retries"}, Tr::tr("Retry timeouts, connection errors, 5xx and 429 N times (default 2)."), n);
    QCommandLineOption userAgent = option({"user-agent"}, Tr::tr("Send TEXT as the User-Agent header and match robots.txt groups by its name."), QStringLiteral("TEXT"));
    QCommandLineOption ignoreRobots = option({"ignore-robots"}, Tr::tr("Do not read robots.txt, robots meta tags or nofollow."));
    QCommandLineOption noSitemaps = option({"no-sitemaps"}, Tr::tr("Do not read sitemaps."));
    QCommandLineOption include = option({"include"}, Tr::tr("Crawl only URLs matching the regular expression RE (repeatable)."), QStringLiteral("RE"));
    QCommandLineOption exclude = option({"exclude"}, Tr::tr("Do not crawl URLs matching the regular expression RE (repeatable)."), QStringLiteral("RE"));
    QCommandLineOption subdomains = option({"subdomains"}, Tr::tr("Also crawl the subdomains of the start URLs' sites."));
    QCommandLineOption external = option({"external"}, Tr::tr("Check links to other sites (fetched, never followed)."));
    QCommandLineOption htmlOnly = option({"html-only"}, Tr::tr("Follow only a, area, iframe and frame links."));
    QCommandLineOption maxSize = option({"max-size"}, Tr::tr("Stop reading a response after BYTES (default 50M; K, M, G suffixes)."), QStringLiteral("BYTES"));
    QCommandLineOption csvRaw = option({"csv-raw"}, Tr::tr("Do not neutralise cells a spreadsheet would run as formulas."));
    QCommandLineOption bom = option({"bom"}, Tr::tr("Start CSV files with a UTF-8 byte order mark (for Excel)."));
    QCommandLineOption quiet = option({"q", "quiet"}, Tr::tr("Print nothing on stderr but errors."));
    QCommandLineOption urlList = option({"url-list"}, Tr::tr("Crawl exactly the URLs in FILE, one a line (list mode: links are recorded, not followed)."), QStringLiteral("FILE"));
    QCommandLineOption filter = option({"filter"}, Tr::tr("Export only the rows of the filter ID, as the window's tabs show them (e.g. titles.duplicate, links.broken)."), QStringLiteral("ID"));
    QCommandLineOption search = option({"search"}, Tr::tr("Export only rows containing TEXT in their URL, title, meta description or H1 (links: URLs or anchor text)."), QStringLiteral("TEXT"));

    QCommandLineOption extract = option({"extract"}, Tr::tr("Add a column NAME taken from each page by EXPR: css:SELECTOR (the default), xpath:PATH, re:REGEX or jsonld:PATH; NAME[all], [json], [count], [html], [outer], [attr=A], [sep=S], [filter=RE] change what is taken (repeatable)."), QStringLiteral("NAME=EXPR"));
    QCommandLineOption contains = option({"contains"}, Tr::tr("Add a column NAME counting how often each page contains TEXT (re:REGEX for a pattern; NAME[text] searches the visible text, NAME[i] ignores case; repeatable)."), QStringLiteral("NAME=TEXT"));
    QCommandLineOption notContains = option({"not-contains"}, Tr::tr("Add a column NAME that is 1 for pages not containing TEXT and 0 for the others (as --contains)."), QStringLiteral("NAME=TEXT"));
    QCommandLineOption extractOutput = option({"extract-output"}, Tr::tr("Write every value the rules took to FILE, one row each: url, rule, index, value."), QStringLiteral("FILE"));
    QCommandLineOption storeHtml = option({"store-html"}, Tr::tr("Keep each page's HTML in the crawl file (compressed), so --reextract can run new rules later."));
    QCommandLineOption storeHtmlLimit = option({"store-html-limit"}, Tr::tr("Keep at most BYTES of compressed HTML in all (default 1G; K, M, G suffixes)."), QStringLiteral("BYTES"));
    QCommandLineOption reextract = option({"reextract"}, Tr::tr("Run the extraction rules again over the HTML stored in CRAWL (--store-html), without fetching: the --extract rules given, or the stored ones."), QStringLiteral("CRAWL"));

    void addTo(QCommandLineParser& parser) const
    {
        parser.addOptions({headless, help, version, resume, exportFrom, output, linksOutput, format, db, config,
                           maxDepth, maxPages, concurrency, perHost, delay, timeout, retries, userAgent, ignoreRobots,
                           noSitemaps, include, exclude, subdomains, external, htmlOnly, maxSize, csvRaw, bom, quiet, urlList,
                           filter, search, extract, contains, notContains, extractOutput, storeHtml, storeHtmlLimit,
                           reextract});
        parser.addPositionalArgument(QStringLiteral("URL"), Tr::tr("Where to start crawling (http or https)."),
                                     QStringLiteral("URL..."));
    }
};

UsageError invalidValue(const QCommandLineOption& option, const QString& value, const QString& expected)
{
    return UsageError{Tr::tr("Invalid value for --%1: \"%2\" (expected %3)").arg(option.names().last(), value, expected)};
}

std::optional<qint64> parseInteger(const QString& text, qint64 min, qint64 max)
{
    bool ok = false;
    const qint64 value = text.trimmed().toLongLong(&ok);
    if (!ok || value < min || value > max)
        return std::nullopt;
    return value;
}

std::optional<qint64> parseBytes(QString text)
{
    text = text.trimmed().toUpper();
    if (text.endsWith(u'B'))
        text.chop(1);
    if (text.endsWith(u'I'))
        text.chop(1); // "50MiB" reads as "50M"
    qint64 unit = 1;
    if (!text.isEmpty()) {
        switch (text.back().unicode()) {
        case 'K': unit = 1024; break;
        case 'M': unit = 1024 * 1024; break;
        case 'G': unit = 1024LL * 1024 * 1024; break;
        default: break;
        }
        if (unit != 1)
            text.chop(1);
    }
    auto count = parseInteger(text, 1, (qint64(1) << 40) / unit);
    if (!count)
        return std::nullopt;
    return *count * unit;
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
    if (int(parser.isSet(defs.resume)) + int(parser.isSet(defs.exportFrom)) + int(parser.isSet(defs.reextract)) > 1)
        return UsageError{Tr::tr("Only one of --resume, --export and --reextract can be given.")};
    const QStringList urls = parser.positionalArguments();
    if (parser.isSet(defs.resume)) {
        options.action = HeadlessOptions::Action::Resume;
        options.crawlFile = parser.value(defs.resume);
    } else if (parser.isSet(defs.exportFrom)) {
        options.action = HeadlessOptions::Action::Export;
        options.crawlFile = parser.value(defs.exportFrom);
    } else if (parser.isSet(defs.reextract)) {
        options.action = HeadlessOptions::Action::Reextract;
        options.crawlFile = parser.value(defs.reextract);
    }
    if (options.action != HeadlessOptions::Action::Crawl && !urls.isEmpty())
        return UsageError{Tr::tr("URLs cannot be given with --resume, --export or --reextract: the crawl file has its own.")};
    if (options.action != HeadlessOptions::Action::Crawl && parser.isSet(defs.db))
        return UsageError{Tr::tr("--db is for new crawls; --resume, --export and --reextract name their crawl file.")};
    if (options.action == HeadlessOptions::Action::Export
        && (parser.isSet(defs.extract) || parser.isSet(defs.contains) || parser.isSet(defs.notContains)))
        return UsageError{Tr::tr("--export writes what a crawl took; to run other rules over it, use --reextract.")};
    if (parser.isSet(defs.urlList) && (options.action != HeadlessOptions::Action::Crawl || !urls.isEmpty()))
        return UsageError{Tr::tr("--url-list starts a new crawl of its URLs: give no other URL, --resume or --export.")};
    if (options.action == HeadlessOptions::Action::Crawl && urls.isEmpty() && !parser.isSet(defs.config)
        && !parser.isSet(defs.urlList))
        return UsageError{Tr::tr("No URL given. Try \"pavutyna --headless --help\".")};
    if (options.action == HeadlessOptions::Action::Export && !parser.isSet(defs.output) && !parser.isSet(defs.linksOutput))
        return UsageError{Tr::tr("--export needs -o FILE or --links-output FILE.")};
    if (auto rules = parseRuleOptions(parser.values(defs.extract), parser.values(defs.contains),
                                      parser.values(defs.notContains));
        std::holds_alternative<UsageError>(rules))
        return std::get<UsageError>(rules);
    else
        options.addedRules = std::get<QJsonArray>(rules);
    if (parser.isSet(defs.storeHtml))
        options.overrides.insert(QStringLiteral("storeHtml"), true);
    if (parser.isSet(defs.storeHtmlLimit)) {
        const auto bytes = parseBytes(parser.value(defs.storeHtmlLimit));
        if (!bytes)
            return invalidValue(defs.storeHtmlLimit, parser.value(defs.storeHtmlLimit), Tr::tr("a size such as 512M or 2G"));
        options.overrides.insert(QStringLiteral("storeHtmlLimit"), double(*bytes));
    }
    options.extractOutput = parser.value(defs.extractOutput);

    QJsonArray seeds;
    for (const QString& url : urls) {
        if (auto valid = crawl::normaliseUrl(url); !valid)
            return UsageError{valid.error().message};
        seeds.append(url);
    }
    if (parser.isSet(defs.urlList)) {
        QFile list(parser.value(defs.urlList));
        if (!list.open(QIODevice::ReadOnly))
            return UsageError{Tr::tr("Cannot read the URL list %1: %2").arg(list.fileName(), list.errorString())};
        auto listed = crawl::parseUrlList(list.read(256LL * 1024 * 1024));
        if (!listed)
            return UsageError{Tr::tr("%1: %2").arg(list.fileName(), listed.error().message)};
        for (const QString& url : std::as_const(*listed))
            seeds.append(url);
        // List mode, as the window's Import URL List: exactly these URLs (and their redirects).
        options.overrides.insert(QStringLiteral("maxDepth"), 0);
        options.overrides.insert(QStringLiteral("sitemaps"), false);
    }
    if (!seeds.isEmpty())
        options.overrides.insert(QStringLiteral("seeds"), seeds);

    struct IntegerOption
    {
        const QCommandLineOption& option;
        const char* key;
        qint64 min;
        qint64 max;
        qint64 scale;
        QString expected;
    };
    const IntegerOption integers[] = {
        {defs.maxDepth, "maxDepth", 0, 1'000'000, 1, Tr::tr("a whole number from 0 to 1000000")},
        {defs.maxPages, "maxPages", 1, qint64(1) << 40, 1, Tr::tr("a whole number of at least 1")},
        {defs.concurrency, "concurrency", 1, 1000, 1, Tr::tr("a whole number from 1 to 1000")},
        {defs.perHost, "perHost", 1, 1000, 1, Tr::tr("a whole number from 1 to 1000")},
        {defs.delay, "delayMs", 0, 3'600'000, 1, Tr::tr("milliseconds, from 0 to 3600000")},
        {defs.retries, "retries", 0, 100, 1, Tr::tr("a whole number from 0 to 100")},
    };
    for (const IntegerOption& spec : integers) {
        if (!parser.isSet(spec.option))
            continue;
        const QString text = parser.value(spec.option);
        const auto value = parseInteger(text, spec.min, spec.max);
        if (!value)
            return invalidValue(spec.option, text, spec.expected);
        options.overrides.insert(QLatin1String(spec.key), double(*value * spec.scale));
    }
    if (parser.isSet(defs.timeout)) {
        bool ok = false;
        const double seconds = parser.value(defs.timeout).toDouble(&ok);
        if (!ok || !std::isfinite(seconds) || seconds < 0.001 || seconds > 86'400)
            return invalidValue(defs.timeout, parser.value(defs.timeout), Tr::tr("seconds, from 0.001 to 86400"));
        options.overrides.insert(QStringLiteral("timeoutMs"), double(std::llround(seconds * 1000)));
    }
    if (parser.isSet(defs.maxSize)) {
        const auto bytes = parseBytes(parser.value(defs.maxSize));
        if (!bytes)
            return invalidValue(defs.maxSize, parser.value(defs.maxSize), Tr::tr("a size such as 1048576, 512K or 50M"));
        options.overrides.insert(QStringLiteral("maxSize"), double(*bytes));
    }
    if (parser.isSet(defs.userAgent))
        options.overrides.insert(QStringLiteral("userAgent"), parser.value(defs.userAgent));
    for (const auto& [flag, key] : {std::pair{&defs.ignoreRobots, "ignoreRobots"}, std::pair{&defs.subdomains, "subdomains"},
                                    std::pair{&defs.external, "external"}, std::pair{&defs.htmlOnly, "htmlOnly"}}) {
        if (parser.isSet(*flag))
            options.overrides.insert(QLatin1String(key), true);
    }
    if (parser.isSet(defs.noSitemaps))
        options.overrides.insert(QStringLiteral("sitemaps"), false);
    for (const auto& [flag, key] : {std::pair{&defs.include, "include"}, std::pair{&defs.exclude, "exclude"}}) {
        if (!parser.isSet(*flag))
            continue;
        const QStringList patterns = parser.values(*flag);
        for (const QString& pattern : patterns) {
            const QRegularExpression re(pattern);
            if (!re.isValid())
                return UsageError{Tr::tr("Invalid regular expression for --%1: \"%2\": %3 at position %4")
                                      .arg(flag->names().last(), pattern, re.errorString())
                                      .arg(re.patternErrorOffset())};
        }
        options.overrides.insert(QLatin1String(key), QJsonArray::fromStringList(patterns));
    }

    options.configFile = parser.value(defs.config);
    options.dbFile = parser.value(defs.db);
    options.output = parser.value(defs.output);
    options.linksOutput = parser.value(defs.linksOutput);
    if (parser.isSet(defs.format)) {
        const QString format = parser.value(defs.format).toLower();
        if (format == QLatin1String("csv"))
            options.format = HeadlessOptions::Format::Csv;
        else if (format == QLatin1String("jsonl"))
            options.format = HeadlessOptions::Format::Jsonl;
        else
            return invalidValue(defs.format, parser.value(defs.format), Tr::tr("csv or jsonl"));
    } else if (options.output.endsWith(QLatin1String(".jsonl"), Qt::CaseInsensitive)) {
        options.format = HeadlessOptions::Format::Jsonl;
    }
    {
        const QStringList targets{options.output, options.linksOutput, options.extractOutput};
        for (qsizetype i = 0; i < targets.size(); ++i) {
            for (qsizetype j = i + 1; j < targets.size(); ++j) {
                if (targets[i].isEmpty() || targets[i] != targets[j])
                    continue;
                if (targets[i] == QLatin1String("-"))
                    return UsageError{Tr::tr("Only one of -o, --links-output and --extract-output can be standard output.")};
                return UsageError{Tr::tr("-o, --links-output and --extract-output must be different files.")};
            }
        }
    }
    if (parser.isSet(defs.filter)) {
        options.filter = parser.value(defs.filter);
        const exporting::Filter* filter = exporting::FilterCatalogue::filter(options.filter);
        if (!filter) {
            QStringList ids;
            for (const exporting::FilterTab& tab : exporting::FilterCatalogue::tabs()) {
                for (const exporting::Filter& known : tab.filters)
                    ids.append(known.id);
            }
            return UsageError{Tr::tr("Unknown filter \"%1\"; the filters are: %2").arg(options.filter, ids.join(QStringLiteral(", ")))};
        }
        const bool ofLinks = filter->kind == exporting::FilterKind::Links;
        if (ofLinks ? options.linksOutput.isEmpty() : options.output.isEmpty())
            return UsageError{ofLinks ? Tr::tr("--filter %1 selects links: write them with --links-output FILE.").arg(options.filter)
                                      : Tr::tr("--filter %1 selects pages: write them with -o FILE.").arg(options.filter)};
    }
    options.search = parser.value(defs.search);
    options.csvRaw = parser.isSet(defs.csvRaw);
    options.utf8Bom = parser.isSet(defs.bom);
    options.quiet = parser.isSet(defs.quiet);
    return options;
}

QString headlessHelpText()
{
    const Definitions defs;
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Tr::tr("Pavutyna crawls websites and audits their pages.\n\n"
               "  pavutyna                                      open the window\n"
               "  pavutyna --headless [options] URL...          crawl\n"
               "  pavutyna --headless --resume CRAWL [options]  continue a crawl\n"
               "  pavutyna --headless --export CRAWL -o FILE    export a saved crawl, no fetching\n"
               "  pavutyna --headless --reextract CRAWL --extract NAME=EXPR -o FILE\n"
               "                                                run new rules over a crawl's stored HTML\n\n"
               "Exit codes: 0 crawl finished (pages may have errors), 1 could not run, 2 usage error,\n"
               "130 interrupted (continue with --resume)."));
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
