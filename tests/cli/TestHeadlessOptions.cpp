// SPDX-FileCopyrightText: 2026 Pavutyna contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <QJsonArray>
#include <QTest>

#include "CliSupport.h"
#include "cli/HeadlessOptions.h"

using namespace pav::cli;
using namespace pav::test;

class TestHeadlessOptions : public QObject
{
    Q_OBJECT

private slots:
    void mapsOptionsOntoConfigKeys()
    {
        auto parsed = parseHeadlessOptions({"pavutyna", "--headless", "-c", "4", "--per-host", "2", "--delay", "250",
                                            "--timeout", "7.5", "--retries", "0", "-d", "3", "-n", "100",
                                            "--user-agent", "Bot/1", "--ignore-robots", "--include", "/a", "--include",
                                            "/b", "--exclude", "\\.pdf$", "--subdomains", "--external", "--html-only",
                                            "--max-size", "2M", "-o", "out.jsonl", "--links-output", "links.jsonl",
                                            "-q", "http://a/", "http://b/"});
        QVERIFY(std::holds_alternative<HeadlessOptions>(parsed));
        const auto& options = std::get<HeadlessOptions>(parsed);
        QCOMPARE(options.action, HeadlessOptions::Action::Crawl);
        const QJsonObject& o = options.overrides;
        QCOMPARE(o["concurrency"].toInt(), 4);
        QCOMPARE(o["perHost"].toInt(), 2);
        QCOMPARE(o["delayMs"].toInt(), 250);
        QCOMPARE(o["timeoutMs"].toInt(), 7500);
        QCOMPARE(o["retries"].toInt(), 0);
        QCOMPARE(o["maxDepth"].toInt(), 3);
        QCOMPARE(o["maxPages"].toInt(), 100);
        QCOMPARE(o["userAgent"].toString(), QStringLiteral("Bot/1"));
        QCOMPARE(o["maxSize"].toDouble(), 2.0 * 1024 * 1024);
        for (const char* flag : {"ignoreRobots", "subdomains", "external", "htmlOnly"})
            QVERIFY2(o[QLatin1String(flag)].toBool(), flag);
        QCOMPARE(o["include"].toArray(), QJsonArray({"/a", "/b"}));
        QCOMPARE(o["seeds"].toArray(), QJsonArray({"http://a/", "http://b/"}));
        QCOMPARE(options.format, HeadlessOptions::Format::Jsonl); // from the .jsonl extension
        QVERIFY(options.quiet);
        QVERIFY(!o.contains("sitemaps"));
    }

    void resumeAndExportNameTheirFile()
    {
        auto resume = parseHeadlessOptions({"pavutyna", "--headless", "--resume", "c.pavutyna", "-c", "2"});
        QCOMPARE(std::get<HeadlessOptions>(resume).action, HeadlessOptions::Action::Resume);
        QCOMPARE(std::get<HeadlessOptions>(resume).crawlFile, QStringLiteral("c.pavutyna"));
        auto exporting = parseHeadlessOptions({"pavutyna", "--headless", "--export", "c.pavutyna", "-o", "-",
                                               "--format", "csv"});
        QCOMPARE(std::get<HeadlessOptions>(exporting).action, HeadlessOptions::Action::Export);
        QCOMPARE(std::get<HeadlessOptions>(exporting).output, QStringLiteral("-"));
    }

    void rejectsBadOptions_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("mentions");
        const QString url = QStringLiteral("http://127.0.0.1:9/");
        QTest::newRow("unknown option") << QStringList{"--headless", "--frobnicate", url} << "frobnicate";
        QTest::newRow("zero concurrency") << QStringList{"--headless", "-c", "0", url} << "--concurrency";
        QTest::newRow("text concurrency") << QStringList{"--headless", "-c", "many", url} << "--concurrency";
        QTest::newRow("negative timeout") << QStringList{"--headless", "--timeout", "-5", url} << "--timeout";
        QTest::newRow("missing value") << QStringList{"--headless", url, "--timeout"} << "timeout";
        QTest::newRow("no url") << QStringList{"--headless"} << "No URL";
        QTest::newRow("invalid url") << QStringList{"--headless", "http://"} << "Invalid URL";
        QTest::newRow("ftp url") << QStringList{"--headless", "ftp://127.0.0.1/"} << "Unsupported URL scheme";
        QTest::newRow("bad regex") << QStringList{"--headless", "--include", "a(b", url} << "--include";
        QTest::newRow("bad format") << QStringList{"--headless", "--format", "xml", url} << "--format";
        QTest::newRow("bad size") << QStringList{"--headless", "--max-size", "lots", url} << "--max-size";
        QTest::newRow("negative depth") << QStringList{"--headless", "-d", "-1", url} << "--max-depth";
        QTest::newRow("zero pages") << QStringList{"--headless", "-n", "0", url} << "--max-pages";
        QTest::newRow("resume and export") << QStringList{"--headless", "--resume", "a", "--export", "b"} << "--export";
        QTest::newRow("urls with resume") << QStringList{"--headless", "--resume", "a", url} << "--resume";
        QTest::newRow("export without output") << QStringList{"--headless", "--export", "a"} << "-o";
        QTest::newRow("two tables on stdout") << QStringList{"--headless", "-o", "-", "--links-output", "-", url} << "-o";
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

    void helpListsEveryOption()
    {
        Run run = runPavutyna({"--headless", "--help"});
        QCOMPARE(run.exitCode, 0);
        for (const char* option : {"--output", "--links-output", "--format", "--db", "--max-depth", "--max-pages",
                                   "--concurrency", "--per-host", "--delay", "--timeout", "--retries", "--user-agent",
                                   "--ignore-robots", "--include", "--exclude", "--subdomains", "--external",
                                   "--html-only", "--max-size", "--config", "--quiet", "--resume", "--export",
                                   "--csv-raw"})
            QVERIFY2(run.out.contains(option), option);
    }
};

QObject* makeTestHeadlessOptions()
{
    return new TestHeadlessOptions;
}

#include "TestHeadlessOptions.moc"
