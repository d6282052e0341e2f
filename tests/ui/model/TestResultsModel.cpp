// SPDX-FileCopyrightText: 2026 Pavutyna contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <QCoreApplication>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include "CrawlFixture.h"
#include "store/CrawlStore.h"
#include "ui/model/LinksModel.h"
#include "ui/model/RedirectsModel.h"
#include "ui/model/ResultsModel.h"

using namespace pav;
using namespace pav::ui;

namespace {
// Waits for the model's worker query to come back.
bool settle(CrawlTableModel& model)
{
    return QTest::qWaitFor([&] { return !model.isLoading(); }, 10000);
}

QStringList column(const CrawlTableModel& model, int column)
{
    QStringList values;
    for (int row = 0; row < model.rowCount(); ++row)
        values.append(model.index(row, column).data(CrawlTableModel::RawRole).toString().remove(test::siteUrl({})));
    return values;
}

const QList<store::LinkRecord> NoLinks;

store::PageRecord okPage(const QString& title)
{
    store::PageRecord page;
    page.status = 200;
    page.contentType = QStringLiteral("text/html");
    page.title = title;
    page.titleCount = 1;
    return page;
}
} // namespace

class TestResultsModel : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        auto built = test::writeHandBuiltCrawl(m_dir.filePath(QStringLiteral("hand.pavutyna")));
        QVERIFY2(built, built ? "" : qPrintable(built.error().message));
        m_crawl = *built;
    }

    void listsEveryPageInCrawlOrder()
    {
        ResultsModel model;
        QSignalSpy loading(&model, &CrawlTableModel::loadingChanged);
        QSignalSpy totals(&model, &CrawlTableModel::totalChanged);
        QVERIFY(model.setCrawlFile(m_crawl.path));
        QVERIFY(settle(model));
        QCOMPARE(model.rowCount(), 14);
        QCOMPARE(model.columnCount(), int(ResultsModel::ColumnCount));
        QCOMPARE(loading.first().first().toBool(), true);
        QCOMPARE(loading.last().first().toBool(), false);
        QCOMPARE(totals.last().first().toLongLong(), 14);
        QCOMPARE(model.urlAt(0), test::siteUrl(QStringLiteral("/a")));
        QCOMPARE(model.urlIdAt(0), m_crawl.ids.value(QStringLiteral("/a")));
        QCOMPARE(model.index(0, ResultsModel::Title).data().toString(), QStringLiteral("Home"));
        QCOMPARE(model.index(0, ResultsModel::TitleLength).data(CrawlTableModel::RawRole).toLongLong(), 4);
        QCOMPARE(model.index(0, ResultsModel::Outlinks).data(CrawlTableModel::RawRole).toLongLong(), 3);
        QCOMPARE(model.index(0, ResultsModel::Inlinks).data(CrawlTableModel::RawRole).toLongLong(), 1);
        QCOMPARE(model.index(0, ResultsModel::Status).data(Qt::TextAlignmentRole).toInt(),
                 int(Qt::AlignRight | Qt::AlignVCenter));
        QVERIFY(!model.index(0, ResultsModel::CrawledAt).data().toString().isEmpty());
        QCOMPARE(model.headerData(ResultsModel::Title, Qt::Horizontal).toString(), QStringLiteral("Title"));
    }

    void sortsEitherWay_data()
    {
        QTest::addColumn<int>("column");
        QTest::addColumn<int>("order");
        QTest::addColumn<QString>("first");
        QTest::addColumn<QString>("last");
        QTest::newRow("status up") << int(ResultsModel::Status) << int(Qt::AscendingOrder) << "0" << "500";
        QTest::newRow("status down") << int(ResultsModel::Status) << int(Qt::DescendingOrder) << "500" << "0";
        QTest::newRow("address up") << int(ResultsModel::Address) << int(Qt::AscendingOrder) << "/a" << "/timeout";
        QTest::newRow("address down") << int(ResultsModel::Address) << int(Qt::DescendingOrder) << "/timeout" << "/a";
        QTest::newRow("outlinks down") << int(ResultsModel::Outlinks) << int(Qt::DescendingOrder) << "3" << "0";
        QTest::newRow("inlinks down") << int(ResultsModel::Inlinks) << int(Qt::DescendingOrder) << "1" << "0";
    }

    void sortsEitherWay()
    {
        QFETCH(int, column);
        QFETCH(int, order);
        QFETCH(QString, first);
        QFETCH(QString, last);
        ResultsModel model;
        QVERIFY(model.setCrawlFile(m_crawl.path));
        model.sort(column, Qt::SortOrder(order));
        QVERIFY(settle(model));
        const QStringList values = ::column(model, column);
        QCOMPARE(values.size(), 14);
        QCOMPARE(values.first(), first);
        QCOMPARE(values.last(), last);
        // Sorted all the way, not only at the ends.
        for (int i = 1; i < values.size() && column != ResultsModel::Address; ++i) {
            const qint64 a = values[i - 1].toLongLong(), b = values[i].toLongLong();
            QVERIFY(order == Qt::AscendingOrder ? a <= b : a >= b);
        }
    }

    void filtersAndSearches()
    {
        ResultsModel model;
        QVERIFY(model.setCrawlFile(m_crawl.path));
        QVERIFY(model.setFilter(QStringLiteral("titles.duplicate")));
        QVERIFY(!model.setFilter(QStringLiteral("links.broken"))); // another model's kind
        QVERIFY(!model.setFilter(QStringLiteral("nonsense")));
        QVERIFY(settle(model));
        QCOMPARE(column(model, ResultsModel::Address), (QStringList{"/a", "/b"}));
        model.setSearchText(QStringLiteral("/B"));
        QVERIFY(settle(model));
        QCOMPARE(column(model, ResultsModel::Address), QStringList{"/b"});
        QVERIFY(model.currentWhere().contains("LIKE '%/B%' ESCAPE"));
        model.setFilter(QStringLiteral("pages.all"));
        model.setSearchText(QString());
        QVERIFY(settle(model));
        QCOMPARE(model.rowCount(), 14);
        QCOMPARE(model.currentWhere(), QByteArray("1"));
    }

    void keepsOldRowsUntilTheNewOnesArriveAndDropsStaleOnes()
    {
        ResultsModel model;
        QVERIFY(model.setCrawlFile(m_crawl.path));
        QVERIFY(settle(model));
        QCOMPARE(model.rowCount(), 14);
        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
        model.setSearchText(QStringLiteral("home"));
        QVERIFY(model.isLoading());
        QCOMPARE(model.rowCount(), 14); // the old rows, until the worker answers
        model.setSearchText(QStringLiteral("welcome"));
        model.sort(ResultsModel::Address, Qt::DescendingOrder);
        model.setSearchText(QStringLiteral("/r"));
        QVERIFY(settle(model));
        QCOMPARE(column(model, ResultsModel::Address), (QStringList{"/r2", "/r1"}));
        QTest::qWait(100); // nothing superseded arrives later
        QCOMPARE(column(model, ResultsModel::Address), (QStringList{"/r2", "/r1"}));
        QCOMPARE(resets.size(), 1);
    }

    void appendsRowsSavedDuringACrawl()
    {
        const QString path = m_dir.filePath(QStringLiteral("live.pavutyna"));
        auto opened = store::CrawlStore::open(path, 1000);
        QVERIFY(opened);
        store::CrawlStore& crawl = **opened;
        QList<qint64> ids;
        for (int i = 0; i < 6; ++i)
            ids.append(*crawl.addUrl(test::siteUrl(QStringLiteral("/live/%1").arg(i)), 0, store::FoundVia::Link));
        QVERIFY(crawl.savePage(ids[0], okPage(QStringLiteral("Shared")), NoLinks));
        QVERIFY(crawl.flush());

        ResultsModel model;
        QVERIFY(model.setCrawlFile(path));
        QVERIFY(model.setFilter(QStringLiteral("titles.duplicate")));
        QVERIFY(settle(model));
        QCOMPARE(model.rowCount(), 0);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);

        // The writer commits a batch, then tells the model which ids it holds.
        QVERIFY(crawl.savePage(ids[1], okPage(QStringLiteral("Shared")), NoLinks));
        QVERIFY(crawl.savePage(ids[2], okPage(QStringLiteral("Unique")), NoLinks));
        QVERIFY(crawl.flush());
        model.appendSaved({ids[1], ids[2]});
        QVERIFY(QTest::qWaitFor([&] { return model.rowCount() == 1; }, 5000));
        QCOMPARE(model.urlIdAt(0), ids[1]); // /live/0 is a duplicate too, but it was not announced
        model.appendSaved({ids[0], ids[1], ids[2]}); // again, plus an older one: each listed once
        QVERIFY(QTest::qWaitFor([&] { return model.rowCount() == 2; }, 5000));
        QTest::qWait(50);
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.urlIdAt(1), ids[0]);
        QCOMPARE(inserted.size(), 2);

        // Rows appear in a model sorted by something else: at the end, until the next sort or refresh.
        model.setFilter(QStringLiteral("pages.all"));
        model.sort(ResultsModel::Title, Qt::DescendingOrder);
        QVERIFY(settle(model));
        QCOMPARE(model.rowCount(), 3);
        QVERIFY(crawl.savePage(ids[3], okPage(QStringLiteral("Zzz")), NoLinks));
        QVERIFY(crawl.flush());
        model.appendSaved({ids[3]});
        QVERIFY(QTest::qWaitFor([&] { return model.rowCount() == 4; }, 5000));
        QCOMPARE(model.index(3, ResultsModel::Title).data().toString(), QStringLiteral("Zzz"));
        model.refresh();
        QVERIFY(settle(model));
        QCOMPARE(model.index(0, ResultsModel::Title).data().toString(), QStringLiteral("Zzz"));
        // Mid-crawl there is no links_target index: inlinks stay empty rather than scan every link.
        QVERIFY(model.index(0, ResultsModel::Inlinks).data(CrawlTableModel::RawRole).isNull());
    }

    void redirectChainsHaveHopsFinalTargetsAndLoops()
    {
        RedirectsModel model;
        QVERIFY(model.setCrawlFile(m_crawl.path));
        QVERIFY(settle(model));
        QCOMPARE(column(model, RedirectsModel::Address), (QStringList{"/r1", "/r2", "/l1", "/l2"}));
        QCOMPARE(column(model, RedirectsModel::Hops), (QStringList{"2", "1", "2", "2"}));
        QCOMPARE(column(model, RedirectsModel::FinalUrl), (QStringList{"/a", "/a", "/l1", "/l2"}));
        QCOMPARE(column(model, RedirectsModel::FinalStatus), (QStringList{"200", "200", "301", "308"}));
        QCOMPARE(column(model, RedirectsModel::Loop), (QStringList{"false", "false", "true", "true"}));
        QCOMPARE(model.index(2, RedirectsModel::Loop).data().toString(), QStringLiteral("Yes"));
        model.sort(RedirectsModel::Address, Qt::DescendingOrder);
        QVERIFY(settle(model));
        QCOMPARE(column(model, RedirectsModel::Address), (QStringList{"/r2", "/r1", "/l2", "/l1"}));
        model.setFilter(QStringLiteral("redirects.loops"));
        QVERIFY(settle(model));
        QCOMPARE(column(model, RedirectsModel::Address), (QStringList{"/l2", "/l1"}));
        model.setSearchText(QStringLiteral("l2"));
        QVERIFY(settle(model));
        QCOMPARE(column(model, RedirectsModel::Address), (QStringList{"/l2", "/l1"})); // l1 redirects to l2
    }

    void brokenLinksNameTheirSourcePages()
    {
        LinksModel model;
        QVERIFY(model.setCrawlFile(m_crawl.path));
        QVERIFY(settle(model));
        QCOMPARE(column(model, LinksModel::Source), (QStringList{"/a", "/b", "/d"}));
        QCOMPARE(column(model, LinksModel::Target), (QStringList{"/c", "/s", "/timeout"}));
        QCOMPARE(column(model, LinksModel::TargetStatus), (QStringList{"404", "500", "0"}));
        QCOMPARE(model.index(0, LinksModel::Anchor).data().toString(), QStringLiteral("broken"));
        QCOMPARE(model.index(0, LinksModel::Rel).data().toString(), QStringLiteral("nofollow"));
        QCOMPARE(model.sourceUrlAt(0), test::siteUrl(QStringLiteral("/a")));
        QCOMPARE(model.urlIdAt(0), m_crawl.ids.value(QStringLiteral("/c")));
        model.sort(LinksModel::TargetStatus, Qt::DescendingOrder);
        QVERIFY(settle(model));
        QCOMPARE(column(model, LinksModel::TargetStatus), (QStringList{"500", "404", "0"}));
        model.setSearchText(QStringLiteral("server"));
        QVERIFY(settle(model));
        QCOMPARE(column(model, LinksModel::Target), QStringList{"/s"});
    }

    void refusesFilesThatAreNotCrawls()
    {
        const QString path = m_dir.filePath(QStringLiteral("not-a-crawl.txt"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("just some text, not SQLite\n");
        file.close();
        ResultsModel model;
        QSignalSpy errors(&model, &CrawlTableModel::errorOccurred);
        QVERIFY(!model.setCrawlFile(path));
        QCOMPARE(errors.size(), 1);
        QVERIFY(!model.lastError().isEmpty());
        QCOMPARE(model.rowCount(), 0);
        QVERIFY(!model.isLoading());
        QVERIFY(!model.setCrawlFile(m_dir.filePath(QStringLiteral("missing.pavutyna"))));
        model.sort(1); // no file: nothing to do, no crash
        QCOMPARE(model.rowCount(), 0);
        QVERIFY(model.setCrawlFile(m_crawl.path));
        QVERIFY(settle(model));
        QCOMPARE(model.rowCount(), 14);
        QVERIFY(model.setCrawlFile(QString())); // "New crawl": empty, and not an error
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(errors.size(), 2);
        QVERIFY(!model.isLoading());
        QTest::qWait(50);
        QCOMPARE(model.rowCount(), 0);
    }

    void headersFollowALanguageChange()
    {
        ResultsModel model;
        QVERIFY(model.setCrawlFile(m_crawl.path));
        QVERIFY(settle(model));
        QSignalSpy headers(&model, &QAbstractItemModel::headerDataChanged);
        QSignalSpy cells(&model, &QAbstractItemModel::dataChanged);
        QEvent change(QEvent::LanguageChange);
        QCoreApplication::sendEvent(QCoreApplication::instance(), &change);
        QCOMPARE(headers.size(), 1);
        QCOMPARE(headers.first().at(2).toInt(), int(ResultsModel::ColumnCount) - 1);
        QCOMPARE(cells.size(), 1); // locale-formatted cells repaint too
        QCOMPARE(cells.first().at(1).toModelIndex().row(), 13);
    }

private:
    QTemporaryDir m_dir;
    test::HandBuiltCrawl m_crawl;
};

QObject* makeTestResultsModel()
{
    return new TestResultsModel;
}

#include "TestResultsModel.moc"
