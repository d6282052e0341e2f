// SPDX-FileCopyrightText: 2026 Pavutyna contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

#include "CliSupport.h"
#include "store/CrawlReader.h"
#include "store/CrawlStore.h"

using namespace pav::test;

namespace {
const QByteArray PagesHeader = "url,status,content_type,size,response_ms,depth,title,meta_description,h1,canonical,"
                               "meta_robots,word_count,inlinks,outlinks,redirect_url,error";
const QByteArray LinksHeader = "source,target,anchor,rel,target_status";

QByteArray readAll(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// 40 pages, /, 4 robots-blocked /private/ URLs, /old (301), /missing (404) and /logo.png.
constexpr int SitePages = 40;
constexpr int SiteRows = SitePages + 1 + 4 + 3;
} // namespace

class TestHeadlessCrawl : public QObject
{
    Q_OBJECT

private slots:
    void init() { QVERIFY(m_dir.isValid()); }

    void crawlsASiteIntoPagesAndLinksCsv()
    {
        LocalHttpServer server;
        buildSite(server, SitePages);
        const QString db = m_dir.filePath("site.pavutyna");
        Run run = runPavutyna({"--headless", server.url(), "--db", db, "-o", m_dir.filePath("pages.csv"),
                               "--links-output", m_dir.filePath("links.csv"), "-q"});
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.err.isEmpty(), run.err.constData());
        QVERIFY(run.out.isEmpty());

        const QList<QByteArray> pages = csvLines(readAll(m_dir.filePath("pages.csv")));
        QVERIFY(pages.first().startsWith(PagesHeader + ','));
        QCOMPARE(pages.size(), 1 + SiteRows);
        QSet<QByteArray> urls;
        for (const QByteArray& line : pages.mid(1))
            urls.insert(line.left(line.indexOf(',')));
        QCOMPARE(urls.size(), SiteRows); // none twice
        const QByteArray blocked = server.url("/private/10").toUtf8() + ",0,,0,";
        QVERIFY(std::any_of(pages.begin(), pages.end(), [&](const QByteArray& l) {
            return l.startsWith(blocked) && l.contains(",blocked by robots.txt,");
        }));
        QVERIFY(std::any_of(pages.begin(), pages.end(), [&](const QByteArray& l) {
            return l.startsWith(server.url("/old").toUtf8() + ",301,") && l.contains(server.url("/p/1").toUtf8());
        }));
        QVERIFY(std::any_of(pages.begin(), pages.end(),
                            [&](const QByteArray& l) { return l.startsWith(server.url("/missing").toUtf8() + ",404,"); }));
        for (const RequestInfo& request : server.requests())
            QVERIFY2(!request.path.startsWith("/private/"), request.target.constData());

        const QList<QByteArray> links = csvLines(readAll(m_dir.filePath("links.csv")));
        QVERIFY(links.first().startsWith(LinksHeader));
        QVERIFY(links.contains(server.url("/").toUtf8() + ',' + server.url("/p/0").toUtf8() + ",start,,200,a"));
    }

    void exportsTheRowsOfAFilterAndASearch()
    {
        LocalHttpServer server;
        buildSite(server, SitePages);
        const QString db = m_dir.filePath("filter.pavutyna");
        QCOMPARE(runPavutyna({"--headless", server.url(), "--db", db, "-q"}).exitCode, 0);
        QCOMPARE(runPavutyna({"--headless", "--export", db, "-o", m_dir.filePath("all.csv")}).exitCode, 0);
        const QList<QByteArray> all = csvLines(readAll(m_dir.filePath("all.csv")));

        // 4xx: exactly the rows of the full export whose status is 404, in the same order.
        Run codes = runPavutyna({"--headless", "--export", db, "-o", m_dir.filePath("4xx.csv"), "--filter", "codes.4xx"});
        QCOMPARE(codes.exitCode, 0);
        QList<QByteArray> expected{all.first()};
        for (const QByteArray& line : all.mid(1)) {
            if (line.contains(",404,"))
                expected.append(line);
        }
        QVERIFY(expected.size() > 1);
        QCOMPARE(csvLines(readAll(m_dir.filePath("4xx.csv"))), expected);

        // A search narrows any table; a links filter selects from the links table.
        Run search = runPavutyna({"--headless", "--export", db, "-o", m_dir.filePath("s.csv"), "--search", "/p/1"});
        QCOMPARE(search.exitCode, 0);
        const QList<QByteArray> found = csvLines(readAll(m_dir.filePath("s.csv")));
        QVERIFY(found.size() > 1 && found.size() < all.size());
        for (const QByteArray& line : found.mid(1))
            QVERIFY2(line.contains("/p/1"), line.constData());
        Run broken = runPavutyna({"--headless", "--export", db, "--links-output", m_dir.filePath("broken.csv"), "--filter",
                                  "links.broken"});
        QCOMPARE(broken.exitCode, 0);
        const QList<QByteArray> brokenLinks = csvLines(readAll(m_dir.filePath("broken.csv")));
        QVERIFY(brokenLinks.size() > 1);
        for (const QByteArray& line : brokenLinks.mid(1))
            QVERIFY2(line.contains(",404,") || line.contains(",0,"), line.constData());
    }

    void refusesFiltersThatDoNotFit_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("message");
        QTest::newRow("unknown") << QStringList{"--filter", "titles.nonsense", "-o", "x.csv"} << "Unknown filter \"titles.nonsense\"";
        QTest::newRow("links filter, pages output") << QStringList{"--filter", "links.broken", "-o", "x.csv"}
                                                    << "--filter links.broken selects links";
        QTest::newRow("pages filter, links output") << QStringList{"--filter", "codes.4xx", "--links-output", "x.csv"}
                                                    << "--filter codes.4xx selects pages";
    }
    void refusesFiltersThatDoNotFit()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, message);
        Run run = runPavutyna(QStringList{"--headless", "--export", m_dir.filePath("none.pavutyna")} + arguments);
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(message.toUtf8()), run.err.constData());
        QCOMPARE(run.err.count('\n'), 1);
    }

    void crawlsExactlyTheUrlsOfAList()
    {
        LocalHttpServer server;
        buildSite(server, SitePages);
        QFile list(m_dir.filePath("urls.txt"));
        QVERIFY(list.open(QIODevice::WriteOnly));
        list.write(("# from a spreadsheet\r\n" + server.url("/p/3") + "\r\n" + server.url("/old") + "\r\n\r\n").toUtf8());
        list.close();
        Run run = runPavutyna({"--headless", "--url-list", list.fileName(), "--db", m_dir.filePath("list.pavutyna"), "-o", "-", "-q"});
        QCOMPARE(run.exitCode, 0);
        QSet<QByteArray> paths;
        for (const QByteArray& line : csvLines(run.out).mid(1))
            paths.insert(QUrl(QString::fromUtf8(line.left(line.indexOf(',')))).path().toUtf8());
        QCOMPARE(paths, (QSet<QByteArray>{"/p/3", "/old", "/p/1"})); // and /old's redirect target, nothing else

        QFile bad(m_dir.filePath("bad.txt"));
        QVERIFY(bad.open(QIODevice::WriteOnly));
        bad.write("https://example.com/\nftp://example.com/\n");
        bad.close();
        Run refused = runPavutyna({"--headless", "--url-list", bad.fileName()});
        QCOMPARE(refused.exitCode, 2);
        QVERIFY2(refused.err.contains("Line 2: Only http and https"), refused.err.constData());
        Run missing = runPavutyna({"--headless", "--url-list", m_dir.filePath("nope.txt")});
        QCOMPARE(missing.exitCode, 2);
        QVERIFY2(missing.err.contains("Cannot read the URL list"), missing.err.constData());
    }

    void writesJsonLinesToStandardOutput()
    {
        LocalHttpServer server;
        buildSite(server, SitePages);
        Run run = runPavutyna({"--headless", server.url(), "--db", m_dir.filePath("j.pavutyna"), "-o", "-",
                               "--format", "jsonl", "-q"});
        QCOMPARE(run.exitCode, 0);
        const QList<QByteArray> lines = run.out.trimmed().split('\n');
        QCOMPARE(lines.size(), SiteRows);
        for (const QByteArray& line : lines) {
            const QJsonObject row = QJsonDocument::fromJson(line).object();
            QVERIFY2(row.value("url").toString().startsWith(server.origin()), line.constData());
            QVERIFY(row.contains("status"));
        }
    }

    void exportOfASavedCrawlEqualsTheCrawlsOutput()
    {
        LocalHttpServer server;
        buildSite(server, SitePages);
        const QString db = m_dir.filePath("e.pavutyna");
        QCOMPARE(runPavutyna({"--headless", server.url(), "--db", db, "-o", m_dir.filePath("a.csv"), "-q"}).exitCode, 0);
        const int requests = server.requestCount();
        Run run = runPavutyna({"--headless", "--export", db, "-o", m_dir.filePath("b.csv")});
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(readAll(m_dir.filePath("b.csv")), readAll(m_dir.filePath("a.csv")));
        QCOMPARE(server.requestCount(), requests); // nothing fetched

        // A headless crawl leaves links by target unindexed; counted through the index the window builds when it
        // opens the file, the inlinks are the same.
        {
            auto reader = pav::store::openCrawlReader(db);
            QVERIFY(reader);
            QVERIFY(!pav::store::hasLinkTargetIndex(**reader));
        }
        QCOMPARE(pav::store::CrawlStore::prepareForViewing(db).valueOr(false), true);
        QCOMPARE(runPavutyna({"--headless", "--export", db, "-o", m_dir.filePath("c.csv")}).exitCode, 0);
        QCOMPARE(readAll(m_dir.filePath("c.csv")), readAll(m_dir.filePath("a.csv")));

        // Resuming a finished crawl has nothing to do.
        QCOMPARE(runPavutyna({"--headless", "--resume", db, "-q"}).exitCode, 0);
        QCOMPARE(server.requestCount(), requests);
    }

    void refusesToMixTwoCrawlsInOneFile()
    {
        LocalHttpServer server;
        buildSite(server, 3);
        const QString db = m_dir.filePath("twice.pavutyna");
        QCOMPARE(runPavutyna({"--headless", server.url(), "--db", db, "-q"}).exitCode, 0);
        Run again = runPavutyna({"--headless", server.url(), "--db", db});
        QCOMPARE(again.exitCode, 2);
        QVERIFY(again.err.contains("--resume"));
    }

    void badFilesFailBeforeFetching_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("missing crawl file") << QStringList{"--resume", "/nonexistent/c.pavutyna"} << 1 << "not found";
        QTest::newRow("unwritable output") << QStringList{"URL", "-o", "/nonexistent/dir/pages.csv"} << 1 << "Cannot write";
        QTest::newRow("unwritable crawl file") << QStringList{"URL", "--db", "/nonexistent/dir/c.pavutyna"} << 1
                                               << "Cannot open crawl file";
        QTest::newRow("foreign file") << QStringList{"--export", "FOREIGN", "-o", "-"} << 1 << "Cannot open crawl file";
        QTest::newRow("bad config key") << QStringList{"URL", "--config", "BADCONFIG"} << 2 << "frobnicate";
        QTest::newRow("missing config") << QStringList{"URL", "--config", "/nonexistent.json"} << 2 << "Cannot read";
    }

    void badFilesFailBeforeFetching()
    {
        QFETCH(QStringList, arguments);
        QFETCH(int, exitCode);
        QFETCH(QString, mentions);
        LocalHttpServer server;
        buildSite(server, 3);
        QFile foreign(m_dir.filePath("foreign.txt"));
        QVERIFY(foreign.open(QIODevice::WriteOnly));
        foreign.write(QByteArray(5000, 'x'));
        foreign.close();
        QFile config(m_dir.filePath("bad.json"));
        QVERIFY(config.open(QIODevice::WriteOnly));
        config.write(R"({"maxPages": 3, "frobnicate": true})");
        config.close();
        arguments.replaceInStrings(QStringLiteral("FOREIGN"), foreign.fileName());
        arguments.replaceInStrings(QStringLiteral("BADCONFIG"), config.fileName());
        arguments.replaceInStrings(QStringLiteral("URL"), server.url());
        Run run = runPavutyna(QStringList{"--headless"} + arguments);
        QCOMPARE(run.exitCode, exitCode);
        QVERIFY2(run.err.contains(mentions.toUtf8()), run.err.constData());
        QCOMPARE(server.requestCount(), 0);
        QCOMPARE(readAll(foreign.fileName()), QByteArray(5000, 'x')); // never touched
    }

    void configFileAndOptionsShapeTheCrawl()
    {
        LocalHttpServer server;
        buildSite(server, SitePages);
        QFile config(m_dir.filePath("crawl.json"));
        QVERIFY(config.open(QIODevice::WriteOnly));
        config.write(R"({"maxPages": 50, "maxDepth": 1})");
        config.close();
        const QString db = m_dir.filePath("config.pavutyna");
        // The command line wins over the file: -n 2.
        Run run = runPavutyna({"--headless", server.url(), "--config", config.fileName(), "-n", "2", "--db", db,
                               "-o", "-", "-q"});
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(csvLines(run.out).size(), 1 + 2);
        QCOMPARE(crawledUrls(db), (QSet<QString>{server.url("/"), server.url("/p/0")}));
    }

    void reportsOnStderrWithoutCarriageReturnsWhenNotATerminal()
    {
        LocalHttpServer server;
        buildSite(server, 5);
        Run run = runPavutyna({"--headless", server.url(), "--db", m_dir.filePath("p.pavutyna")});
        QCOMPARE(run.exitCode, 0);
        QVERIFY(run.err.contains("Crawl file: "));
        QVERIFY2(run.err.contains("pages crawled"), run.err.constData());
        QVERIFY(!run.err.contains('\r'));
    }

    void csvRawKeepsFormulasTheDefaultNeutralises()
    {
        LocalHttpServer server;
        server.route(QStringLiteral("/"), Reply::html("<title>=HYPERLINK(\"http://evil/\")</title><h1>+1</h1>"));
        const QString db = m_dir.filePath("formulas.pavutyna");
        Run crawled = runPavutyna({"--headless", server.url(), "--db", db, "-o", "-", "-q"});
        QCOMPARE(crawled.exitCode, 0);
        QVERIFY2(crawled.out.contains(",\"'=HYPERLINK(\"\"http://evil/\"\")\","), crawled.out.constData());
        QVERIFY(crawled.out.contains(",'+1,"));
        for (const QStringList& raw : {QStringList{"--headless", "--export", db, "-o", "-", "--csv-raw"},
                                       QStringList{"--headless", "--resume", db, "-o", "-", "--csv-raw", "-q"}}) {
            Run run = runPavutyna(raw);
            QCOMPARE(run.exitCode, 0);
            QVERIFY2(run.out.contains(",\"=HYPERLINK(\"\"http://evil/\"\")\","), run.out.constData());
            QVERIFY(run.out.contains(",+1,"));
            QVERIFY(!run.out.contains('\''));
        }
    }

    void summaryUsesPluralForms_data()
    {
        QTest::addColumn<QString>("locale");
        QTest::addColumn<int>("pages");
        QTest::addColumn<QString>("summary");
        QTest::newRow("en 1") << "en_GB.UTF-8" << 1 << "1 page crawled, 0 errors, ";
        QTest::newRow("en 2") << "C.UTF-8" << 2 << "2 pages crawled, 0 errors, ";
        QTest::newRow("uk 1") << "uk_UA.UTF-8" << 1 << "Проскановано 1 сторінку, 0 помилок, ";
        QTest::newRow("uk 2") << "uk_UA.UTF-8" << 2 << "Проскановано 2 сторінки, 0 помилок, ";
        QTest::newRow("uk 5") << "uk_UA.UTF-8" << 5 << "Проскановано 5 сторінок, 0 помилок, ";
    }

    void summaryUsesPluralForms()
    {
        QFETCH(QString, locale);
        QFETCH(int, pages);
        QFETCH(QString, summary);
        LocalHttpServer server;
        server.route(QStringLiteral("/robots.txt"), Reply::text("User-agent: *\n"));
        QByteArray home = "<title>Home</title>";
        for (int i = 1; i < pages; ++i)
            home += "<a href=\"/p/" + QByteArray::number(i) + "\">" + QByteArray::number(i) + "</a>";
        server.route(QStringLiteral("/"), Reply::html(home));
        for (int i = 1; i < pages; ++i)
            server.route(QStringLiteral("/p/%1").arg(i), Reply::html("<title>Leaf</title>"));
        QProcessEnvironment env = headlessEnvironment();
        env.insert(QStringLiteral("LC_ALL"), locale);
        env.insert(QStringLiteral("LANG"), locale);
        const QString db = m_dir.filePath(QStringLiteral("plural-%1-%2.pavutyna").arg(locale).arg(pages));
        Run run = runPavutyna({"--headless", server.url(), "--db", db}, env);
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(QString::fromUtf8(run.err).contains(QLatin1Char('\n') + summary), run.err.constData());
    }

    // The progress line is drawn only on a terminal: run under script(1), which gives the child a pty.
    void drawsTheProgressLineOnATerminal()
    {
        const QString script = QStandardPaths::findExecutable(QStringLiteral("script"));
        if (script.isEmpty())
            QFAIL("script(1) is not installed (Debian package bsdutils, which scripts/setup.sh installs)");
        LocalHttpServer server;
        buildSite(server, 12, std::chrono::milliseconds(150)); // at one at a time, over 2 s: several redraws
        const QString db = m_dir.filePath("tty.pavutyna");
        const QString command = QStringLiteral("'%1' --headless '%2' --db '%3' -c 1 -o /dev/null")
                                    .arg(QStringLiteral(PAV_BINARY), server.url(), db);
        Run run = runProgram(script, {"-qec", command, "/dev/null"}, headlessEnvironment());
        QCOMPARE(run.exitCode, 0);
        const QString terminal = QString::fromUtf8(run.out);
        static const QRegularExpression progress(
            QStringLiteral("\r\\d+ pages? crawled, \\d+ queued, \\d+ pages/s, \\d+ errors?"));
        QVERIFY2(terminal.contains(progress), qPrintable(terminal));
        QVERIFY2(!terminal.contains(QLatin1String("(s)")), qPrintable(terminal));
        QVERIFY2(terminal.contains(QLatin1String("pages crawled, ")), qPrintable(terminal)); // the summary
    }

private:
    QTemporaryDir m_dir;
};

QObject* makeTestHeadlessCrawl()
{
    return new TestHeadlessCrawl;
}

#include "TestHeadlessCrawl.moc"
