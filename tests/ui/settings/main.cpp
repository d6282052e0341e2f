// SPDX-FileCopyrightText: 2026 Pavutyna contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <QApplication>

#include "TestMain.h"

QObject* makeTestExtractionPage();
QObject* makeTestSettingsDialog();
QObject* makeTestSettingsFiles();
QObject* makeTestSettingsLayout();
QObject* makeTestSettingsStore();

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    return pav::test::runTestClasses(argc, argv,
        { makeTestExtractionPage, makeTestSettingsDialog, makeTestSettingsFiles, makeTestSettingsLayout,
            makeTestSettingsStore });
}
