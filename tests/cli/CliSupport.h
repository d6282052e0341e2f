// SPDX-FileCopyrightText: 2026 Pavutyna contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QProcess>
#include <QSet>
#include <QStringList>

#include "LocalHttpServer.h"

namespace pav::test {

// The real binary, run the way a server runs it: no display of any kind.
struct Run
{
    int exitCode = -1; // -2: crashed, -1: did not finish in time
    QByteArray out;
    QByteArray err;
};

// No display, an English UTF-8 locale, and a data directory (XDG_DATA_HOME) of the test run's own, so a
// crawl without --db never writes into the real ~/.local/share.
QProcessEnvironment headlessEnvironment();
QString testDataHome();
void startPavutyna(QProcess& process, const QStringList& arguments,
                   const QProcessEnvironment& env = headlessEnvironment());
Run runPavutyna(const QStringList& arguments, int timeoutMs = 60'000);
Run runPavutyna(const QStringList& arguments, const QProcessEnvironment& env, int timeoutMs = 60'000);
// Runs `program arguments` (e.g. a wrapper such as script or setpriv) instead of the binary itself.
Run runProgram(const QString& program, const QStringList& arguments, const QProcessEnvironment& env,
               int timeoutMs = 60'000);

// A site of `pages` HTML pages (a tree with cross links, ~10 links a page) plus a robots-blocked /private/
// folder, a redirect, a 404 and an image. Each page answers after `delay`.
void buildSite(LocalHttpServer& server, int pages, std::chrono::milliseconds delay = std::chrono::milliseconds(0));

// The URLs that have a row in the crawl file's pages table.
QSet<QString> crawledUrls(const QString& crawlFile);
// CSV lines (header included); fields are not unquoted: enough for comparing exports.
QList<QByteArray> csvLines(const QByteArray& csv);

} // namespace pav::test
