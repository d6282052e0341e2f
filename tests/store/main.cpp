// SPDX-FileCopyrightText: 2026 Pavutyna contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestMain.h"

QObject* makeTestDatabase();
QObject* makeTestCrawlStore();
QObject* makeTestLinkRanges();

int main(int argc, char* argv[])
{
    return pav::test::runTestClasses(argc, argv, {makeTestDatabase, makeTestCrawlStore, makeTestLinkRanges});
}
