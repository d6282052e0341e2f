// SPDX-FileCopyrightText: 2026 Pavutyna contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestMain.h"

QObject* makeTestHeadlessOptions();
QObject* makeTestHeadlessCrawl();
QObject* makeTestCrashResume();
QObject* makeTestCrawlFiles();
QObject* makeTestScraping();
QObject* makeTestBatchScheduling();

int main(int argc, char* argv[])
{
    return pav::test::runTestClasses(argc, argv, {makeTestHeadlessOptions, makeTestHeadlessCrawl, makeTestCrashResume,
                                                    makeTestCrawlFiles, makeTestScraping, makeTestBatchScheduling});
}
