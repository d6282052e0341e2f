// SPDX-FileCopyrightText: 2026 Pavutyna contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <QApplication>

#include "TestMain.h"

QObject* makeTestDetailsPane();
QObject* makeTestOverviewPanel();
QObject* makeTestRuleTester();
QObject* makeTestStatusChart();

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    return pav::test::runTestClasses(argc, argv, {makeTestDetailsPane, makeTestOverviewPanel, makeTestRuleTester, makeTestStatusChart});
}
