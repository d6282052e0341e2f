// SPDX-FileCopyrightText: 2026 Pavutyna contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestMain.h"

QObject* makeTestTask();
QObject* makeTestCancellation();
QObject* makeTestSemaphore();
QObject* makeTestTaskGroup();
QObject* makeTestGather();
QObject* makeTestTimeout();
QObject* makeTestOnWorker();
QObject* makeTestEvent();

int main(int argc, char* argv[])
{
    return pav::test::runTestClasses(argc, argv, {makeTestTask, makeTestCancellation, makeTestSemaphore, makeTestTaskGroup, makeTestGather, makeTestTimeout, makeTestOnWorker, makeTestEvent});
}
