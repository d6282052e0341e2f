// SPDX-FileCopyrightText: 2026 Pavutyna contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <QAbstractItemModel>
#include <QApplication>
#include <QClipboard>
#include <QFile>
#include <QLabel>
#include <QLocale>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QTest>

#include "DetailsFixture.h"
#include "ui/details/DetailsPane.h"
#include "ui/details/DetailsTable.h"

using pav::test::DetailsFixture;
using pav::ui::DetailsPane;
using Tab = pav::ui::DetailsPane::Tab;

namespace {
QString cell(const QAbstractItemModel* model, int row, int column)
{
    return model->index(row, column).data().toString();
}

// The value of a Fields row by its label, or "<missing>".
QString field(const DetailsPane& pane, const QString& name)
{
    const QAbstractItemModel* model = pane.model(Tab::Fields);
    for (int row = 0; row < model->rowCount(); ++row) {
        if (cell(model, row, 0) == name)
            return cell(model, row, 1);
    }
    return QStringLiteral("<missing>");
}

QStringList column(const QAbstractItemModel* model, int column)
{
    QStringList values;
    for (int row = 0; row < model->rowCount(); ++row)
        values << cell(model, row, column);
    return values;
}
} // namespace

class TestDetailsPane : public QObject
{
    Q_OBJECT

    std::unique_ptr<DetailsFixture> m_fixture;
    std::unique_ptr<DetailsPane> m_pane;

    bool showAndWait(qint64 urlId)
    {
        QSignalSpy loaded(m_pane.get(), &DetailsPane::loaded);
        m_pane->showUrl(urlId);
        // The whole load is off the GUI thread: the signal comes from the event loop.
        return (loaded.count() > 0 || loaded.wait(5000)) && !m_pane->isLoading();
    }

private slots:
    void init()
    {
        m_fixture = std::make_unique<DetailsFixture>();
        QVERIFY2(m_fixture->isValid(), qPrintable(m_fixture->errorString()));
        m_pane = std::make_unique<DetailsPane>();
        m_pane->resize(900, 500);
        m_pane->setCrawlFile(m_fixture->path());
    }

    void cleanup()
    {
        m_pane.reset();
        m_fixture.reset();
    }

    void fieldsTabShowsEveryField()
    {
        QVERIFY(showAndWait(2));
        QCOMPARE(m_pane->errorString(), QString());
        const QLocale locale;
        QCOMPARE(field(*m_pane, "URL"), DetailsFixture::url("/page"));
        QCOMPARE(field(*m_pane, "Status"), QStringLiteral("200 OK"));
        QCOMPARE(field(*m_pane, "State"), QStringLiteral("Crawled"));
        QCOMPARE(field(*m_pane, "Content type"), QStringLiteral("text/html; charset=utf-8"));
        QCOMPARE(field(*m_pane, "Size"), QStringLiteral("%1 (%2 byte(s))").arg(locale.formattedDataSize(5000), locale.toString(5000)));
        QCOMPARE(field(*m_pane, "Bytes on the wire"),
                 QStringLiteral("%1 (%2 byte(s))").arg(locale.formattedDataSize(1800), locale.toString(1800)));
        QCOMPARE(field(*m_pane, "Depth"), QStringLiteral("1"));
        QCOMPARE(field(*m_pane, "Found via"), QStringLiteral("Link"));
        QCOMPARE(field(*m_pane, "In sitemap"), QStringLiteral("Yes"));
        QCOMPARE(field(*m_pane, "Title"), QStringLiteral("Our page — Pavutyna"));
        QCOMPARE(field(*m_pane, "Title length"), QStringLiteral("19 character(s)"));
        QCOMPARE(field(*m_pane, "Titles on the page"), QStringLiteral("1"));
        QCOMPARE(field(*m_pane, "Meta description"), QStringLiteral("A page about pages."));
        QCOMPARE(field(*m_pane, "Meta description length"), QStringLiteral("19 character(s)"));
        QCOMPARE(field(*m_pane, "H1"), QStringLiteral("Наша сторінка"));
        QCOMPARE(field(*m_pane, "H1 headings"), QStringLiteral("1"));
        QCOMPARE(field(*m_pane, "H2 headings"), QStringLiteral("2"));
        QCOMPARE(field(*m_pane, "Canonical"), DetailsFixture::url("/page"));
        QCOMPARE(field(*m_pane, "Meta robots"), QStringLiteral("index, follow"));
        QCOMPARE(field(*m_pane, "X-Robots-Tag"), QStringLiteral("noarchive"));
        QCOMPARE(field(*m_pane, "Word count"), locale.toString(1234));
        QCOMPARE(field(*m_pane, "Language"), QStringLiteral("uk"));
        QCOMPARE(field(*m_pane, "hreflang (uk)"), QStringLiteral("https://example.com/page"));
        QCOMPARE(field(*m_pane, "hreflang (en)"), QStringLiteral("https://example.com/en/page"));
        QCOMPARE(field(*m_pane, "Encoding"), QStringLiteral("UTF-8"));
        QCOMPARE(field(*m_pane, "HTTP version"), QStringLiteral("2"));
        QCOMPARE(field(*m_pane, "IP address"), QStringLiteral("127.0.0.1"));
        QCOMPARE(field(*m_pane, "Attempts"), QStringLiteral("2"));
        QCOMPARE(field(*m_pane, "Crawled at"),
                 locale.toString(QDateTime::fromSecsSinceEpoch(DetailsFixture::PinnedFetchedAt, Qt::UTC).toLocalTime(),
                                 QLocale::ShortFormat));
        QCOMPARE(field(*m_pane, "Error"), QString());
        QCOMPARE(field(*m_pane, "Redirects to"), QStringLiteral("<missing>")); // not a redirect
    }

    void numbersFollowTheUiLocale()
    {
        const QLocale previous;
        QLocale::setDefault(QLocale(QLocale::Ukrainian, QLocale::Ukraine));
        const auto restore = qScopeGuard([previous] { QLocale::setDefault(previous); });
        QVERIFY(showAndWait(2));
        const QLocale uk;
        QCOMPARE(field(*m_pane, "Word count"), uk.toString(1234));
        QVERIFY(field(*m_pane, "Word count") != QStringLiteral("1234")); // grouped, as Ukrainian writes it
        QCOMPARE(m_pane->model(Tab::Timings)->index(3, 1).data().toString(), QStringLiteral("120 ms"));
    }

    void fieldsOfUrlsWithoutAResponse()
    {
        QVERIFY(showAndWait(9));
        QCOMPARE(field(*m_pane, "Status"), QStringLiteral("Blocked by robots.txt"));
        QVERIFY(showAndWait(10));
        QCOMPARE(field(*m_pane, "Status"), QStringLiteral("No response (connection refused)"));
        QCOMPARE(field(*m_pane, "Error"), QStringLiteral("connection refused"));
        QVERIFY(showAndWait(14));
        QCOMPARE(field(*m_pane, "Status"), QStringLiteral("Queued"));
        QCOMPARE(field(*m_pane, "Depth"), QStringLiteral("3"));
        QCOMPARE(field(*m_pane, "Title"), QStringLiteral("<missing>")); // nothing fetched, nothing to list
        QCOMPARE(m_pane->model(Tab::Headers)->rowCount(), 0);
        QCOMPARE(m_pane->model(Tab::Timings)->rowCount(), 0);
    }

    void headersTabListsResponseHeadersInOrder()
    {
        QVERIFY(showAndWait(2));
        const QAbstractItemModel* headers = m_pane->model(Tab::Headers);
        QCOMPARE(column(headers, 0), (QStringList{"content-type", "server", "x-robots-tag", "set-cookie"}));
        QCOMPARE(column(headers, 1),
                 (QStringList{"text/html; charset=utf-8", "test-server/1.0", "noarchive", "a=b; Path=/"}));
        QCOMPARE(headers->headerData(0, Qt::Horizontal).toString(), QStringLiteral("Header"));
    }

    void timingsTabShowsEachPhaseAsAWaterfall()
    {
        QVERIFY(showAndWait(2));
        const QAbstractItemModel* timings = m_pane->model(Tab::Timings);
        QCOMPARE(column(timings, 0), (QStringList{"DNS lookup", "Connect", "Time to first byte", "Total"}));
        QCOMPARE(column(timings, 1), (QStringList{"3 ms", "8 ms", "60 ms", "120 ms"}));
        const auto bar = [&](int row) { return timings->index(row, 2).data(pav::ui::DetailsTableModel::RowDataRole).toPointF(); };
        QCOMPARE(bar(0), QPointF(0, 3.0 / 120));
        QCOMPARE(bar(1), QPointF(3.0 / 120, 8.0 / 120));
        QCOMPARE(bar(2), QPointF(8.0 / 120, 60.0 / 120));
        QCOMPARE(bar(3), QPointF(0, 1));
    }

    void inlinksTabListsLinkingPages_data()
    {
        QTest::addColumn<bool>("indexTargets");
        QTest::newRow("links_target index (crawl stopped)") << true;
        QTest::newRow("no index (crawl running): a scan") << false;
    }

    void inlinksTabListsLinkingPages()
    {
        QFETCH(bool, indexTargets);
        m_fixture = std::make_unique<DetailsFixture>(indexTargets);
        QVERIFY2(m_fixture->isValid(), qPrintable(m_fixture->errorString()));
        m_pane->setCrawlFile(m_fixture->path());
        QVERIFY(showAndWait(2));
        const QAbstractItemModel* inlinks = m_pane->model(Tab::Inlinks);
        QCOMPARE(inlinks->rowCount(), 2);
        QCOMPARE(column(inlinks, 0), (QStringList{DetailsFixture::url("/"), DetailsFixture::url("/other")}));
        QCOMPARE(column(inlinks, 1), (QStringList{"Our page", "Read more"}));
        QCOMPARE(column(inlinks, 2), (QStringList{"", "sponsored"}));
        QCOMPARE(column(inlinks, 3), (QStringList{"Hyperlink", "Hyperlink"}));
        QCOMPARE(m_pane->tabs()->tabText(int(Tab::Inlinks)), QStringLiteral("Inlinks (2)"));
    }

    void outlinksTabListsTargetsWithTheirStatus()
    {
        QVERIFY(showAndWait(2));
        const QAbstractItemModel* outlinks = m_pane->model(Tab::Outlinks);
        QCOMPARE(column(outlinks, 0),
                 (QStringList{DetailsFixture::url("/"), DetailsFixture::url("/old"), "https://other.example/"}));
        QCOMPARE(column(outlinks, 1), (QStringList{"Home", "Moved", "Elsewhere"}));
        QCOMPARE(column(outlinks, 2), (QStringList{"", "nofollow", "external"}));
        QCOMPARE(column(outlinks, 3), (QStringList{"Hyperlink", "Hyperlink", "Image"}));
        QCOMPARE(column(outlinks, 4), (QStringList{"200 OK", "301 Moved Permanently", "Not crawled"}));
        QCOMPARE(m_pane->tabs()->tabText(int(Tab::Outlinks)), QStringLiteral("Outlinks (3)"));
    }

    void redirectChainFollowsEveryHopToTheFinalUrl()
    {
        QVERIFY(showAndWait(4));
        const QAbstractItemModel* chain = m_pane->model(Tab::Redirects);
        QCOMPARE(column(chain, 0), (QStringList{"1", "2", "3"}));
        QCOMPARE(column(chain, 1),
                 (QStringList{DetailsFixture::url("/old"), DetailsFixture::url("/middle"), DetailsFixture::url("/page")}));
        QCOMPARE(column(chain, 2), (QStringList{"301 Moved Permanently", "302 Found", "200 OK"}));
        QCOMPARE(column(chain, 3), (QStringList{DetailsFixture::url("/middle"), DetailsFixture::url("/page"), ""}));
        // No translator is loaded: plurals read as their source text.
        QCOMPARE(m_pane->redirectSummaryLabel()->text(),
                 QStringLiteral("2 redirect(s) to the final URL %1.").arg(DetailsFixture::url("/page")));
        QCOMPARE(field(*m_pane, "Redirects to"), DetailsFixture::url("/middle"));
    }

    void redirectLoopIsDetected()
    {
        QVERIFY(showAndWait(6));
        const QAbstractItemModel* chain = m_pane->model(Tab::Redirects);
        QCOMPARE(column(chain, 1), (QStringList{DetailsFixture::url("/loop-a"), DetailsFixture::url("/loop-b")}));
        QCOMPARE(cell(chain, 1, 3), QStringLiteral("%1 (back to hop 1)").arg(DetailsFixture::url("/loop-a")));
        QCOMPARE(m_pane->redirectSummaryLabel()->text(),
                 QStringLiteral("Redirect loop: after 2 redirect(s) the chain returns to hop 1."));
    }

    void pageThatDoesNotRedirectHasNoChain()
    {
        QVERIFY(showAndWait(1));
        QCOMPARE(m_pane->model(Tab::Redirects)->rowCount(), 0);
        QCOMPARE(m_pane->redirectSummaryLabel()->text(), QStringLiteral("This URL does not redirect."));
    }

    void aStaleResultIsIgnored()
    {
        QSignalSpy loaded(m_pane.get(), &DetailsPane::loaded);
        m_pane->showUrl(2);
        m_pane->showUrl(3); // before anything for 2 can have arrived
        QTRY_COMPARE_WITH_TIMEOUT(m_pane->isLoading(), false, 5000);
        QCOMPARE(field(*m_pane, "URL"), DetailsFixture::url("/other"));
        QTest::qWait(200); // a late result for 2 would land now
        QCOMPARE(field(*m_pane, "URL"), DetailsFixture::url("/other"));
        QCOMPARE(m_pane->currentUrlId(), 3);
        QCOMPARE(m_pane->model(Tab::Outlinks)->rowCount(), 1);
        QCOMPARE(loaded.count(), 1);
        QCOMPARE(loaded.first().first().toLongLong(), 3);
    }

    void manyQuickSelectionsEndOnTheLastOne()
    {
        for (qint64 id = 1; id <= 14; ++id)
            m_pane->showUrl(id);
        m_pane->showUrl(2);
        QTRY_COMPARE_WITH_TIMEOUT(m_pane->isLoading(), false, 5000);
        QTest::qWait(100);
        QCOMPARE(field(*m_pane, "URL"), DetailsFixture::url("/page"));
        QCOMPARE(m_pane->model(Tab::Inlinks)->rowCount(), 2);
    }

    void clearEmptiesEveryTab()
    {
        QVERIFY(showAndWait(2));
        m_pane->clear();
        for (int tab = 0; tab < DetailsPane::TabCount; ++tab)
            QCOMPARE(m_pane->model(Tab(tab))->rowCount(), 0);
        QCOMPARE(m_pane->currentUrlId(), 0);
    }

    void unknownUrlIsAMessageNotACrash()
    {
        QVERIFY(showAndWait(999));
        QCOMPARE(m_pane->errorString(), QStringLiteral("The crawl file has no URL with id 999."));
        QCOMPARE(m_pane->model(Tab::Fields)->rowCount(), 0);
    }

    void foreignFileIsAMessageNotACrash()
    {
        const QString path = m_fixture->dir().filePath(QStringLiteral("notes.txt"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QByteArray(8192, 'x'));
        file.close();
        m_pane->setCrawlFile(path);
        QVERIFY(showAndWait(1));
        QVERIFY2(!m_pane->errorString().isEmpty(), "a text file read as a crawl must fail");
        m_pane->setCrawlFile(m_fixture->dir().filePath(QStringLiteral("missing.pavutyna")));
        QVERIFY(showAndWait(1));
        QVERIFY(!m_pane->errorString().isEmpty());
        QVERIFY(!QFile::exists(m_fixture->dir().filePath(QStringLiteral("missing.pavutyna")))); // read-only: not created
    }

    void seesPagesTheCrawlSavesLater()
    {
        // The writer keeps its connection open, as a running crawl does; a page it commits is read next time.
        QVERIFY(showAndWait(14));
        QCOMPARE(field(*m_pane, "Status"), QStringLiteral("Queued"));
        pav::store::PageRecord page;
        page.status = 404;
        QVERIFY(m_fixture->store().savePage(14, page, {{2, QStringLiteral("Back"), QString(), 0}}));
        QVERIFY(m_fixture->store().flush());
        QVERIFY(showAndWait(14));
        QCOMPARE(field(*m_pane, "Status"), QStringLiteral("404 Not Found"));
        QVERIFY(showAndWait(2));
        QCOMPARE(m_pane->model(Tab::Inlinks)->rowCount(), 3);
    }

    void doubleClickOnALinkActivatesItsUrl()
    {
        QVERIFY(showAndWait(2));
        m_pane->show();
        m_pane->tabs()->setCurrentIndex(int(Tab::Outlinks));
        QVERIFY(QTest::qWaitForWindowExposed(m_pane.get()));
        QApplication::processEvents(); // lays the newly shown tab out
        QSignalSpy activated(m_pane.get(), &DetailsPane::urlActivated);
        QTableView* view = m_pane->view(Tab::Outlinks);
        const QRect rect = view->visualRect(view->model()->index(1, 1));
        // Qt 6.4's mouseDClick sends only the double-click event; a real one starts with a press.
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, rect.center());
        QTest::mouseDClick(view->viewport(), Qt::LeftButton, {}, rect.center());
        QCOMPARE(activated.count(), 1);
        QCOMPARE(activated.first().first().toString(), DetailsFixture::url("/old"));
    }

    void copyPutsSelectedCellsOnTheClipboard()
    {
        QVERIFY(showAndWait(2));
        QTableView* view = m_pane->view(Tab::Headers);
        view->selectRow(1);
        QCOMPARE(pav::ui::selectedText(view), QStringLiteral("server\ttest-server/1.0"));
        const QList<QAction*> actions = view->actions();
        QCOMPARE(actions.size(), 1);
        QCOMPARE(actions.first()->text(), QStringLiteral("Copy"));
        actions.first()->trigger();
        QCOMPARE(QApplication::clipboard()->text(), QStringLiteral("server\ttest-server/1.0"));
    }

    void survivesLanguageChange()
    {
        QVERIFY(showAndWait(2));
        QEvent change(QEvent::LanguageChange);
        QApplication::sendEvent(m_pane.get(), &change);
        QCOMPARE(field(*m_pane, "Title"), QStringLiteral("Our page — Pavutyna"));
        QCOMPARE(m_pane->tabs()->tabText(int(Tab::Inlinks)), QStringLiteral("Inlinks (2)"));
    }

    void destroyedWhileLoadingDoesNotCrash()
    {
        m_pane->showUrl(2);
        m_pane.reset(); // waits for the worker, whose result goes nowhere
        QTest::qWait(50);
    }

    void screenshot()
    {
        QVERIFY(showAndWait(2));
        m_pane->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_pane.get()));
        const QPixmap fields = m_pane->grab();
        QVERIFY(!fields.isNull());
        QVERIFY(fields.save(QStringLiteral("/tmp/details.png")));
        m_pane->tabs()->setCurrentIndex(int(Tab::Timings));
        QVERIFY(m_pane->grab().save(QStringLiteral("/tmp/details-timings.png")));
        QVERIFY(showAndWait(4));
        m_pane->tabs()->setCurrentIndex(int(Tab::Redirects));
        QVERIFY(m_pane->grab().save(QStringLiteral("/tmp/details-redirects.png")));
    }
};

QObject* makeTestDetailsPane()
{
    return new TestDetailsPane;
}

#include "TestDetailsPane.moc"
