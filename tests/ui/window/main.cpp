// SPDX-FileCopyrightText: 2026 Pavutyna contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <QApplication>
#include <QTemporaryDir>

#include "TestMain.h"
#include "store/Database.h"

QObject* makeTestSeedInput();
QObject* makeTestCrawlSession();
QObject* makeTestMainWindow();
QObject* makeTestExtractionTab();
QObject* makeTestResponsiveness();
QObject* makeTestWindowLanguage();

int main(int argc, char* argv[])
{
    // Settings, recent files and new crawl files go to a folder of this run, never the user's.
    QTemporaryDir home;
    qputenv("XDG_CONFIG_HOME", home.filePath("config").toUtf8());
    qputenv("XDG_DATA_HOME", home.filePath("data").toUtf8());
    pav::store::Database::disableMemoryStatistics();
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("PavutynaTests"));
    QCoreApplication::setApplicationName(QStringLiteral("test_ui_window"));
    return pav::test::runTestClasses(argc, argv,
                                     {makeTestSeedInput, makeTestCrawlSession, makeTestMainWindow,
                                      makeTestExtractionTab, makeTestResponsiveness, makeTestWindowLanguage});
}
