// SPDX-FileCopyrightText: 2026 Pavutyna contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestMain.h"

QObject* makeTestHostPolicy();
QObject* makeTestRetryPolicy();
QObject* makeTestRobots();
QObject* makeTestScopeRules();
QObject* makeTestSitemap();
QObject* makeTestUrl();

int main(int argc, char* argv[])
{
    return pav::test::runTestClasses(argc, argv, {makeTestHostPolicy, makeTestRetryPolicy, makeTestRobots, makeTestScopeRules, makeTestSitemap, makeTestUrl});
}
