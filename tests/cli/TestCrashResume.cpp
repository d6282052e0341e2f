// SPDX-FileCopyrightText: 2026 Pavutyna contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <csignal>

#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

#include "CliSupport.h"

using namespace pav::test;
using namespace std::chrono_literals;

namespace {
constexpr int Pages = 300;

QSet<QString> referenceCrawl(const QTemporaryDir& dir)
{
    LocalHttpServer server;
    buildSite(server, Pages);
    static int count = 0;
    const QString db = dir.filePath(QStringLiteral("reference-%1.pavutyna").arg(++count));
    if (runPavutyna({"--headless", server.url(), "--db", db, "-q"}).exitCode != 0)
        return {};
    // The reference is taken on another port: compare paths.
    QSet<QString> paths;
    for (const QString& url : crawledUrls(db))
        paths.insert(url.mid(server.origin().size()));
    return paths;
}

QSet<QString> pathsOf(const QSet<QString>& urls, const QString& origin)
{
    QSet<QString> paths;
    for (const QString& url : urls)
        paths.insert(url.mid(origin.size()));
    return paths;
}
} // namespace

// Crash safety of the crawl file: whatever moment the process dies at, --resume finishes the same crawl.
class TestCrashResume : public QObject
{
    Q_OBJECT

private slots:
    void init() { QVERIFY(m_dir.isValid()); }

    void interruptSavesAndResumeFinishes_data()
    {
        QTest::addColumn<int>("signal");
        QTest::newRow("SIGINT") << SIGINT;
        QTest::newRow("SIGTERM") << SIGTERM;
    }

    void interruptSavesAndResumeFinishes()
    {
        QFETCH(int, signal);
        const QSet<QString> expected = referenceCrawl(m_dir);
        QVERIFY(expected.size() > Pages);
        LocalHttpServer server;
        buildSite(server, Pages, 10ms);
        const QString db = m_dir.filePath(QStringLiteral("interrupted-%1.pavutyna").arg(signal));
        QProcess process;
        startPavutyna(process, {"--headless", server.url(), "--db", db, "-c", "2"});
        QVERIFY(process.waitForStarted());
        QTRY_VERIFY_WITH_TIMEOUT(server.requestCount() >= 30, 20'000);
        ::kill(pid_t(process.processId()), signal);
        QVERIFY(process.waitForFinished(20'000));
        QCOMPARE(process.exitStatus(), QProcess::NormalExit);
        QCOMPARE(process.exitCode(), 130);
        const QByteArray err = process.readAllStandardError();
        QVERIFY2(err.contains("--resume " + db.toUtf8()), err.constData());
        const QSet<QString> saved = crawledUrls(db);
        QVERIFY(saved.size() >= 20); // the signal commits what was fetched

        Run resumed = runPavutyna({"--headless", "--resume", db, "-q", "-c", "8"});
        QCOMPARE(resumed.exitCode, 0);
        QCOMPARE(pathsOf(crawledUrls(db), server.origin()), expected);
    }

    void sigkillAtRandomMomentsLosesNothing()
    {
        const QSet<QString> expected = referenceCrawl(m_dir);
        QVERIFY(expected.size() > Pages);
        LocalHttpServer server;
        buildSite(server, Pages, 15ms); // at two at a time, the crawl takes over 2 s: every kill lands mid-crawl
        const QString db = m_dir.filePath("killed.pavutyna");
        QSet<QString> saved;
        for (int round = 0; round < 3; ++round) {
            QProcess process;
            startPavutyna(process, round == 0 ? QStringList{"--headless", server.url(), "--db", db, "-q", "-c", "2"}
                                              : QStringList{"--headless", "--resume", db, "-q", "-c", "2"});
            QVERIFY(process.waitForStarted());
            const int wait = QRandomGenerator::global()->bounded(150, 700);
            qInfo("round %d: SIGKILL after %d ms", round, wait);
            QTest::qWait(wait);
            ::kill(pid_t(process.processId()), SIGKILL);
            QVERIFY(process.waitForFinished(10'000));
            QCOMPARE(process.exitStatus(), QProcess::CrashExit);

            const QSet<QString> now = crawledUrls(db);
            QVERIFY2(now.contains(saved), "rows saved before an earlier kill are gone");
            QVERIFY(pathsOf(now, server.origin()).subtract(expected).isEmpty());
            QVERIFY2(now.size() < expected.size(), "the crawl had finished before the kill");
            saved = now;
            // What was saved is never fetched again.
            server.resetStats();
            m_savedPaths = pathsOf(saved, server.origin());
        }
        Run finished = runPavutyna({"--headless", "--resume", db, "-o", m_dir.filePath("final.csv"), "-q"});
        QCOMPARE(finished.exitCode, 0);
        for (const RequestInfo& request : server.requests())
            QVERIFY2(!m_savedPaths.contains(QString::fromUtf8(request.target)) || request.target == "/",
                     request.target.constData());
        QCOMPARE(pathsOf(crawledUrls(db), server.origin()), expected);
        QFile csv(m_dir.filePath("final.csv"));
        QVERIFY(csv.open(QIODevice::ReadOnly));
        QCOMPARE(csvLines(csv.readAll()).size(), 1 + expected.size()); // nothing listed twice
    }

    void fullDiskGivesAClearErrorAndAResumableFile()
    {
        const QSet<QString> expected = referenceCrawl(m_dir);
        LocalHttpServer server;
        buildSite(server, Pages);
        const QString db = m_dir.filePath("full.pavutyna");
        // A file size limit makes every write past 96 KiB fail with EFBIG, as a full disk fails with ENOSPC.
        QProcess process;
        process.setProcessEnvironment(headlessEnvironment());
        process.start(QStringLiteral("/bin/bash"),
                      {"-c", "ulimit -f 96; trap '' XFSZ; exec \"$0\" \"$@\"", QStringLiteral(PAV_BINARY), "--headless",
                       server.url(), "--db", db, "-q"});
        QVERIFY(process.waitForFinished(60'000));
        QCOMPARE(process.exitStatus(), QProcess::NormalExit);
        QCOMPARE(process.exitCode(), 1);
        const QByteArray err = process.readAllStandardError();
        QVERIFY2(err.startsWith("pavutyna: "), err.constData());
        QVERIFY2(err.contains(db.toUtf8()), err.constData());

        Run resumed = runPavutyna({"--headless", "--resume", db, "-q"});
        QCOMPARE(resumed.exitCode, 0);
        QCOMPARE(pathsOf(crawledUrls(db), server.origin()), expected);
    }

private:
    QTemporaryDir m_dir;
    QSet<QString> m_savedPaths;
};

QObject* makeTestCrashResume()
{
    return new TestCrashResume;
}

#include "TestCrashResume.moc"
