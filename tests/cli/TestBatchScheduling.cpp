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
// throwaway thread so the test's own threads keep their policy.
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
    void aThreadAndTheThreadsItStartsBecomeBatch()
    {
#if !defined(__linux__)
        QSKIP("SCHED_BATCH is Linux's");
#else
        if (!systemAllowsBatch())
            QSKIP("this system refuses SCHED_BATCH (a sandbox's seccomp filter?)");
        bool scheduled = false;
        int own = -1;
        int child = -1;
        std::thread([&] {
            scheduled = scheduleAsBatchJob();
            own = sched_getscheduler(0);
            std::thread([&] { child = sched_getscheduler(0); }).join();
        }).join();
        QVERIFY(scheduled);
        QCOMPARE(own, SCHED_BATCH);
        QCOMPARE(child, SCHED_BATCH);
        QCOMPARE(sched_getscheduler(0), SCHED_OTHER); // the test's own thread was not touched
#endif
    }

    void aHeadlessCrawlRunsEveryThreadAsBatch()
    {
#if !defined(__linux__)
        QSKIP("SCHED_BATCH is Linux's");
#else
        if (!systemAllowsBatch())
            QSKIP("this system refuses SCHED_BATCH (a sandbox's seccomp filter?)");
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
        const QList<int> policies = threadPolicies(process.processId());
        ::kill(pid_t(process.processId()), SIGTERM);
        QVERIFY(process.waitForFinished(20'000));
        QCOMPARE(process.exitCode(), 130);
        QVERIFY2(policies.size() >= 2, "the main thread and at least one parse thread");
        QCOMPARE(policies, QList<int>(policies.size(), SCHED_BATCH));
#endif
    }
};

QObject* makeTestBatchScheduling()
{
    return new TestBatchScheduling;
}

#include "TestBatchScheduling.moc"
