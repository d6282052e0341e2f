// SPDX-FileCopyrightText: 2026 Pavutyna contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestMain.h"

QObject* makeTestJsonLdBlocks();
QObject* makeTestJsonPath();
QObject* makeTestJsonPathErrors();

int main(int argc, char* argv[])
{
    return pav::test::runTestClasses(argc, argv, {makeTestJsonLdBlocks, makeTestJsonPath, makeTestJsonPathErrors});
}
