// SPDX-FileCopyrightText: 2026 Pavutyna contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <variant>

#include <QJsonArray>
#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace pav::cli {

// What the command line asked for, or why it cannot be understood. Parsing is pure: no output, no exit,
// no file access (a --config file is read by the runner).
struct HeadlessOptions
{
    enum class Action
    {
        Crawl,  // pavutyna --headless [options] URL...
        Resume, // pavutyna --headless --resume CRAWL [options]
        Export, // pavutyna --headless --export CRAWL -o FILE
        Reextract, // pavutyna --headless --reextract CRAWL [--extract …] [-o FILE]
        ShowHelp,
        ShowVersion,
    };
    enum class Format
    {
        Csv,
        Jsonl,
    };

    Action action = Action::Crawl;
    // Crawl settings given on the command line, as CrawlConfig JSON keys (seeds included). They are laid
    // over the defaults, the --config file and, when resuming, the settings stored in the crawl file.
    QJsonObject overrides;
    QString configFile;
    QString dbFile;    // --db; empty: a new file under the user's data directory
    QString crawlFile; // the file after --resume or --export
    QString output;    // "-" is stdout
    QString linksOutput;
    Format format = Format::Csv;
    bool csvRaw = false;
    bool utf8Bom = false;
    bool quiet = false;
    QString filter; // --filter: a FilterCatalogue id; its rows only, in the table it selects from
    QString search; // --search: rows containing this text only, as the window's search box
    // --extract, --contains and --not-contains, in order, as rule JSON objects: added after the rules of the
    // --config file (or, resuming, the crawl file's); for --reextract, the rules to run instead of the stored ones.
    QJsonArray addedRules;
    QString extractOutput; // --extract-output: the long table (url, rule, index, value)
};

struct UsageError
{
    QString message; // one line, translated
};

std::variant<HeadlessOptions, UsageError> parseHeadlessOptions(const QStringList& arguments);

// The full --help text (translated).
QString headlessHelpText();

// True when argv asks for a mode that needs no display: --headless, --help or --version. A plain scan,
// because it runs before any Q*Application exists.
bool wantsHeadless(int argc, char** argv);

} // namespace pav::cli
