// SPDX-FileCopyrightText: 2026 Pavutyna contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestMain.h"

QObject* makeTestPseudoClasses();
QObject* makeTestSelectorErrors();
QObject* makeTestSelectorMatching();
QObject* makeTestSelectorScope();
QObject* makeTestSelectorTrees();

int main(int argc, char* argv[])
{
    return pav::test::runTestClasses(argc, argv,
        { makeTestPseudoClasses, makeTestSelectorErrors, makeTestSelectorMatching, makeTestSelectorScope,
            makeTestSelectorTrees });
}
