// SPDX-FileCopyrightText: 2026 Pavutyna contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The window's side of extraction: a crawl with rules shows the Extraction tab as soon as it has stored them,
// its rows arrive while the crawl runs, it exports as the pages table limited to its rows, the rule tester
// reads a page's stored HTML, a re-crawl drops what the page's old fetch left, and a file without rules hides
// the tab again.
#include <QFile>
#include <QLineEdit>
#include <QSettings>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

#include "GuiSite.h"
#include "LocalHttpServer.h"
#include "RecordingPrompter.h"
#include "store/CrawlReader.h"
#include "store/CrawlStore.h"
#include "store/Statement.h"
#include "ui/details/RuleTesterDialog.h"
#include "ui/model/ExtractionModel.h"
#include "ui/model/ResultsView.h"
#include "ui/settings/SettingsStore.h"
#include "ui/window/ExportDialog.h"
#include "ui/window/MainWindow.h"

using namespace pav;
using namespace pav::ui;
using pav::test::LocalHttpServer;

namespace {
constexpr int Pages = 30;
constexpr int HtmlPages = Pages + 1; // the home page and /p/N; not /missing, /old, the image or the blocked one

bool waitUntilIdle(MainWindow& window)
{
    return QTest::qWaitFor([&] { return !window.session().isBusy(); }, 60'000);
}

qint64 scalar(const QString& crawlFile, const QByteArray& sql)
{
    auto db = store::openCrawlReader(crawlFile);
    if (!db)
        return -1;
    auto statement = (*db)->prepare(sql.constData());
    if (!statement || !statement->step().valueOr(false))
        return -1;
    return statement->int64(0);
}

// The settings a new crawl starts with: one rule, and the pages' HTML kept for the tester.
void saveRuleSettings(bool withRules)
{
    crawl::CrawlConfig config;
    if (withRules) {
        extract::Rule heading;
        heading.name = QStringLiteral("heading");
        heading.expression = QStringLiteral("h1::text");
        config.rules = {heading};
        config.storeHtml = true;
    }
    QSettings settings;
    SettingsStore::save(settings, config);
}
} // namespace

class TestExtractionTab : public QObject
{
    Q_OBJECT

private slots:
    void cleanup() { QSettings().remove(QLatin1String(SettingsStore::Key)); }

    void aCrawlWithRulesFillsTheExtractionTabAsItRuns()
    {
        LocalHttpServer server;
        test::buildGuiSite(server, Pages, std::chrono::milliseconds(60));
        saveRuleSettings(true);
        MainWindow window;
        window.setPrompter(std::make_unique<test::RecordingPrompter>(std::make_shared<test::PromptLog>()));
        window.show();
        QVERIFY(!window.isExtractionTabShown());
        QVERIFY(window.startCrawl(server.url()));
        QTRY_VERIFY_WITH_TIMEOUT(window.isExtractionTabShown(), 20'000);
        ResultsView* view = window.extractionResults();
        window.resultsTabs()->setCurrentWidget(view);
        auto* model = qobject_cast<ExtractionModel*>(view->model());
        QVERIFY(model);
        QTRY_COMPARE(model->ruleNames(), QStringList{QStringLiteral("heading")});
        QTRY_VERIFY_WITH_TIMEOUT(model->rowCount() > 0, 20'000);
        QVERIFY2(window.session().isBusy(), "rows arrive while the crawl runs");
        QVERIFY(waitUntilIdle(window));
        QTRY_COMPARE(model->rowCount(), HtmlPages);
        QTRY_VERIFY(!model->isLoading());
        QStringList headings;
        for (int row = 0; row < model->rowCount(); ++row)
            headings.append(model->index(row, 1).data().toString());
        QVERIFY(headings.contains(QStringLiteral("Home")));
        QVERIFY(headings.contains(QStringLiteral("Page 7")));

        // The tab's export: the pages table (rule column included) with exactly the tab's rows.
        view->searchBox()->setText(QStringLiteral("Page 1"));
        QTRY_COMPARE(model->rowCount(), 11); // Page 1, Page 10 … Page 19
        QTRY_VERIFY(!model->isLoading());
        QTemporaryDir dir;
        QSignalSpy finished(&window, &MainWindow::exportFinished);
        QVERIFY(window.exportTo(dir.filePath(QStringLiteral("extraction.csv")), ExportChoice{}));
        QVERIFY(finished.wait(30'000));
        QCOMPARE(finished.first().at(0).toBool(), true);
        QCOMPARE(finished.first().at(1).toLongLong(), qint64(11));
        QFile csv(dir.filePath(QStringLiteral("extraction.csv")));
        QVERIFY(csv.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = csv.readAll().trimmed().split('\n');
        QCOMPARE(lines.size(), 12);
        QVERIFY(lines.first().trimmed().endsWith(",heading"));
        QVERIFY(lines.at(1).trimmed().endsWith(",Page 1"));

        // The tester reads the stored page and tries a rule on it.
        const qint64 page7 = scalar(window.crawlFile(), "SELECT id FROM urls WHERE url LIKE '%/p/7'");
        QVERIFY(page7 > 0);
        RuleTesterDialog* tester = window.openRuleTester(page7);
        QVERIFY(tester);
        QTRY_VERIFY(!tester->isLoading());
        QVERIFY2(tester->hasPage(), qPrintable(tester->notice()));
        QSignalSpy shown(tester, &RuleTesterDialog::trialShown);
        QTest::keyClicks(tester->expressionEdit(), QStringLiteral("h1::text"));
        QTRY_VERIFY(!shown.isEmpty() && tester->values() == QStringList{QStringLiteral("Page 7")});
        tester->close(); // deletes itself

        // A page fetched again that is no longer HTML keeps none of its old values, JSON-LD or HTML.
        const QByteArray where = " WHERE url_id = " + QByteArray::number(page7);
        QCOMPARE(scalar(window.crawlFile(), "SELECT count(*) FROM extracted" + where), 1);
        QCOMPARE(scalar(window.crawlFile(), "SELECT count(*) FROM bodies" + where), 1);
        server.route(QStringLiteral("/p/7"), test::Reply::bytes("image/png", QByteArray(32, 'x')));
        window.session().recrawl(window.crawlFile(), {page7});
        QVERIFY(waitUntilIdle(window));
        QCOMPARE(scalar(window.crawlFile(), "SELECT count(*) FROM extracted" + where), 0);
        QCOMPARE(scalar(window.crawlFile(), "SELECT count(*) FROM bodies" + where), 0);
        QCOMPARE(scalar(window.crawlFile(), "SELECT count(*) FROM jsonld" + where), 0);
    }

    void aFileWithoutRulesHidesTheTab()
    {
        QTemporaryDir dir;
        const QString withRules = dir.filePath(QStringLiteral("rules.pavutyna"));
        const QString without = dir.filePath(QStringLiteral("plain.pavutyna"));
        for (const QString& path : {withRules, without}) {
            auto crawl = store::CrawlStore::open(path);
            QVERIFY(crawl);
            if (path == withRules)
                QVERIFY((*crawl)->replaceRules({{QStringLiteral("price"), R"({"name":"price","kind":"css","expression":".price"})"}}));
            auto id = (*crawl)->addUrl(QStringLiteral("http://site.test/"), 0, store::FoundVia::Seed);
            QVERIFY(id);
            store::PageRecord page;
            page.status = 200;
            page.contentType = QStringLiteral("text/html");
            QVERIFY((*crawl)->savePage(*id, page, {}));
            QVERIFY((*crawl)->flush());
        }
        MainWindow window;
        window.setPrompter(std::make_unique<test::RecordingPrompter>(std::make_shared<test::PromptLog>()));
        QVERIFY(window.openCrawlFile(withRules));
        QVERIFY(window.isExtractionTabShown());
        window.resultsTabs()->setCurrentWidget(window.extractionResults());
        QTRY_COMPARE(window.extractionResults()->model()->columnCount(), 2);
        QCOMPARE(window.extractionResults()->model()->headerData(1, Qt::Horizontal).toString(), QStringLiteral("price"));
        QVERIFY(window.openCrawlFile(without));
        QVERIFY(!window.isExtractionTabShown());
        QVERIFY(window.currentResults() != window.extractionResults());
    }
};

QObject* makeTestExtractionTab() { return new TestExtractionTab; }

#include "TestExtractionTab.moc"
