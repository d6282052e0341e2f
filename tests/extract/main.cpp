// SPDX-FileCopyrightText: 2026 Pavutyna contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestMain.h"

QObject* makeTestExtractor();
QObject* makeTestRuleSpec();
QObject* makeTestSimpleXPath();

int main(int argc, char* argv[])
{
    return pav::test::runTestClasses(argc, argv, {makeTestExtractor, makeTestRuleSpec, makeTestSimpleXPath});
}
