// SPDX-FileCopyrightText: 2026 Pavutyna contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <atomic>

#include <QHash>
#include <QList>
#include <QString>
#include <QThreadPool>
#include <QWidget>

#include "common/Result.h"
#include "ui/details/ChartData.h"

class QTreeWidget;
class QTreeWidgetItem;

namespace pav::ui {

class StatusChart;

// One line of the overview: a filter of a results tab and how many URLs it holds. An entry with an empty
// filterId sets the count shown on the tab's own line. Labels come translated from the caller.
struct OverviewEntry
{
    QString tabId;
    QString tabLabel;
    QString filterId;
    QString filterLabel;
    qint64 count = 0;
};

// The right-hand overview (as Screaming Frog shows it): results tabs as top-level items, their filters as
// children with counts, and the status/response-time chart under it. setEntries() is called every second or
// two during a crawl and updates items in place, so expansion, selection and scrolling stay as the user left
// them. refreshChart() reads the chart's counts on a worker thread with its own read-only connection; calls
// while one read runs are folded into one more read after it. GUI thread only.
class OverviewPanel : public QWidget
{
    Q_OBJECT

public:
    explicit OverviewPanel(QWidget* parent = nullptr);
    ~OverviewPanel() override;

    void setEntries(const QList<OverviewEntry>& entries);
    QTreeWidget* tree() const { return m_tree; }
    StatusChart* chart() const { return m_chart; }
    // Reloads the chart from `crawlFile` off the GUI thread (a scan of pages: about a second at a million).
    void refreshChart(const QString& crawlFile);
    // The last refresh's failure, empty after a success (the chart keeps its previous data then).
    QString chartError() const { return m_chartError; }

signals:
    void filterActivated(const QString& filterId);
    void tabActivated(const QString& tabId);
    void chartRefreshed();

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    void onItemClicked(QTreeWidgetItem* item);
    QTreeWidgetItem* tabItem(const OverviewEntry& entry, int position);
    void refreshCounts();
    void startChartLoad();
    void onChartLoaded(const Result<ChartData>& data);

    QTreeWidget* m_tree = nullptr;
    StatusChart* m_chart = nullptr;
    QHash<QString, QTreeWidgetItem*> m_tabs;    // tabId → top-level item
    QHash<QString, QTreeWidgetItem*> m_filters; // tabId + '\n' + filterId → child item
    QHash<QTreeWidgetItem*, qint64> m_counts;   // raw counts, reformatted when the locale changes
    QString m_chartFile;
    QString m_chartError;
    bool m_chartRunning = false;
    bool m_chartPending = false;
    std::atomic_bool m_closing = false; // interrupts a running chart query when the panel goes
    QThreadPool m_pool;                 // one thread; the destructor waits for it
};

} // namespace pav::ui
