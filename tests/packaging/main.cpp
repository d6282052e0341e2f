// SPDX-FileCopyrightText: 2026 Pavutyna contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <QGuiApplication>

#include "TestMain.h"

QObject* makeTestIcons();

int main(int argc, char* argv[])
{
    // Icons need a GUI application (the offscreen platform under ctest); widgets do not come into it.
    QGuiApplication app(argc, argv);
    return pav::test::runTestClasses(argc, argv, { makeTestIcons });
}
