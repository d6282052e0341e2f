// SPDX-FileCopyrightText: 2026 Pavutyna contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <thread>

#if defined(__linux__)
#include <sched.h>
#endif

#include "CliSupport.h"
#include "cli/BatchScheduling.h"

using namespace pav::cli;
using namespace pav::test;
using namespace std::chrono_literals;

namespace {
#if defined(__linux__)
// The scheduling policy of every thread of a process, from /proc/PID/task/TID/stat (field 41; the thread's name,
// field 2, is in parentheses and may hold spaces, so fields are counted from the last ')').
QList<int> threadPolicies(qint64 pid)
{
    QList<int> policies;
    const QDir tasks(QStringLiteral("/proc/%1/task").arg(pid));
    for (const QString& tid : tasks.entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        QFile stat(tasks.filePath(tid + QStringLiteral("/stat")));
        if (!stat.open(QIODevice::ReadOnly))
            continue; // the thread ended meanwhile
        const QByteArray line = stat.readAll();
        const QList<QByteArray> fields = line.mid(line.lastIndexOf(')') + 2).split(' ');
        if (fields.size() > 38)
            policies.append(fields.at(38).toInt()); // fields[0] is field 3
    }
    return policies;
}

// Whether this system lets a thread take SCHED_BATCH at all (a sandbox's seccomp filter may refuse it), asked of a
// throwaway thread so that the test's own threads keep their policy.
bool systemAllowsBatch()
{
    bool allowed = false;
    std::thread([&] {
        const sched_param parameters{};
        allowed = sched_setscheduler(0, SCHED_BATCH, &parameters) == 0;
    }).join();
    return allowed;
}
#endif
} // namespace

class TestBatchScheduling : public QObject
{
    Q_OBJECT

private slots:
    // Where the system refuses the policy (a sandbox's seccomp filter), the same test checks the other promise:
    // false, and every thread keeps the default policy.
    void aThreadAndTheThreadsItStartsBecomeBatch()
    {
#if defined(__linux__)
        const bool allowed = systemAllowsBatch();
        bool scheduled = !allowed;
        int own = -1;
        int child = -1;
        std::thread([&] {
            scheduled = scheduleAsBatchJob();
            own = sched_getscheduler(0);
            std::thread([&] { child = sched_getscheduler(0); }).join();
        }).join();
        QCOMPARE(scheduled, allowed);
        QCOMPARE(own, allowed ? SCHED_BATCH : SCHED_OTHER);
        QCOMPARE(child, allowed ? SCHED_BATCH : SCHED_OTHER);
        QCOMPARE(sched_getscheduler(0), SCHED_OTHER); // the test's own thread was not touched
#else
        QVERIFY(!scheduleAsBatchJob()); // no such policy here: the run goes on as before
#endif
    }

    // And a crawl where the policy is refused still runs, under the default one.
    void aHeadlessCrawlRunsEveryThreadAsBatch()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        LocalHttpServer server;
        buildSite(server, 40, 100ms); // slow enough to look at the threads while the crawl runs
        QProcess process;
        startPavutyna(process, {"--headless", server.url(), "--db", dir.filePath(QStringLiteral("c.pavutyna")), "-q",
                                "-c", "2"});
        QVERIFY(process.waitForStarted());
        // By the fifth request a page has been parsed, so the parse pool's threads exist.
        QTRY_VERIFY_WITH_TIMEOUT(server.requestCount() >= 5, 20'000);
#if defined(__linux__)
        const QList<int> policies = threadPolicies(process.processId());
#endif
        ::kill(pid_t(process.processId()), SIGTERM);
        QVERIFY(process.waitForFinished(20'000));
        QCOMPARE(process.exitCode(), 130); // interrupted and resumable, as any crawl
#if defined(__linux__)
        QVERIFY2(policies.size() >= 2, "the main thread and at least one parse thread");
        const int expected = systemAllowsBatch() ? SCHED_BATCH : SCHED_OTHER;
        QCOMPARE(policies, QList<int>(policies.size(), expected));
#endif
    }
};

QObject* makeTestBatchScheduling()
{
    return new TestBatchScheduling;
}

#include "TestBatchScheduling.moc"
