// SPDX-FileCopyrightText: 2026 Pavutyna contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/details/OverviewPanel.h"

#include <QEvent>
#include <QHeaderView>
#include <QLocale>
#include <QSet>
#include <QSplitter>
#include <QTreeWidget>
#include <QVBoxLayout>

#include "store/CrawlReader.h"
#include "store/Database.h"
#include "ui/details/StatusChart.h"
#include "ui/details/UrlDetails.h"

namespace pav::ui {

namespace {
constexpr int IdRole = Qt::UserRole;
constexpr int IsTabRole = Qt::UserRole + 1;

QString filterKey(const QString& tabId, const QString& filterId)
{
    return tabId + QLatin1Char('\n') + filterId;
}

void setTextIfChanged(QTreeWidgetItem* item, int column, const QString& text)
{
    if (item->text(column) != text) // an unchanged count must not repaint the row
        item->setText(column, text);
}
} // namespace

OverviewPanel::OverviewPanel(QWidget* parent)
    : QWidget(parent)
    , m_tree(new QTreeWidget)
    , m_chart(new StatusChart)
{
    m_tree->setColumnCount(2);
    m_tree->setUniformRowHeights(true);
    m_tree->setRootIsDecorated(true);
    m_tree->setSelectionMode(QAbstractItemView::SingleSelection);
    m_tree->header()->setStretchLastSection(false);
    m_tree->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_tree->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_tree->header()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);

    auto* splitter = new QSplitter(Qt::Vertical);
    splitter->addWidget(m_tree);
    splitter->addWidget(m_chart);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setChildrenCollapsible(false);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(splitter);

    m_pool.setMaxThreadCount(1);
    connect(m_tree, &QTreeWidget::itemClicked, this, [this](QTreeWidgetItem* item) { onItemClicked(item); });
    connect(m_tree, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem* item) { onItemClicked(item); });
    retranslateUi();
}

OverviewPanel::~OverviewPanel()
{
    // The worker calls back into this object: it must be gone first. The flag stops its query at once.
    m_closing = true;
    m_pool.waitForDone();
}

void OverviewPanel::refreshChart(const QString& crawlFile)
{
    m_chartFile = crawlFile;
    if (m_chartRunning) {
        m_chartPending = true; // a crawl calls this every second or two; one read at a time is plenty
        return;
    }
    startChartLoad();
}

void OverviewPanel::startChartLoad()
{
    m_chartRunning = true;
    m_chartPending = false;
    // `this` outlives the task: the destructor waits for the pool.
    m_pool.start([this, path = m_chartFile] {
        Result<ChartData> data = [&]() -> Result<ChartData> {
            auto db = store::openCrawlReader(path);
            if (!db)
                return db.error();
            interruptWhen(**db, &m_closing);
            auto loaded = loadChartData(**db);
            interruptWhen(**db, nullptr);
            return loaded;
        }();
        if (m_closing)
            return;
        QMetaObject::invokeMethod(this, [this, data] { onChartLoaded(data); }, Qt::QueuedConnection);
    });
}

void OverviewPanel::onChartLoaded(const Result<ChartData>& data)
{
    m_chartRunning = false;
    if (data) {
        m_chartError.clear();
        m_chart->setData(*data);
    } else {
        m_chartError = data.error().message;
    }
    if (m_chartPending)
        startChartLoad();
    else
        emit chartRefreshed();
}

void OverviewPanel::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void OverviewPanel::retranslateUi()
{
    m_tree->setHeaderLabels({tr("Filter"), tr("URLs")});
    m_tree->setAccessibleName(tr("Overview"));
    refreshCounts(); // the language switch changes the locale the counts are written in
}

void OverviewPanel::refreshCounts()
{
    const QLocale locale;
    for (auto it = m_counts.cbegin(); it != m_counts.cend(); ++it)
        setTextIfChanged(it.key(), 1, locale.toString(it.value()));
}

QTreeWidgetItem* OverviewPanel::tabItem(const OverviewEntry& entry, int position)
{
    QTreeWidgetItem*& item = m_tabs[entry.tabId];
    if (!item) {
        item = new QTreeWidgetItem;
        item->setData(0, IdRole, entry.tabId);
        item->setData(0, IsTabRole, true);
        item->setTextAlignment(1, Qt::AlignRight | Qt::AlignVCenter);
        QFont bold = m_tree->font();
        bold.setBold(true);
        item->setFont(0, bold);
        m_tree->insertTopLevelItem(std::min(position, m_tree->topLevelItemCount()), item);
        item->setExpanded(true);
    }
    setTextIfChanged(item, 0, entry.tabLabel);
    return item;
}

void OverviewPanel::setEntries(const QList<OverviewEntry>& entries)
{
    const QLocale locale;
    QSet<QTreeWidgetItem*> seen;
    int tabsSoFar = 0; // a new tab goes where the caller lists it
    QString lastTab;
    for (const OverviewEntry& entry : entries) {
        if (entry.tabId != lastTab || tabsSoFar == 0)
            ++tabsSoFar;
        lastTab = entry.tabId;
        QTreeWidgetItem* tab = tabItem(entry, tabsSoFar - 1);
        seen.insert(tab);
        QTreeWidgetItem* target = tab;
        if (!entry.filterId.isEmpty()) {
            QTreeWidgetItem*& child = m_filters[filterKey(entry.tabId, entry.filterId)];
            if (!child) {
                child = new QTreeWidgetItem(tab);
                child->setData(0, IdRole, entry.filterId);
                child->setData(0, IsTabRole, false);
                child->setTextAlignment(1, Qt::AlignRight | Qt::AlignVCenter);
            }
            setTextIfChanged(child, 0, entry.filterLabel);
            target = child;
            seen.insert(child);
        }
        m_counts.insert(target, entry.count);
        setTextIfChanged(target, 1, locale.toString(entry.count));
    }
    // Filters (or whole tabs) the caller no longer lists.
    for (auto it = m_filters.begin(); it != m_filters.end();) {
        if (seen.contains(*it)) {
            ++it;
            continue;
        }
        m_counts.remove(*it);
        delete *it;
        it = m_filters.erase(it);
    }
    for (auto it = m_tabs.begin(); it != m_tabs.end();) {
        if (seen.contains(*it)) {
            ++it;
            continue;
        }
        m_counts.remove(*it);
        delete *it; // its children went above: every child is in m_filters
        it = m_tabs.erase(it);
    }
}

void OverviewPanel::onItemClicked(QTreeWidgetItem* item)
{
    if (!item)
        return;
    const QString id = item->data(0, IdRole).toString();
    if (item->data(0, IsTabRole).toBool())
        emit tabActivated(id);
    else
        emit filterActivated(id);
}

} // namespace pav::ui
