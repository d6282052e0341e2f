// SPDX-FileCopyrightText: 2026 Pavutyna contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <QAction>
#include <QClipboard>
#include <QComboBox>
#include <QGuiApplication>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QSettings>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include "CrawlFixture.h"
#include "ui/model/CrawlTableModel.h"
#include "ui/model/ResultsModel.h"
#include "ui/model/ResultsView.h"

using namespace pav;
using namespace pav::ui;

namespace {
bool settle(const ResultsView& view)
{
    return QTest::qWaitFor([&] { return !view.model()->isLoading(); }, 10000);
}

QAction* action(QMenu& menu, const QString& text)
{
    for (QAction* a : menu.actions()) {
        if (a->text() == text)
            return a;
    }
    return nullptr;
}
} // namespace

class TestResultsView : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        auto built = test::writeHandBuiltCrawl(m_dir.filePath(QStringLiteral("hand.pavutyna")));
        QVERIFY2(built, built ? "" : qPrintable(built.error().message));
        m_crawl = *built;
        QSettings().clear();
    }

    void showsRowsAndCountsThem()
    {
        ResultsView view(QStringLiteral("pages"));
        QVERIFY(view.setCrawlFile(m_crawl.path));
        QVERIFY(settle(view));
        QCOMPARE(view.table()->model()->rowCount(), 14);
        QCOMPARE(view.rowCountLabel()->text(), QStringLiteral("14 row(s)"));
        QVERIFY(!view.filterBox()->isVisible() || view.filterBox()->count() == 1);
    }

    void searchBoxFiltersAfterAPause()
    {
        ResultsView view(QStringLiteral("titles"));
        view.show();
        QVERIFY(view.setCrawlFile(m_crawl.path));
        QVERIFY(settle(view));
        QCOMPARE(view.model()->rowCount(), 5); // HTML pages
        QTest::keyClicks(view.searchBox(), QStringLiteral("home"));
        QCOMPARE(view.model()->searchText(), QString()); // not on every key
        QVERIFY(QTest::qWaitFor([&] { return view.model()->searchText() == u"home"; }, 2000));
        QVERIFY(settle(view));
        QCOMPARE(view.model()->rowCount(), 2);
        QCOMPARE(view.rowCountLabel()->text(), QStringLiteral("2 row(s)"));
    }

    void filterComboAndSetFilterAgree()
    {
        ResultsView view(QStringLiteral("titles"));
        QVERIFY(view.setCrawlFile(m_crawl.path));
        QCOMPARE(view.filterBox()->count(), 5);
        QCOMPARE(view.filterBox()->itemText(2), QStringLiteral("Duplicate"));
        QVERIFY(view.setFilter(QStringLiteral("titles.toolong")));
        QVERIFY(!view.setFilter(QStringLiteral("h1.missing"))); // another tab's
        QCOMPARE(view.filterBox()->currentData().toString(), QStringLiteral("titles.toolong"));
        QVERIFY(settle(view));
        QCOMPARE(view.model()->rowCount(), 1);
        view.filterBox()->setCurrentIndex(2);
        QCOMPARE(view.model()->filterId(), QStringLiteral("titles.duplicate"));
        QVERIFY(settle(view));
        QCOMPARE(view.model()->rowCount(), 2);
    }

    void headerClickSorts()
    {
        ResultsView view(QStringLiteral("pages"));
        view.resize(1200, 600);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QVERIFY(view.setCrawlFile(m_crawl.path));
        QVERIFY(settle(view));
        QCOMPARE(view.model()->sortColumn(), -1); // crawl order until asked
        view.table()->sortByColumn(ResultsModel::Status, Qt::DescendingOrder);
        QVERIFY(settle(view));
        QCOMPARE(view.model()->index(0, ResultsModel::Status).data().toString(), QStringLiteral("500"));
    }

    void columnChoicesAreRememberedPerTab()
    {
        {
            ResultsView view(QStringLiteral("h1"));
            QVERIFY(view.isColumnVisible(ResultsModel::Title));
            view.setColumnVisible(ResultsModel::Title, false);
            view.setColumnVisible(ResultsModel::WordCount, false);
            QVERIFY(!view.isColumnVisible(ResultsModel::Title));
        }
        ResultsView again(QStringLiteral("h1"));
        QVERIFY(!again.isColumnVisible(ResultsModel::Title));
        QVERIFY(!again.isColumnVisible(ResultsModel::WordCount));
        QVERIFY(again.isColumnVisible(ResultsModel::H1));
        ResultsView other(QStringLiteral("titles"));
        QVERIFY(other.isColumnVisible(ResultsModel::Title));
        again.setColumnVisible(ResultsModel::Title, true);
        QVERIFY(ResultsView(QStringLiteral("h1")).isColumnVisible(ResultsModel::Title));
    }

    void lastColumnCannotBeHidden()
    {
        ResultsView view(QStringLiteral("links"));
        for (int column = 0; column < view.model()->columnCount(); ++column)
            view.setColumnVisible(column, false);
        QVERIFY(view.isColumnVisible(view.model()->columnCount() - 1));
        for (int column = 0; column < view.model()->columnCount(); ++column)
            view.setColumnVisible(column, true);
    }

    void contextMenuCopiesRecrawlsTestsAndOpensSources()
    {
        ResultsView view(QStringLiteral("links"));
        QVERIFY(view.setCrawlFile(m_crawl.path));
        QVERIFY(settle(view));
        QSignalSpy recrawl(&view, &ResultsView::recrawlRequested);
        QSignalSpy activated(&view, &ResultsView::urlActivated);
        std::unique_ptr<QMenu> menu(view.createRowMenu(0));
        QAction* copy = action(*menu, QStringLiteral("Copy URL"));
        QAction* again = action(*menu, QStringLiteral("Re-crawl URL"));
        QAction* source = action(*menu, QStringLiteral("Open source page"));
        QVERIFY(copy && again && source);
        copy->trigger();
        QCOMPARE(QGuiApplication::clipboard()->text(), test::siteUrl(QStringLiteral("/c")));
        again->trigger();
        QCOMPARE(recrawl.size(), 1);
        QCOMPARE(recrawl.first().at(0).toLongLong(), m_crawl.ids.value(QStringLiteral("/c")));
        QCOMPARE(recrawl.first().at(1).toString(), test::siteUrl(QStringLiteral("/c")));
        source->trigger();
        QCOMPARE(activated.size(), 1);
        QCOMPARE(activated.first().first().toString(), test::siteUrl(QStringLiteral("/a")));

        ResultsView pages(QStringLiteral("pages"));
        QVERIFY(pages.setCrawlFile(m_crawl.path));
        QVERIFY(settle(pages));
        std::unique_ptr<QMenu> pageMenu(pages.createRowMenu(0));
        QVERIFY(!action(*pageMenu, QStringLiteral("Open source page")));
        // Every row offers the rule tester on its page.
        QSignalSpy test(&pages, &ResultsView::testRuleRequested);
        QAction* tester = action(*pageMenu, QStringLiteral("Test Extraction Rule…"));
        QVERIFY(tester);
        tester->trigger();
        QCOMPARE(test.size(), 1);
        QCOMPARE(test.first().at(0).toLongLong(), pages.model()->urlIdAt(0));
        QCOMPARE(test.first().at(1).toString(), pages.model()->urlAt(0));
    }

    void selectionAndDoubleClickReportTheUrl()
    {
        ResultsView view(QStringLiteral("pages"));
        view.resize(1000, 500);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QVERIFY(view.setCrawlFile(m_crawl.path));
        QVERIFY(settle(view));
        QSignalSpy current(&view, &ResultsView::currentUrlChanged);
        QSignalSpy activated(&view, &ResultsView::urlActivated);
        view.table()->setCurrentIndex(view.model()->index(1, 0));
        QCOMPARE(current.size(), 1);
        QCOMPARE(current.first().at(0).toLongLong(), m_crawl.ids.value(QStringLiteral("/b")));
        QCOMPARE(current.first().at(1).toString(), test::siteUrl(QStringLiteral("/b")));
        emit view.table()->doubleClicked(view.model()->index(1, 0)); // what a double-click on the cell emits
        QCOMPARE(activated.size(), 1);
        QCOMPARE(activated.first().first().toString(), test::siteUrl(QStringLiteral("/b")));
    }

    void unknownTabFallsBackToAllPages()
    {
        ResultsView view(QStringLiteral("no-such-tab"));
        QCOMPARE(view.tabId(), QStringLiteral("pages"));
    }

private:
    QTemporaryDir m_dir;
    test::HandBuiltCrawl m_crawl;
};

QObject* makeTestResultsView()
{
    return new TestResultsView;
}

#include "TestResultsView.moc"
