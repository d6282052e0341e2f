// SPDX-FileCopyrightText: 2026 Pavutyna contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <QApplication>
#include <QStandardPaths>

#include "TestMain.h"
#include "store/Database.h"

QObject* makeTestExtractionModel();
QObject* makeTestFilters();
QObject* makeTestResultsModel();
QObject* makeTestResultsView();
QObject* makeTestScale();

int main(int argc, char* argv[])
{
    // As the application does first thing (see the function): the scale test's GUI-stall bar depends on it.
    if (!pav::store::Database::disableMemoryStatistics())
        return 1;
    QApplication app(argc, argv);
    // Column choices go to QSettings: keep them out of the user's real configuration.
    QStandardPaths::setTestModeEnabled(true);
    QApplication::setOrganizationName(QStringLiteral("pavutyna-tests"));
    QApplication::setApplicationName(QStringLiteral("test_ui_model"));
    return pav::test::runTestClasses(argc, argv,
                                     {makeTestExtractionModel, makeTestFilters, makeTestResultsModel, makeTestResultsView, makeTestScale});
}
