// SPDX-FileCopyrightText: 2026 Pavutyna contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <QLocale>
#include <QSignalSpy>
#include <QTest>
#include <QTreeWidget>

#include "DetailsFixture.h"
#include "ui/details/OverviewPanel.h"
#include "ui/details/StatusChart.h"

using pav::ui::OverviewEntry;
using pav::ui::OverviewPanel;

namespace {
QList<OverviewEntry> entries(qint64 base)
{
    return {
        {"all", "All pages", "", "", base * 10},
        {"codes", "Response codes", "2xx", "Success (2xx)", base * 7},
        {"codes", "Response codes", "3xx", "Redirection (3xx)", base * 2},
        {"codes", "Response codes", "4xx", "Client error (4xx)", base},
        {"titles", "Page titles", "missing", "Missing", base * 3},
        {"titles", "Page titles", "duplicate", "Duplicate", 0},
    };
}

QTreeWidgetItem* child(OverviewPanel& panel, int tab, int filter)
{
    QTreeWidgetItem* top = panel.tree()->topLevelItem(tab);
    return top ? top->child(filter) : nullptr;
}
} // namespace

class TestOverviewPanel : public QObject
{
    Q_OBJECT

    QLocale m_locale; // as the test started: tests that switch the UI locale put it back

private slots:
    void cleanup()
    {
        QLocale::setDefault(m_locale);
    }

    void listsTabsWithTheirFilters()
    {
        OverviewPanel panel;
        panel.setEntries(entries(1));
        QTreeWidget* tree = panel.tree();
        QCOMPARE(tree->topLevelItemCount(), 3);
        QCOMPARE(tree->topLevelItem(0)->text(0), QStringLiteral("All pages"));
        QCOMPARE(tree->topLevelItem(0)->text(1), QStringLiteral("10"));
        QCOMPARE(tree->topLevelItem(0)->childCount(), 0);
        QCOMPARE(tree->topLevelItem(1)->text(0), QStringLiteral("Response codes"));
        QCOMPARE(tree->topLevelItem(1)->text(1), QString()); // no entry for the tab itself
        QCOMPARE(tree->topLevelItem(1)->childCount(), 3);
        QCOMPARE(child(panel, 1, 2)->text(0), QStringLiteral("Client error (4xx)"));
        QCOMPARE(child(panel, 1, 2)->text(1), QStringLiteral("1"));
        QCOMPARE(child(panel, 2, 1)->text(1), QStringLiteral("0"));
        QCOMPARE(tree->headerItem()->text(0), QStringLiteral("Filter"));
    }

    void updatingKeepsItemsExpansionAndSelection()
    {
        OverviewPanel panel;
        panel.resize(300, 500);
        panel.setEntries(entries(1));
        QTreeWidget* tree = panel.tree();
        QTreeWidgetItem* codes = tree->topLevelItem(1);
        QTreeWidgetItem* missing = child(panel, 2, 0);
        codes->setExpanded(false);
        tree->setCurrentItem(missing);

        panel.setEntries(entries(1000));
        QCOMPARE(tree->topLevelItem(1), codes); // the same items, updated in place
        QCOMPARE(child(panel, 2, 0), missing);
        QVERIFY(!codes->isExpanded());
        QVERIFY(tree->topLevelItem(2)->isExpanded());
        QCOMPARE(tree->currentItem(), missing);
        QCOMPARE(child(panel, 1, 0)->text(1), QLocale().toString(7000));
        QCOMPARE(missing->text(1), QLocale().toString(3000));
        QCOMPARE(tree->topLevelItem(0)->text(1), QLocale().toString(10000));
    }

    void filtersNoLongerListedAreRemovedAndNewOnesAdded()
    {
        OverviewPanel panel;
        panel.setEntries(entries(1));
        QList<OverviewEntry> next = entries(2);
        next.removeAt(3); // 4xx
        next.insert(3, {"codes", "Response codes", "5xx", "Server error (5xx)", 4});
        next.append({"h1", "H1", "missing", "Missing", 5});
        panel.setEntries(next);
        QTreeWidgetItem* codes = panel.tree()->topLevelItem(1);
        QCOMPARE(codes->childCount(), 3);
        QCOMPARE(codes->child(2)->text(0), QStringLiteral("Server error (5xx)"));
        QCOMPARE(panel.tree()->topLevelItemCount(), 4);
        QCOMPARE(panel.tree()->topLevelItem(3)->text(0), QStringLiteral("H1"));
        panel.setEntries({});
        QCOMPARE(panel.tree()->topLevelItemCount(), 0);
    }

    void clickingAFilterActivatesIt()
    {
        OverviewPanel panel;
        panel.resize(300, 500);
        panel.setEntries(entries(1));
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        QSignalSpy filters(&panel, &OverviewPanel::filterActivated);
        QSignalSpy tabs(&panel, &OverviewPanel::tabActivated);
        QTreeWidget* tree = panel.tree();
        const QRect rect = tree->visualItemRect(child(panel, 1, 1));
        QVERIFY(rect.isValid());
        QTest::mouseClick(tree->viewport(), Qt::LeftButton, {}, rect.center());
        QCOMPARE(filters.count(), 1);
        QCOMPARE(filters.first().first().toString(), QStringLiteral("3xx"));
        QTest::mouseClick(tree->viewport(), Qt::LeftButton, {}, tree->visualItemRect(tree->topLevelItem(2)).center());
        QCOMPARE(tabs.count(), 1);
        QCOMPARE(tabs.first().first().toString(), QStringLiteral("titles"));
        QCOMPARE(filters.count(), 1);
    }

    void refreshChartLoadsOffTheGuiThread()
    {
        pav::test::DetailsFixture fixture;
        QVERIFY2(fixture.isValid(), qPrintable(fixture.errorString()));
        OverviewPanel panel;
        QSignalSpy refreshed(&panel, &OverviewPanel::chartRefreshed);
        panel.refreshChart(fixture.path());
        panel.refreshChart(fixture.path()); // while the first runs: folded into one more read
        panel.refreshChart(fixture.path());
        QVERIFY(refreshed.wait(5000));
        QCOMPARE(panel.chartError(), QString());
        QCOMPARE(panel.chart()->data().statusClasses, (std::array<qint64, 6>{4, 4, 1, 1, 1, 1}));
        QCOMPARE(panel.chart()->data().responseTimes, (std::array<qint64, 6>{5, 1, 1, 1, 1, 1}));
        QTest::qWait(100);
        QCOMPARE(refreshed.count(), 1);

        panel.refreshChart(fixture.dir().filePath(QStringLiteral("missing.pavutyna")));
        QVERIFY(refreshed.wait(5000));
        QVERIFY(!panel.chartError().isEmpty());
        QCOMPARE(panel.chart()->data().statusClasses[0], 4); // the last good data stays
    }

    void destroyedWhileRefreshingDoesNotCrash()
    {
        pav::test::DetailsFixture fixture;
        QVERIFY(fixture.isValid());
        auto panel = std::make_unique<OverviewPanel>();
        panel->refreshChart(fixture.path());
        panel.reset();
        QTest::qWait(50);
    }

    void countsUseTheUiLocale()
    {
        QLocale::setDefault(QLocale(QLocale::Ukrainian, QLocale::Ukraine));
        OverviewPanel panel;
        panel.setEntries({{"all", "Усі сторінки", "", "", 1234567}});
        QCOMPARE(panel.tree()->topLevelItem(0)->text(1), QLocale().toString(1234567));
        QVERIFY(panel.tree()->topLevelItem(0)->text(1) != QStringLiteral("1234567"));
    }
};

QObject* makeTestOverviewPanel()
{
    return new TestOverviewPanel;
}

#include "TestOverviewPanel.moc"
