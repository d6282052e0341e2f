// SPDX-FileCopyrightText: 2026 Pavutyna contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <memory>

#include <QCoreApplication>
#include <QTest>

QObject* makeTestHttpClient();
QObject* makeTestCharset();

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    int failed = 0;
    for (auto make : {makeTestCharset, makeTestHttpClient}) {
        std::unique_ptr<QObject> test(make());
        failed += QTest::qExec(test.get(), argc, argv);
    }
    return failed == 0 ? 0 : 1;
}
