// SPDX-FileCopyrightText: 2026 Pavutyna contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <sys/resource.h>

#include <csignal>

#include <QAction>
#include <QDir>
#include <QFileInfo>
#include <QLineEdit>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include "GuiSite.h"
#include "LocalHttpServer.h"
#include "RecordingPrompter.h"
#include "store/CrawlReader.h"
#include "store/CrawlSchema.h"
#include "store/CrawlStore.h"
#include "store/Statement.h"
#include "ui/details/DetailsPane.h"
#include "ui/model/CrawlTableModel.h"
#include "ui/model/ResultsView.h"
#include "ui/window/ExportDialog.h"
#include "ui/window/MainWindow.h"
#include "ui/window/ProgressStrip.h"
#include "ui/window/WindowActions.h"

using namespace pav;
using namespace pav::ui;
using pav::test::LocalHttpServer;
using pav::test::PromptLog;

namespace {
constexpr int Pages = 40;
constexpr int Fetched = Pages + 5; // home, pages, /old, /missing, /private/x (blocked), the image

struct Window
{
    std::shared_ptr<PromptLog> log = std::make_shared<PromptLog>();
    std::unique_ptr<MainWindow> window;

    Window()
        : window(std::make_unique<MainWindow>())
    {
        window->setPrompter(std::make_unique<test::RecordingPrompter>(log));
        window->show();
    }
    MainWindow* operator->() { return window.get(); }
    CrawlTableModel* model(const QString& tab) { return window->resultsForTab(tab)->model(); }
};

QStringList crawlFilesOnDisk()
{
    QDir dir(QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) + QStringLiteral("/Pavutyna/crawls"));
    return dir.entryList({QStringLiteral("*.pavutyna")}, QDir::Files);
}

// The CLI's --export of the crawl (with `extra` options such as --filter), as CSV lines (header first).
QList<QByteArray> cliExport(const QString& crawlFile, const QString& outDir, const QStringList& extra = {})
{
    const QString out = outDir + QStringLiteral("/cli.csv");
    QProcess process;
    process.start(QStringLiteral(PAV_BINARY), QStringList{"--headless", "--export", crawlFile, "-o", out} + extra);
    if (!process.waitForFinished(60'000) || process.exitCode() != 0)
        return {};
    QFile file(out);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QList<QByteArray> lines = file.readAll().split('\n');
    if (!lines.isEmpty() && lines.last().isEmpty())
        lines.removeLast();
    return lines;
}

bool waitUntilIdle(MainWindow& window, int timeoutMs = 60'000)
{
    QElapsedTimer clock;
    clock.start();
    while (window.session().isBusy() && clock.elapsed() < timeoutMs)
        QTest::qWait(20);
    return !window.session().isBusy();
}
} // namespace

class TestMainWindow : public QObject
{
    Q_OBJECT

private slots:
    void startsACrawlFromTheUrlBarAndShowsRowsAsTheyArrive()
    {
        LocalHttpServer server;
        test::buildGuiSite(server, Pages, std::chrono::milliseconds(150)); // 4 at a time: about 1.7 s in all
        Window w;
        QVERIFY(!w->actions().pause->isEnabled());
        QTest::keyClicks(w->urlBar(), server.url());
        QTest::keyClick(w->urlBar(), Qt::Key_Return);
        QVERIFY(w->session().isBusy());
        QVERIFY(w->actions().pause->isEnabled());
        QVERIFY(!w->actions().start->isEnabled());
        QTRY_VERIFY_WITH_TIMEOUT(w.model("pages")->rowCount() > 0, 20'000);
        QVERIFY2(w.model("pages")->rowCount() < Fetched, "rows arrive while the crawl runs, not all at the end");
        QVERIFY(waitUntilIdle(*w.window));
        QTRY_COMPARE(w.model("pages")->rowCount(), Fetched);
        QCOMPARE(test::fetchedUrls(w->crawlFile()).size(), Fetched);
        QTRY_VERIFY(w->progress()->crawledText().contains(QString::number(Fetched)));
        QVERIFY(w.log->errors.isEmpty());
        auto reader = store::openCrawlReader(w->crawlFile());
        QVERIFY(reader);
        QVERIFY2(store::hasLinkTargetIndex(**reader), "the window's crawl indexes its links by target when it stops");
    }

    void pausesResumesAndStops()
    {
        LocalHttpServer server;
        test::buildGuiSite(server, Pages, std::chrono::milliseconds(60));
        Window w;
        QVERIFY(w->startCrawl(server.url()));
        QTRY_VERIFY_WITH_TIMEOUT(w.model("pages")->rowCount() >= 3, 20'000);
        w->actions().pause->trigger();
        QTRY_COMPARE_WITH_TIMEOUT(w->session().state(), CrawlSession::State::Paused, 20'000);
        QVERIFY(w->actions().resume->isEnabled());
        QVERIFY(!w->actions().pause->isEnabled());
        // The view catches up with the last commit on its worker: what it shows then is what was saved.
        const int atPause = int(test::fetchedUrls(w->crawlFile()).size());
        QTRY_COMPARE(w.model("pages")->rowCount(), atPause);
        QVERIFY(atPause < Fetched);
        QTest::qWait(300);
        QCOMPARE(w.model("pages")->rowCount(), atPause); // paused means nothing more is fetched

        w->actions().resume->trigger();
        QCOMPARE(w->session().state(), CrawlSession::State::Running);
        QTRY_VERIFY_WITH_TIMEOUT(w.model("pages")->rowCount() > atPause, 20'000);
        w->actions().stop->trigger();
        QVERIFY(waitUntilIdle(*w.window));
        QCOMPARE(w->session().state(), CrawlSession::State::Idle);
        QVERIFY(test::fetchedUrls(w->crawlFile()).size() < Fetched);
        QVERIFY(w->actions().resume->isEnabled()); // a stopped crawl with URLs queued can still be resumed
        w->actions().resume->trigger();
        QVERIFY(waitUntilIdle(*w.window));
        QCOMPARE(test::fetchedUrls(w->crawlFile()).size(), Fetched);
        QTRY_COMPARE(w.model("pages")->rowCount(), Fetched);
    }

    void refusesInvalidAddressesWithAMessage_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::newRow("empty") << "";
        QTest::newRow("ftp") << "ftp://example.com/";
        QTest::newRow("javascript") << "javascript:alert(1)";
        QTest::newRow("no host") << "http://";
    }
    void refusesInvalidAddressesWithAMessage()
    {
        QFETCH(QString, typed);
        Window w;
        const QStringList before = crawlFilesOnDisk();
        w->urlBar()->setText(typed);
        w->actions().start->trigger();
        QCOMPARE(w.log->errors.size(), 1);
        QVERIFY(w.log->errors.first().startsWith(QLatin1String("Cannot start the crawl: ")));
        QVERIFY(!w->session().isBusy());
        QCOMPARE(crawlFilesOnDisk(), before); // no empty crawl file left behind
    }

    void filtersSearchesAndShowsDetails()
    {
        LocalHttpServer server;
        test::buildGuiSite(server, Pages);
        Window w;
        QVERIFY(w->startCrawl(server.url()));
        QVERIFY(waitUntilIdle(*w.window));
        ResultsView* titles = w->resultsForTab(QStringLiteral("titles"));
        w->resultsTabs()->setCurrentWidget(titles); // a tab reads the file when it comes to the front
        QVERIFY(titles->setFilter(QStringLiteral("titles.duplicate")));
        // Pages 0, 5, 10, … share a title, except those without any (i % 7 == 3): 5 is not, 10 is not, …
        int shared = 0;
        for (int i = 0; i < Pages; ++i)
            shared += i % 5 == 0 && i % 7 != 3;
        QTRY_COMPARE(titles->model()->rowCount(), shared);
        QVERIFY(titles->setFilter(QStringLiteral("titles.missing")));
        int missing = 0;
        for (int i = 0; i < Pages; ++i)
            missing += i % 7 == 3;
        QTRY_COMPARE(titles->model()->rowCount(), missing);

        ResultsView* pages = w->resultsForTab(QStringLiteral("pages"));
        w->resultsTabs()->setCurrentWidget(pages);
        pages->searchBox()->setText(QStringLiteral("/p/1"));
        QTRY_COMPARE(pages->model()->rowCount(), 12); // /p/1, /p/10 … /p/19, and /old, which redirects to /p/1
        pages->searchBox()->clear();
        QTRY_COMPARE(pages->model()->rowCount(), Fetched);

        // Selecting a row shows its URL in the details pane.
        QTRY_VERIFY(!pages->model()->isLoading());
        pages->table()->selectRow(2);
        const qint64 urlId = pages->model()->urlIdAt(2);
        QTRY_COMPARE(w->details()->currentUrlId(), urlId);
        QTRY_VERIFY(!w->details()->isLoading());
        QVERIFY(w->details()->errorString().isEmpty());
    }

    void exportsAFilteredTabAsTheCliExportsTheSameRows()
    {
        LocalHttpServer server;
        test::buildGuiSite(server, Pages);
        Window w;
        QVERIFY(w->startCrawl(server.url()));
        QVERIFY(waitUntilIdle(*w.window));
        ResultsView* titles = w->resultsForTab(QStringLiteral("titles"));
        w->resultsTabs()->setCurrentWidget(titles);
        QVERIFY(titles->setFilter(QStringLiteral("titles.duplicate")));
        QTRY_VERIFY(!titles->model()->isLoading());
        QSet<QByteArray> shown;
        for (int row = 0; row < titles->model()->rowCount(); ++row)
            shown.insert(titles->model()->urlAt(row).toUtf8());
        QVERIFY(!shown.isEmpty());

        QTemporaryDir dir;
        QSignalSpy finished(w.window.get(), &MainWindow::exportFinished);
        QVERIFY(w->exportTo(dir.filePath("gui.csv"), ExportChoice{}));
        QVERIFY(finished.wait(30'000));
        QCOMPARE(finished.first().at(0).toBool(), true);
        QCOMPARE(finished.first().at(1).toLongLong(), qint64(shown.size()));

        // The CLI's export of the same filter: the same rows, the same bytes.
        const QList<QByteArray> cli = cliExport(w->crawlFile(), dir.path(), {"--filter", "titles.duplicate"});
        QCOMPARE(cli.size(), shown.size() + 1);
        for (const QByteArray& line : cli.mid(1))
            QVERIFY(shown.contains(line.left(line.indexOf(','))));
        QFile gui(dir.filePath("gui.csv"));
        QVERIFY(gui.open(QIODevice::ReadOnly));
        QCOMPARE(gui.readAll(), cli.join('\n') + '\n');
    }

    void opensASavedCrawlAndOffersToResumeIt()
    {
        LocalHttpServer server;
        test::buildGuiSite(server, Pages, std::chrono::milliseconds(60));
        QString path;
        {
            Window w;
            QVERIFY(w->startCrawl(server.url()));
            QTRY_VERIFY_WITH_TIMEOUT(w.model("pages")->rowCount() >= 3, 20'000);
            w.log->answer = true;
            w->close(); // asks whether to pause and keep the crawl, then closes once it is saved
            QCOMPARE(w.log->questions.size(), 1);
            QTRY_VERIFY_WITH_TIMEOUT(!w->isVisible(), 20'000);
            QVERIFY(!w->session().isBusy());
            path = w->crawlFile();
        }
        const int saved = test::fetchedUrls(path).size();
        QVERIFY(saved > 0 && saved < Fetched);

        Window reopened;
        reopened.log->answer = false; // "Resume the crawl?" — not yet
        QVERIFY(reopened->openCrawlFile(path));
        QTRY_COMPARE(reopened.log->questions.size(), 1); // once the worker has counted what is queued
        QVERIFY(reopened.log->questions.first().contains(QLatin1String("interrupted")));
        QTRY_COMPARE(reopened.model("pages")->rowCount(), saved);
        QVERIFY(reopened->actions().resume->isEnabled());
        reopened->actions().resume->trigger();
        QVERIFY(waitUntilIdle(*reopened.window));
        QTRY_COMPARE(reopened.model("pages")->rowCount(), Fetched);
    }

    void refusesFilesThatAreNotCrawls()
    {
        QTemporaryDir dir;
        Window w;
        const QString text = dir.filePath("notes.pavutyna");
        QFile file(text);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("not a database at all\n");
        file.close();
        QVERIFY(!w->openCrawlFile(text));
        QVERIFY(!w->openCrawlFile(dir.filePath("missing.pavutyna")));
        QVERIFY(!w->openCrawlFile(dir.path())); // a folder
        const QString empty = dir.filePath("empty.pavutyna");
        QFile emptyFile(empty);
        QVERIFY(emptyFile.open(QIODevice::WriteOnly));
        emptyFile.close();
        QVERIFY(!w->openCrawlFile(empty));
        QCOMPARE(w.log->errors.size(), 4);
        QVERIFY2(w.log->errors[3].contains(QLatin1String("is empty")), qPrintable(w.log->errors[3]));
        QCOMPARE(QFileInfo(empty).size(), 0); // still empty, not made into a crawl file
        for (const QString& error : std::as_const(w.log->errors))
            QVERIFY2(error.startsWith(QLatin1String("Cannot open the crawl file: ")), qPrintable(error));
        QVERIFY(w.log->errors[0].contains(QLatin1String("not a Pavutyna crawl file")));
        QFile check(text);
        QVERIFY(check.open(QIODevice::ReadOnly));
        QCOMPARE(check.readAll(), QByteArray("not a database at all\n"));
        QVERIFY(w->crawlFile().isEmpty());
    }

    void opensACrawlFileFromAnOlderVersion()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath("old.pavutyna");
        {
            auto db = store::Database::open(path, store::crawlFileSchema().first(2));
            QVERIFY(db);
            QVERIFY((*db)->exec("INSERT INTO urls(id, url, url_hash, depth, found_via, state) VALUES "
                                "(1, 'http://h/', 1, 0, 0, 1), (2, 'http://h/b', 2, 1, 1, 1);"
                                "INSERT INTO pages(url_id, status, title) VALUES (1, 200, 'Home'), (2, 404, '');"
                                "INSERT INTO links(source_id, target_id, anchor, rel, kind) VALUES "
                                "(1, 2, 'b', '', 0), (2, 1, 'home', '', 0), (1, 1, 'self', '', 0);"));
        }
        Window w;
        QVERIFY(w->openCrawlFile(path));
        QVERIFY2(w.log->errors.isEmpty(), qPrintable(w.log->errors.join(u'\n')));
        QTRY_COMPARE(w.model("pages")->rowCount(), 2);
        auto reader = store::openCrawlReader(path);
        QVERIFY(reader);
        QCOMPARE((*reader)->schemaVersion(), store::CrawlFileVersion);
        auto outlinks = (*reader)->prepare("SELECT links_count FROM pages ORDER BY url_id");
        QVERIFY(outlinks && *outlinks->step());
        QCOMPARE(outlinks->int64(0), 2);
    }

    void opensAHeadlessCrawlFileAndIndexesItsLinkTargets()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath("headless.pavutyna");
        {
            auto store = store::CrawlStore::open(path); // what a headless crawl leaves: no links_target
            QVERIFY(store);
            const qint64 home = *(*store)->addUrl("http://h/", 0, store::FoundVia::Seed);
            const qint64 b = *(*store)->addUrl("http://h/b", 1, store::FoundVia::Link);
            QVERIFY((*store)->savePage(home, store::PageRecord{}, {{b, "b", "", 0}, {home, "self", "", 0}}));
            QVERIFY((*store)->savePage(b, store::PageRecord{}, {{home, "home", "", 0}}));
            QVERIFY((*store)->flush());
        }
        Window w;
        QVERIFY(w->openCrawlFile(path));
        QVERIFY2(w.log->errors.isEmpty(), qPrintable(w.log->errors.join(u'\n')));
        QTRY_COMPARE(w.model("pages")->rowCount(), 2);
        auto reader = store::openCrawlReader(path);
        QVERIFY(reader);
        QVERIFY(store::hasLinkTargetIndex(**reader));
    }

    void refusesACrawlFileFromANewerVersion()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath("future.pavutyna");
        {
            auto db = store::Database::open(path, {});
            QVERIFY(db);
            QVERIFY((*db)->exec("PRAGMA application_id=1346459221; PRAGMA user_version=99; CREATE TABLE t(x)"));
        }
        Window w;
        QVERIFY(!w->openCrawlFile(path));
        QCOMPARE(w.log->errors.size(), 1);
        QVERIFY2(w.log->errors.first().contains(QLatin1String("newer version of Pavutyna")), qPrintable(w.log->errors.first()));
    }

    void reportsAFullDiskAndKeepsTheCrawl()
    {
        LocalHttpServer server;
        // Enough pages to write well past the limit below (a page's row and three links are about 300 bytes).
        constexpr int SitePages = 600;
        test::buildGuiSite(server, SitePages);
        Window w;
        // A file size limit makes writes past 256 KiB fail with EFBIG, as a full disk fails with ENOSPC.
        rlimit before{};
        QCOMPARE(getrlimit(RLIMIT_FSIZE, &before), 0);
        auto* previous = std::signal(SIGXFSZ, SIG_IGN);
        rlimit limited = before;
        limited.rlim_cur = 256 * 1024;
        QCOMPARE(setrlimit(RLIMIT_FSIZE, &limited), 0);
        const bool started = w->startCrawl(server.url());
        const bool ended = waitUntilIdle(*w.window);
        setrlimit(RLIMIT_FSIZE, &before);
        std::signal(SIGXFSZ, previous);
        QVERIFY(started);
        QVERIFY(ended);
        QCOMPARE(w.log->errors.size(), 1);
        QVERIFY2(w.log->errors.first().startsWith(QLatin1String("The crawl stopped: ")), qPrintable(w.log->errors.first()));
        QVERIFY2(w.log->errors.first().contains(QLatin1String("keeps everything saved so far")), qPrintable(w.log->errors.first()));
        const int saved = test::fetchedUrls(w->crawlFile()).size();
        QVERIFY2(saved > 0 && saved < SitePages, qPrintable(QString::number(saved)));

        w->actions().resume->trigger(); // space again: the same file continues
        QVERIFY(waitUntilIdle(*w.window));
        QCOMPARE(test::fetchedUrls(w->crawlFile()).size(), SitePages + 5);
    }

    void closingTheWindowMidCrawlKeepsAResumableFile()
    {
        LocalHttpServer server;
        test::buildGuiSite(server, Pages, std::chrono::milliseconds(60));
        QString path;
        {
            Window w; // destroyed without the close question: a session's end, a crash handler, a test's end
            QVERIFY(w->startCrawl(server.url()));
            QTRY_VERIFY_WITH_TIMEOUT(w.model("pages")->rowCount() >= 3, 20'000);
            path = w->crawlFile();
        }
        QVERIFY(test::fetchedUrls(path).size() < Fetched);
        Window reopened;
        reopened.log->answer = true;
        QVERIFY(reopened->openCrawlFile(path));
        QTRY_VERIFY_WITH_TIMEOUT(reopened->session().isBusy() || reopened.log->questions.size() == 1, 20'000);
        QVERIFY(waitUntilIdle(*reopened.window));
        QCOMPARE(test::fetchedUrls(path).size(), Fetched);
    }

    void savesACopyAndContinuesInIt()
    {
        LocalHttpServer server;
        test::buildGuiSite(server, Pages);
        Window w;
        QVERIFY(w->startCrawl(server.url()));
        QVERIFY(waitUntilIdle(*w.window));
        QTemporaryDir dir;
        const QString copy = dir.filePath("copy.pavutyna");
        QVERIFY(w->saveCrawlFileAs(copy));
        QCOMPARE(w->crawlFile(), copy);
        QCOMPARE(test::fetchedUrls(copy).size(), Fetched);
        QTRY_COMPARE(w.model("pages")->rowCount(), Fetched);
    }

    void crawlsAnImportedUrlListOnly()
    {
        LocalHttpServer server;
        test::buildGuiSite(server, Pages);
        Window w;
        QVERIFY(w->startUrlList({server.url("/p/3"), server.url("/p/7"), server.url("/old")}));
        QVERIFY(waitUntilIdle(*w.window));
        QSet<QString> paths;
        for (const QString& url : test::fetchedUrls(w->crawlFile()))
            paths.insert(QUrl(url).path());
        // The three URLs and the redirect's target; links are recorded, not followed. robots.txt is read.
        QCOMPARE(paths, (QSet<QString>{"/p/3", "/p/7", "/old", "/p/1"}));
    }

    void showsTheLibraryVersionsInAbout()
    {
        Window w;
        const QString about = w->aboutText();
        QVERIFY(about.contains(QLatin1String(qVersion())));
        QVERIFY(about.contains(QLatin1String("libcurl")));
        QVERIFY(about.contains(QLatin1String("Gumbo 0.")));
        QVERIFY(about.contains(QLatin1String("SQLite 3.")));
    }
};

QObject* makeTestMainWindow()
{
    return new TestMainWindow;
}

#include "TestMainWindow.moc"
