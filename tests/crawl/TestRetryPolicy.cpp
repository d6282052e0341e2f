// SPDX-FileCopyrightText: 2026 Pavutyna contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <QTest>

#include "crawl/RetryPolicy.h"

using namespace pav::crawl;
using pav::net::FetchError;
using namespace std::chrono_literals;

namespace {
// A fixed clock and a fixed dice roll: backoff maths without sleeping (KeePassXC's MockClock idea).
RetryPolicy policy(double roll, int retries = 3)
{
    const QDateTime now(QDate(2026, 11, 25), QTime(12, 0, 0), Qt::UTC);
    return RetryPolicy({.maxRetries = retries, .baseDelay = 1000ms, .maxDelay = 30'000ms}, [now] { return now; },
                       [roll] { return roll; });
}
} // namespace

class TestRetryPolicy : public QObject
{
    Q_OBJECT

private slots:
    void retriesOnlyWhatCanSucceedLater_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<int>("error");
        QTest::addColumn<bool>("retryable");
        QTest::newRow("200") << 200 << int(FetchError::None) << false;
        QTest::newRow("404") << 404 << int(FetchError::None) << false;
        QTest::newRow("429") << 429 << int(FetchError::None) << true;
        QTest::newRow("500") << 500 << int(FetchError::None) << true;
        QTest::newRow("503") << 503 << int(FetchError::None) << true;
        QTest::newRow("501 not implemented") << 501 << int(FetchError::None) << false;
        QTest::newRow("timeout") << 0 << int(FetchError::Timeout) << true;
        QTest::newRow("refused") << 0 << int(FetchError::ConnectionRefused) << true;
        QTest::newRow("reset") << 0 << int(FetchError::ConnectionReset) << true;
        QTest::newRow("truncated") << 200 << int(FetchError::TruncatedBody) << true;
        QTest::newRow("too large") << 200 << int(FetchError::BodyTooLarge) << false;
        QTest::newRow("tls") << 0 << int(FetchError::TlsFailure) << false;
        QTest::newRow("invalid url") << 0 << int(FetchError::InvalidUrl) << false;
    }

    void retriesOnlyWhatCanSucceedLater()
    {
        QFETCH(int, status);
        QFETCH(int, error);
        QFETCH(bool, retryable);
        QCOMPARE(RetryPolicy::isRetryable(status, FetchError(error)), retryable);
    }

    void backsOffExponentiallyWithJitter()
    {
        const RetryPolicy highest = policy(0.999999);
        QCOMPARE(highest.delayBefore(1, 500, FetchError::None), std::optional(1000ms));
        QCOMPARE(highest.delayBefore(2, 500, FetchError::None), std::optional(2000ms));
        QCOMPARE(highest.delayBefore(3, 500, FetchError::None), std::optional(4000ms));
        const RetryPolicy lowest = policy(0.0);
        QCOMPARE(lowest.delayBefore(3, 0, FetchError::Timeout), std::optional(400ms)); // a tenth of the ceiling
    }

    void stopsAfterMaxRetries()
    {
        QVERIFY(!policy(0.5, 2).delayBefore(3, 500, FetchError::None));
        QVERIFY(!policy(0.5, 0).delayBefore(1, 500, FetchError::None));
        QVERIFY(!policy(0.5).delayBefore(1, 404, FetchError::None));
    }

    void capsTheDelay()
    {
        QCOMPARE(policy(0.999999, 10).delayBefore(10, 500, FetchError::None), std::optional(30'000ms));
    }

    void honoursRetryAfter()
    {
        const RetryPolicy p = policy(0.5);
        QCOMPARE(p.delayBefore(1, 429, FetchError::None, "7"), std::optional(7000ms));
        QCOMPARE(p.delayBefore(1, 503, FetchError::None, "Wed, 25 Nov 2026 12:00:20 GMT"), std::optional(20'000ms));
        QCOMPARE(p.delayBefore(1, 429, FetchError::None, "3600"), std::optional(30'000ms)); // capped
        QCOMPARE(p.delayBefore(1, 429, FetchError::None, "Wed, 25 Nov 2026 11:00:00 GMT"), std::optional(0ms)); // past
        // Unreadable Retry-After: plain backoff.
        QCOMPARE(p.delayBefore(1, 429, FetchError::None, "soon"), std::optional(550ms));
        QCOMPARE(p.delayBefore(1, 429, FetchError::None, "-5"), std::optional(550ms));
    }
};

QObject* makeTestRetryPolicy()
{
    return new TestRetryPolicy;
}

#include "TestRetryPolicy.moc"
