// SPDX-FileCopyrightText: 2026 Pavutyna contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

class QIODevice;

namespace pav::cli {

// Where the headless mode writes: data to `out`, messages to `err`. Tests pass QBuffers.
struct Streams
{
    QIODevice* out = nullptr;
    QIODevice* err = nullptr;
};

Streams stdStreams();

// Exit codes, the CLI's contract with scripts.
enum ExitCode : int
{
    ExitOk = 0,
    ExitFailure = 1,
    ExitUsage = 2,
    ExitInterrupted = 130,
};

// Runs a headless invocation to the end (needs a QCoreApplication) and returns the exit code.
int runHeadless(const QStringList& arguments, Streams streams);

QString versionText();

} // namespace pav::cli
