// SPDX-FileCopyrightText: 2026 Pavutyna contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestMain.h"

QObject* makeTestCrawlConfig();
QObject* makeTestCrawler();
QObject* makeTestCrawlerLimits();
QObject* makeTestCrawlerPages();
QObject* makeTestCrawlerRobots();
QObject* makeTestFrontier();
QObject* makeTestHostPolicy();
QObject* makeTestPageAnalysis();
QObject* makeTestPageLinks();
QObject* makeTestRetryPolicy();
QObject* makeTestRobots();
QObject* makeTestScopeRules();
QObject* makeTestSitemap();
QObject* makeTestUrl();

int main(int argc, char* argv[])
{
    return pav::test::runTestClasses(argc, argv,
                                     {makeTestCrawlConfig, makeTestCrawler, makeTestCrawlerLimits, makeTestCrawlerPages,
                                      makeTestCrawlerRobots, makeTestFrontier, makeTestHostPolicy, makeTestPageAnalysis, makeTestPageLinks,
                                      makeTestRetryPolicy, makeTestRobots, makeTestScopeRules, makeTestSitemap,
                                      makeTestUrl});
}
