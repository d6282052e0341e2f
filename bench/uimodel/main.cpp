// SPDX-FileCopyrightText: 2026 Pavutyna contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// bench_uimodel: the ctest scale test (tests/ui/model/TestScale.cpp) at the size, a million pages and
// five million links, which takes too long to generate for every ctest run. Run by hand:
//   QT_QPA_PLATFORM=offscreen build/release/bench/uimodel/bench_uimodel
// PAV_UI_MODEL_PAGES picks another size. Prints the figures (first rows, each sort, countFilters, RSS) and
// fails like the test if a bar is missed.
#include <QApplication>
#include <QStandardPaths>

#include "TestMain.h"
#include "store/Database.h"

QObject* makeTestScale();

int main(int argc, char* argv[])
{
    if (!pav::store::Database::disableMemoryStatistics())
        return 1;
    if (!qEnvironmentVariableIsSet("PAV_UI_MODEL_PAGES"))
        qputenv("PAV_UI_MODEL_PAGES", "1000000");
    QApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    return pav::test::runTestClasses(argc, argv, {makeTestScale});
}
