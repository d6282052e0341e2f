// SPDX-FileCopyrightText: 2026 Pavutyna contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestMain.h"

QObject* makeTestNodeText();
QObject* makeTestPageParser();
QObject* makeTestUtf8Text();

int main(int argc, char* argv[])
{
    return pav::test::runTestClasses(argc, argv, {makeTestNodeText, makeTestPageParser, makeTestUtf8Text});
}
