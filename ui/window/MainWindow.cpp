// SPDX-FileCopyrightText: 2026 Pavutyna contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/window/MainWindow.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDesktopServices>
#include <QElapsedTimer>
#include <QDir>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPointer>
#include <QSettings>
#include <QSplitter>
#include <QStatusBar>
#include <QTabWidget>
#include <QThreadPool>
#include <QTimer>
#include <QUrl>

#include "store/CrawlReader.h"
#include "ui/details/ChartData.h"
#include "ui/details/DetailsPane.h"
#include "ui/details/OverviewPanel.h"
#include "ui/details/RuleTesterDialog.h"
#include "ui/details/StatusChart.h"
#include "ui/model/CrawlTableModel.h"
#include "ui/model/ExtractionModel.h"
#include "ui/model/Filters.h"
#include "ui/model/ResultsModel.h"
#include "ui/model/ResultsView.h"
#include "ui/settings/SettingsDialog.h"
#include "ui/settings/SettingsStore.h"
#include "ui/window/ProgressStrip.h"
#include "ui/window/Prompter.h"
#include "ui/window/WindowActions.h"

namespace pav::ui {

namespace {
// Counting every filter scans the pages table; during a crawl the overview is refreshed at most this often.
constexpr auto OverviewInterval = std::chrono::milliseconds(2000);

struct OverviewResult
{
    QList<FilterCount> counts;
    ChartData chart;
    QString error;
};

OverviewResult loadOverview(const QString& path)
{
    OverviewResult result;
    auto db = store::openCrawlReader(path);
    if (!db) {
        result.error = db.error().message;
        return result;
    }
    if (auto counts = countFilters(**db))
        result.counts = *counts;
    else
        result.error = counts.error().message;
    if (auto chart = loadChartData(**db))
        result.chart = *chart;
    return result;
}
} // namespace

MainWindow::MainWindow(LanguageSwitch switchLanguage, QWidget* parent)
    : QMainWindow(parent)
    , m_switchLanguage(std::move(switchLanguage))
    , m_prompter(std::make_unique<Prompter>())
    , m_session(std::make_unique<CrawlSession>())
{
    setObjectName(QStringLiteral("mainWindow"));
    buildLayout();
    connectActions();
    // Single-shot, re-armed after each count: counting every filter of a million pages takes seconds, so the next
    // count waits twice as long as the last one took (at least OverviewInterval) and never piles up.
    m_overviewTimer = new QTimer(this);
    m_overviewTimer->setSingleShot(true);
    m_overviewTimer->setInterval(OverviewInterval);
    connect(m_overviewTimer, &QTimer::timeout, this, &MainWindow::refreshOverview);
    rebuildRecentMenu();
    QSettings settings;
    const QString language = settings.value(QStringLiteral("ui/language")).toString();
    (language == QLatin1String("uk")   ? m_actions->languageUkrainian
     : language == QLatin1String("en") ? m_actions->languageEnglish
                                       : m_actions->languageSystem)
        ->setChecked(true);
    resize(1280, 800);
    restoreGeometry(settings.value(QStringLiteral("ui/geometry")).toByteArray());
    retranslateUi();
    updateActions();
}

MainWindow::~MainWindow()
{
    // The session's last signals (state changes while it stops) must not reach a half-destroyed window.
    m_session->disconnect(this);
    m_session.reset(); // interrupts a crawl still running and waits until its file is saved
}

void MainWindow::setPrompter(std::unique_ptr<Prompter> prompter)
{
    m_prompter = std::move(prompter);
}

void MainWindow::buildLayout()
{
    auto* urlArea = new QWidget(this);
    auto* urlLayout = new QHBoxLayout(urlArea);
    urlLayout->setContentsMargins(0, 0, 4, 0);
    m_urlBar = new QLineEdit(urlArea);
    m_urlBar->setObjectName(QStringLiteral("urlBar"));
    m_urlBar->setClearButtonEnabled(true);
    m_urlBar->setMinimumWidth(360);
    urlLayout->addWidget(m_urlBar);
    m_actions = std::make_unique<WindowActions>(this, urlArea);
    connect(m_urlBar, &QLineEdit::returnPressed, this, [this] { startCrawl(m_urlBar->text()); });

    auto* central = new QWidget(this);
    auto* layout = new QVBoxLayout(central);
    layout->setContentsMargins(4, 2, 4, 0);
    m_progress = new ProgressStrip(central);
    layout->addWidget(m_progress);

    auto* horizontal = new QSplitter(Qt::Horizontal, central);
    auto* vertical = new QSplitter(Qt::Vertical, horizontal);
    m_tabs = new QTabWidget(vertical);
    m_tabs->setObjectName(QStringLiteral("resultsTabs"));
    m_tabs->setDocumentMode(true);
    connect(m_tabs, &QTabWidget::currentChanged, this, [this] {
        ResultsView* front = currentResults();
        if (!front)
            return;
        if (m_pendingViews.remove(front))
            front->setCrawlFile(m_crawlFile);
        else if (m_staleViews.remove(front))
            front->model()->refresh();
    });
    QStringList tabIds;
    for (const FilterTab& tab : FilterCatalogue::tabs())
        tabIds.append(tab.id);
    tabIds.append(QLatin1String(ExtractionModel::TabId)); // last, so the catalogue's tabs keep their indexes
    for (const QString& tabId : std::as_const(tabIds)) {
        auto* view = new ResultsView(tabId, m_tabs);
        m_views.append(view);
        m_tabs->addTab(view, QString());
        connect(view, &ResultsView::currentUrlChanged, this, [this](qint64 urlId) { m_details->showUrl(urlId); });
        connect(view, &ResultsView::urlActivated, this, [](const QString& url) { QDesktopServices::openUrl(QUrl(url)); });
        connect(view, &ResultsView::recrawlRequested, this, [this](qint64 urlId) { recrawl(urlId); });
        connect(view, &ResultsView::testRuleRequested, this, [this](qint64 urlId) {
            if (RuleTesterDialog* tester = openRuleTester(urlId, this))
                tester->show();
        });
    }
    m_extraction = m_views.last();
    m_tabs->setTabVisible(m_tabs->indexOf(m_extraction), false);
    m_details = new DetailsPane(vertical);
    connect(m_details, &DetailsPane::urlActivated, this, [](const QString& url) { QDesktopServices::openUrl(QUrl(url)); });
    vertical->addWidget(m_tabs);
    vertical->addWidget(m_details);
    vertical->setStretchFactor(0, 3);
    vertical->setStretchFactor(1, 2);
    m_overview = new OverviewPanel(horizontal);
    connect(m_overview, &OverviewPanel::filterActivated, this, &MainWindow::selectFilter);
    connect(m_overview, &OverviewPanel::tabActivated, this, [this](const QString& tabId) {
        if (ResultsView* view = resultsForTab(tabId))
            m_tabs->setCurrentWidget(view);
    });
    horizontal->addWidget(vertical);
    horizontal->addWidget(m_overview);
    horizontal->setStretchFactor(0, 1);
    horizontal->setStretchFactor(1, 0);
    horizontal->setSizes({960, 320}); // the overview's counts and chart labels need about a quarter
    layout->addWidget(horizontal, 1);
    setCentralWidget(central);

    m_fileLabel = new QLabel(this);
    m_fileLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    statusBar()->addPermanentWidget(m_fileLabel);
}

void MainWindow::connectActions()
{
    WindowActions& a = *m_actions;
    connect(a.newCrawl, &QAction::triggered, this, [this] {
        if (m_session->isBusy())
            return;
        m_urlBar->clear();
        m_urlBar->setFocus();
        showCrawlFile(QString());
    });
    connect(a.open, &QAction::triggered, this, &MainWindow::chooseAndOpen);
    connect(a.saveAs, &QAction::triggered, this, &MainWindow::chooseAndSaveAs);
    connect(a.exportData, &QAction::triggered, this, &MainWindow::chooseAndExport);
    connect(a.importList, &QAction::triggered, this, &MainWindow::chooseAndImportList);
    connect(a.quit, &QAction::triggered, this, &QWidget::close);
    connect(a.start, &QAction::triggered, this, [this] { startCrawl(m_urlBar->text()); });
    connect(a.pause, &QAction::triggered, this, &MainWindow::pauseCrawl);
    connect(a.resume, &QAction::triggered, this, &MainWindow::resumeCrawl);
    connect(a.stop, &QAction::triggered, this, &MainWindow::stopCrawl);
    connect(a.settings, &QAction::triggered, this, &MainWindow::openSettings);
    connect(a.find, &QAction::triggered, this, [this] {
        if (ResultsView* view = currentResults()) {
            view->searchBox()->setFocus(Qt::ShortcutFocusReason);
            view->searchBox()->selectAll();
        }
    });
    connect(a.about, &QAction::triggered, this, &MainWindow::showAbout);
    connect(a.languageSystem, &QAction::triggered, this, [this] { setLanguage(QString()); });
    connect(a.languageEnglish, &QAction::triggered, this, [this] { setLanguage(QStringLiteral("en")); });
    connect(a.languageUkrainian, &QAction::triggered, this, [this] { setLanguage(QStringLiteral("uk")); });

    connect(m_session.get(), &CrawlSession::stateChanged, this, &MainWindow::updateActions);
    connect(m_session.get(), &CrawlSession::started, this, &MainWindow::onStarted);
    connect(m_session.get(), &CrawlSession::committed, this, &MainWindow::onCommitted);
    connect(m_session.get(), &CrawlSession::ended, this, &MainWindow::onEnded);
    connect(m_session.get(), &CrawlSession::warning, this,
            [this](const QString& message) { statusBar()->showMessage(message, 10'000); });
}

ResultsView* MainWindow::currentResults() const
{
    return qobject_cast<ResultsView*>(m_tabs->currentWidget());
}

ResultsView* MainWindow::resultsForTab(const QString& tabId) const
{
    for (ResultsView* view : m_views) {
        if (view->tabId() == tabId)
            return view;
    }
    return nullptr;
}

void MainWindow::refreshOverview()
{
    if (m_crawlFile.isEmpty())
        return;
    if (m_overviewBusy) {
        m_overviewAgain = true; // the counts being computed may predate the last rows: count once more after
        return;
    }
    if (m_session->isBusy()) {
        ResultsView* front = currentResults();
        const bool appends = front
            && (qobject_cast<ResultsModel*>(front->model()) || qobject_cast<ExtractionModel*>(front->model()))
            && front->model()->sortColumn() < 0;
        if (front && !appends && !front->model()->isLoading())
            front->model()->refresh();
    }
    m_overviewBusy = true;
    QPointer<MainWindow> self(this);
    const QString path = m_crawlFile;
    QThreadPool::globalInstance()->start([self, path] {
        QElapsedTimer clock;
        clock.start();
        OverviewResult result = loadOverview(path);
        const auto took = std::chrono::milliseconds(clock.elapsed());
        QMetaObject::invokeMethod(qApp, [self, path, took, result = std::move(result)] {
            if (!self)
                return;
            self->m_overviewBusy = false;
            if (self->m_session->isBusy())
                self->m_overviewTimer->start(std::max(OverviewInterval, 2 * took));
            if (std::exchange(self->m_overviewAgain, false))
                QTimer::singleShot(0, self, &MainWindow::refreshOverview);
            if (path != self->m_crawlFile || !result.error.isEmpty())
                return;
            QList<OverviewEntry> entries;
            QHash<QString, qint64> counts;
            for (const FilterCount& count : result.counts)
                counts.insert(count.id, count.count);
            for (const FilterTab& tab : FilterCatalogue::tabs()) {
                for (const Filter& filter : tab.filters)
                    entries.append({tab.id, FilterCatalogue::label(tab), filter.id, FilterCatalogue::label(filter),
                                    counts.value(filter.id)});
            }
            self->m_overview->setEntries(entries);
            self->m_overview->chart()->setData(result.chart);
        }, Qt::QueuedConnection);
    });
}

void MainWindow::selectFilter(const QString& filterId)
{
    const FilterTab* tab = FilterCatalogue::tabOf(filterId);
    if (!tab)
        return;
    if (ResultsView* view = resultsForTab(tab->id)) {
        m_tabs->setCurrentWidget(view);
        view->setFilter(filterId);
    }
}

void MainWindow::updateActions()
{
    WindowActions& a = *m_actions;
    const CrawlSession::State state = m_session->state();
    const bool busy = m_session->isBusy();
    const bool hasFile = !m_crawlFile.isEmpty();
    a.start->setEnabled(!busy);
    a.pause->setEnabled(state == CrawlSession::State::Running);
    a.resume->setEnabled(!busy && hasFile && (state == CrawlSession::State::Paused || m_lastStats.queued > 0));
    a.stop->setEnabled(state == CrawlSession::State::Running || state == CrawlSession::State::Pausing
                       || state == CrawlSession::State::Paused);
    a.newCrawl->setEnabled(!busy);
    a.open->setEnabled(!busy);
    a.recentMenu->setEnabled(!busy);
    a.importList->setEnabled(!busy);
    a.saveAs->setEnabled(!busy && hasFile);
    a.exportData->setEnabled(hasFile);
    m_urlBar->setReadOnly(busy);
}

void MainWindow::openSettings()
{
    QSettings settings;
    SettingsDialog dialog(SettingsStore::load(settings), this);
    connectRuleTester(dialog);
    if (dialog.exec() == QDialog::Accepted)
        SettingsStore::save(settings, dialog.config());
}

void MainWindow::setLanguage(const QString& language)
{
    QSettings().setValue(QStringLiteral("ui/language"), language);
    if (m_switchLanguage)
        m_switchLanguage(language); // every widget gets QEvent::LanguageChange and retranslates itself
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    if (m_session->isBusy()) {
        event->ignore();
        if (m_closeWhenEnded)
            return; // already pausing to close
        if (m_prompter->askYesNo(this, tr("A crawl is running"),
                                 tr("Pause the crawl and close? The crawl file keeps everything crawled so far; "
                                    "open it again to resume."),
                                 tr("Pause and Close"))) {
            m_closeWhenEnded = true;
            m_session->pause();
        }
        return;
    }
    QSettings().setValue(QStringLiteral("ui/geometry"), saveGeometry());
    event->accept();
}

void MainWindow::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QMainWindow::changeEvent(event);
}

void MainWindow::updateWindowTitle()
{
    setWindowTitle(m_crawlFile.isEmpty() ? tr("Pavutyna")
                                         : tr("%1 — Pavutyna").arg(QFileInfo(m_crawlFile).completeBaseName()));
}

void MainWindow::retranslateUi()
{
    updateWindowTitle();
    m_actions->retranslate();
    m_urlBar->setPlaceholderText(tr("Address of the site to crawl, e.g. https://example.com/"));
    const QList<FilterTab>& tabs = FilterCatalogue::tabs();
    for (int i = 0; i < m_views.size() && i < tabs.size(); ++i)
        m_tabs->setTabText(i, FilterCatalogue::label(tabs[i]));
    m_tabs->setTabText(m_tabs->indexOf(m_extraction), FilterCatalogue::label(ExtractionModel::tab()));
    if (!m_crawlFile.isEmpty())
        refreshOverview(); // the overview's labels come from the catalogue, in the new language
}

} // namespace pav::ui
