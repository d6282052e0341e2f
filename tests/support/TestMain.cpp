// SPDX-FileCopyrightText: 2026 Pavutyna contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestMain.h"

#include <memory>

#include <QCoreApplication>
#include <QTest>

namespace pav::test {

int runTestClasses(int argc, char* argv[], std::initializer_list<TestFactory> factories)
{
    QCoreApplication app(argc, argv);
    int failed = 0;
    for (TestFactory make : factories) {
        std::unique_ptr<QObject> test(make());
        failed += QTest::qExec(test.get(), argc, argv);
    }
    return failed == 0 ? 0 : 1;
}

} // namespace pav::test
