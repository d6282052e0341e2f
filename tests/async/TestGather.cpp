// SPDX-FileCopyrightText: 2026 Pavutyna contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <stdexcept>

#include <QElapsedTimer>
#include <QTest>

#include "async/Gather.h"
#include "async/RunBlocking.h"
#include "async/Sleep.h"

using namespace pav::async;
using namespace std::chrono_literals;

namespace {
Task<int> valueAfter(int value, std::chrono::milliseconds delay, CancellationToken token = {})
{
    co_await sleepFor(delay, token);
    co_return value;
}

Task<int> failAfter(std::chrono::milliseconds delay)
{
    co_await sleepFor(delay);
    throw pav::Exception({pav::ErrorKind::Network, QStringLiteral("page failed")});
}

Task<QString> text(QString value)
{
    co_return value;
}

Task<> nothing()
{
    co_return;
}
} // namespace

class TestGather : public QObject
{
    Q_OBJECT

private slots:
    void settledKeepsInputOrderAndEveryError()
    {
        std::vector<Task<int>> tasks;
        tasks.push_back(valueAfter(1, 30ms));
        tasks.push_back(failAfter(5ms));
        tasks.push_back(valueAfter(3, 1ms));
        auto results = runBlocking(gather(std::move(tasks)), 5s);
        QCOMPARE(results.size(), 3u);
        QCOMPARE(results[0].value(), 1);
        QVERIFY(!results[1]);
        QCOMPARE(results[1].error().kind, pav::ErrorKind::Network);
        QCOMPARE(results[1].error().message, QStringLiteral("page failed"));
        QCOMPARE(results[2].value(), 3);
    }

    void settledRunsConcurrently()
    {
        std::vector<Task<int>> tasks;
        for (int i = 0; i < 20; ++i)
            tasks.push_back(valueAfter(i, 500ms)); // 10 s one after another
        QElapsedTimer clock;
        clock.start();
        auto results = runBlocking(gather(std::move(tasks)), 30s);
        QVERIFY2(clock.elapsed() < 5'000, qPrintable(QString::number(clock.elapsed())));
        QCOMPARE(results[19].value(), 19);
    }

    void settledOverEmptyVector()
    {
        auto results = runBlocking(gather(std::vector<Task<int>>{}), 5s);
        QVERIFY(results.empty());
    }

    void settledOverFixedPackMixesTypes()
    {
        auto [number, word, done] = runBlocking(gather(valueAfter(5, 1ms), text(QStringLiteral("x")), nothing()), 5s);
        QCOMPARE(number.value(), 5);
        QCOMPARE(word.value(), QStringLiteral("x"));
        QVERIFY(done.hasValue());
    }

    void failFastCancelsSiblingsAndRethrowsFirstFailure()
    {
        CancellationSource siblings;
        std::vector<Task<int>> tasks;
        tasks.push_back(valueAfter(1, 1h, siblings.token()));
        tasks.push_back(failAfter(10ms));
        tasks.push_back(valueAfter(3, 1h, siblings.token()));
        QElapsedTimer clock;
        clock.start();
        QVERIFY_THROWS_EXCEPTION(pav::Exception, runBlocking(gatherAll(siblings, std::move(tasks)), 30s));
        QVERIFY(siblings.isCancellationRequested());
        QVERIFY2(clock.elapsed() < 10'000, qPrintable(QString::number(clock.elapsed())));
        QCOMPARE(liveTaskFrames(), 0L);
    }

    void failFastReturnsValuesWhenAllSucceed()
    {
        CancellationSource siblings;
        std::vector<Task<int>> tasks;
        for (int i = 0; i < 5; ++i)
            tasks.push_back(valueAfter(i * 10, std::chrono::milliseconds(5 - i), siblings.token()));
        auto values = runBlocking(gatherAll(siblings, std::move(tasks)), 5s);
        QCOMPARE(values, (std::vector<int>{0, 10, 20, 30, 40}));
    }

    void failFastOverFixedPack()
    {
        CancellationSource siblings;
        auto [number, word, done] = runBlocking(gatherAll(siblings, valueAfter(2, 1ms), text(QStringLiteral("y")), nothing()), 5s);
        QCOMPARE(number, 2);
        QCOMPARE(word, QStringLiteral("y"));
        Q_UNUSED(done);
        QCOMPARE(liveTaskFrames(), 0L);
    }
};

QObject* makeTestGather()
{
    return new TestGather;
}

#include "TestGather.moc"
