// SPDX-FileCopyrightText: 2026 Pavutyna contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <initializer_list>

class QObject;

namespace pav::test {

using TestFactory = QObject* (*)();

// main() of a module's test executable that holds several test classes: runs each with QTest::qExec inside
// one QCoreApplication and fails if any failed.
int runTestClasses(int argc, char* argv[], std::initializer_list<TestFactory> factories);

} // namespace pav::test
