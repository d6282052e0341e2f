// SPDX-FileCopyrightText: 2026 Pavutyna contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <csignal>

#include <QProcess>
#include <QTest>

#include "LocalHttpServer.h"
#include "cli/HeadlessOptions.h"

using namespace pav::cli;
using namespace pav::test;
using namespace std::chrono_literals;

namespace {
// The real binary, run the way a server runs it: no display of any kind.
struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

QProcessEnvironment headlessEnvironment()
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const char* name : {"DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM", "XDG_SESSION_TYPE"})
        env.remove(QString::fromLatin1(name));
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    env.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
    return env;
}

Run runPavutyna(const QStringList& arguments)
{
    QProcess process;
    process.setProcessEnvironment(headlessEnvironment());
    process.start(QStringLiteral(PAV_BINARY), arguments);
    Run run;
    if (!process.waitForFinished(30'000)) {
        process.kill();
        process.waitForFinished();
        return run;
    }
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2;
    run.out = process.readAllStandardOutput();
    run.err = process.readAllStandardError();
    return run;
}
} // namespace

class TestHeadless : public QObject
{
    Q_OBJECT

private slots:
    void parsesOptions()
    {
        auto parsed = parseHeadlessOptions({"pavutyna", "--headless", "-c", "4", "--timeout", "7", "--user-agent",
                                            "Bot/1", "http://a/", "http://b/"});
        QVERIFY(std::holds_alternative<HeadlessOptions>(parsed));
        const auto& options = std::get<HeadlessOptions>(parsed);
        QCOMPARE(options.concurrency, 4);
        QCOMPARE(options.timeout, std::chrono::milliseconds(7000));
        QCOMPARE(options.userAgent, QStringLiteral("Bot/1"));
        QCOMPARE(options.urls, (QStringList{"http://a/", "http://b/"}));
    }

    void rejectsBadOptions_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("unknown option") << QStringList{"--headless", "--frobnicate", "http://a/"} << "frobnicate";
        QTest::newRow("zero concurrency") << QStringList{"--headless", "-c", "0", "http://a/"} << "--concurrency";
        QTest::newRow("text concurrency") << QStringList{"--headless", "-c", "many", "http://a/"} << "--concurrency";
        QTest::newRow("negative timeout") << QStringList{"--headless", "--timeout", "-5", "http://a/"} << "--timeout";
        QTest::newRow("missing value") << QStringList{"--headless", "http://a/", "--timeout"} << "timeout";
        QTest::newRow("no url") << QStringList{"--headless"} << "No URL";
    }

    void rejectsBadOptions()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, mentions);
        auto parsed = parseHeadlessOptions(QStringList{"pavutyna"} + arguments);
        QVERIFY(std::holds_alternative<UsageError>(parsed));
        QVERIFY2(std::get<UsageError>(parsed).message.contains(mentions), qPrintable(std::get<UsageError>(parsed).message));

        Run run = runPavutyna(arguments);
        QCOMPARE(run.exitCode, 2);
        QCOMPARE(run.err.count('\n'), 1); // one line, for scripts
        QVERIFY(run.err.startsWith("pavutyna: "));
        QVERIFY(run.out.isEmpty());
    }

    void versionRunsWithoutDisplay()
    {
        Run run = runPavutyna({"--version"});
        QCOMPARE(run.exitCode, 0);
        QVERIFY(run.out.startsWith("Pavutyna " PAV_VERSION_STRING));
        QVERIFY(run.out.contains("libcurl/"));
        QVERIFY2(run.err.isEmpty(), run.err.constData());
    }

    void helpRunsWithoutDisplay()
    {
        Run run = runPavutyna({"--headless", "--help"});
        QCOMPARE(run.exitCode, 0);
        QVERIFY(run.out.contains("--concurrency"));
        QVERIFY(run.out.contains("--headless"));
    }

    void fetchesUrlsAndReportsEachOnALine()
    {
        LocalHttpServer server;
        server.route(QStringLiteral("/ok"), Reply::html("<p>hello</p>"));
        server.route(QStringLiteral("/gone"), Reply::status(404, "gone"));
        Run run = runPavutyna({"--headless", server.url(QStringLiteral("/ok")), server.url(QStringLiteral("/gone")),
                               QStringLiteral("ftp://127.0.0.1/")});
        QCOMPARE(run.exitCode, 0);
        const QList<QByteArray> lines = run.out.trimmed().split('\n');
        QCOMPARE(lines.size(), 3);
        QVERIFY(lines[0].startsWith("200\t12\t"));
        QVERIFY(lines[0].endsWith(server.url(QStringLiteral("/ok")).toUtf8() + '\t'));
        QVERIFY(lines[1].startsWith("404\t4\t"));
        QVERIFY(lines[2].startsWith("0\t0\t0\tftp://127.0.0.1/\tUnsupported URL scheme"));
        QVERIFY(run.err.contains("3 URLs fetched, 1 error"));
    }

    void interruptEndsWith130()
    {
        LocalHttpServer server;
        server.route(QStringLiteral("/stall"), Reply::text("never").stall());
        QProcess process;
        process.setProcessEnvironment(headlessEnvironment());
        process.start(QStringLiteral(PAV_BINARY), {"--headless", server.url(QStringLiteral("/stall"))});
        QVERIFY(process.waitForStarted());
        QTRY_VERIFY_WITH_TIMEOUT(server.requestCount() == 1, 10'000);
        ::kill(pid_t(process.processId()), SIGINT);
        QVERIFY(process.waitForFinished(10'000));
        QCOMPARE(process.exitStatus(), QProcess::NormalExit);
        QCOMPARE(process.exitCode(), 130);
        QVERIFY(process.readAllStandardError().contains("interrupted"));
    }
};

QTEST_GUILESS_MAIN(TestHeadless)
#include "TestHeadless.moc"
