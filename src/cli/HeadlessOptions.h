// SPDX-FileCopyrightText: 2026 Pavutyna contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <chrono>
#include <variant>

#include <QString>
#include <QStringList>

namespace pav::cli {

// What the command line asked for, or why it cannot be understood. Parsing is pure: no output, no exit.
struct HeadlessOptions
{
    enum class Action
    {
        Fetch,
        ShowHelp,
        ShowVersion,
    };
    Action action = Action::Fetch;
    QStringList urls;
    int concurrency = 16;
    std::chrono::milliseconds timeout{30'000};
    QString userAgent;
    bool quiet = false;
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
