// SPDX-FileCopyrightText: 2026 Pavutyna contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestMain.h"

#include <memory>

#include <QCoreApplication>
#include <QTest>

namespace pav::test {

int runTestClasses(int argc, char* argv[], std::initializer_list<TestFactory> factories)
{
    // A GUI test's main() creates its QApplication first; everything else gets a core application here.
    std::unique_ptr<QCoreApplication> app;
    if (!QCoreApplication::instance())
        app = std::make_unique<QCoreApplication>(argc, argv);
    int failed = 0;
    // PAV_TEST_CLASS=TestMainWindow runs one class only, so its function names can be given on the command line.
    const QByteArray only = qgetenv("PAV_TEST_CLASS");
    for (TestFactory make : factories) {
        std::unique_ptr<QObject> test(make());
        if (!only.isEmpty() && only != test->metaObject()->className())
            continue;
        failed += QTest::qExec(test.get(), argc, argv);
    }
    return failed == 0 ? 0 : 1;
}

} // namespace pav::test
