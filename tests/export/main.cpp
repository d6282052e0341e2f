// SPDX-FileCopyrightText: 2026 Pavutyna contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestMain.h"

QObject* makeTestCsvWriter();
QObject* makeTestJsonlWriter();
QObject* makeTestLinksExport();
QObject* makeTestPagesExport();

int main(int argc, char* argv[])
{
    return pav::test::runTestClasses(
        argc, argv, {makeTestCsvWriter, makeTestJsonlWriter, makeTestLinksExport, makeTestPagesExport});
}
