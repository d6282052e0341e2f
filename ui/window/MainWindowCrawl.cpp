// SPDX-FileCopyrightText: 2026 Pavutyna contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// MainWindow's crawl commands: start from the URL bar or a list, pause, resume, stop, re-crawl one URL, and what
// the window does as the crawl session reports that a crawl started, committed a batch or ended.
#include <climits>

#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QSettings>
#include <QStatusBar>
#include <QTimer>

#include "crawl/SeedInput.h"
#include "store/CrawlFilePath.h"
#include "ui/details/DetailsPane.h"
#include "ui/details/OverviewPanel.h"
#include "ui/details/StatusChart.h"
#include "ui/model/CrawlTableModel.h"
#include "ui/model/ExtractionModel.h"
#include "ui/model/ResultsModel.h"
#include "ui/model/ResultsView.h"
#include "ui/settings/SettingsStore.h"
#include "ui/window/MainWindow.h"
#include "ui/window/ProgressStrip.h"
#include "ui/window/Prompter.h"

namespace pav::ui {

crawl::CrawlConfig MainWindow::settingsConfig() const
{
    QSettings settings;
    return SettingsStore::load(settings);
}

bool MainWindow::startCrawl(const QString& typedUrls)
{
    if (m_session->isBusy())
        return false;
    auto seeds = crawl::parseSeedUrls(typedUrls);
    if (!seeds) {
        m_prompter->showError(this, tr("Cannot start the crawl"), seeds.error().message);
        m_urlBar->setFocus();
        return false;
    }
    // Several addresses are allowed (several sites in one crawl), but a stray space in one address splits it in
    // two: say what will be crawled before doing it.
    if (seeds->size() > 1
        && !m_prompter->askYesNo(this, tr("Crawl several sites?"),
                                 tr("The URL bar holds %Ln addresses:\n%1\n\nCrawl them all together?", nullptr,
                                    int(seeds->size()))
                                     .arg(seeds->mid(0, 10).join(u'\n')),
                                 tr("Crawl All"))) {
        return false;
    }
    crawl::CrawlConfig config = settingsConfig();
    config.seeds = *seeds;
    return launchNewCrawl(config);
}

bool MainWindow::startUrlList(const QStringList& urls)
{
    if (m_session->isBusy() || urls.isEmpty())
        return false;
    // List mode: exactly these URLs. Depth 0 fetches the seeds only (their redirects are followed); links
    // are recorded and not fetched, and sitemaps would add URLs, so they are not read.
    crawl::CrawlConfig config = settingsConfig();
    config.seeds = urls;
    config.maxDepth = 0;
    config.sitemaps = false;
    config.maxPages = 0;
    return launchNewCrawl(config);
}

bool MainWindow::launchNewCrawl(const crawl::CrawlConfig& config)
{
    if (auto valid = config.validate(); !valid) {
        m_prompter->showError(this, tr("Cannot start the crawl"), valid.error().message);
        return false;
    }
    auto path = store::newCrawlFilePath(config.seeds.first());
    if (!path) {
        m_prompter->showError(this, tr("Cannot start the crawl"), path.error().message);
        return false;
    }
    m_pageLimit = config.maxPages;
    showCrawlFile(QString()); // the views attach in onStarted(), once the crawl thread has created the file
    m_rulesPending = !config.rules.isEmpty();
    m_session->start(*path, config);
    m_overviewTimer->start();
    statusBar()->showMessage(tr("Crawling into %1").arg(QDir::toNativeSeparators(*path)), 5000);
    return true;
}

void MainWindow::showCrawlFile(const QString& path)
{
    m_crawlFile = path;
    m_lastStats = {};
    m_staleViews.clear();
    m_pendingViews.clear();
    m_progress->clear();
    // Only the tab in front reads the file now; the others when they come to the front. Nine views scanning a
    // million-row file at once would put the first rows behind eight other queries on two cores.
    for (ResultsView* view : m_views) {
        if (view == currentResults() || path.isEmpty())
            view->setCrawlFile(path);
        else
            m_pendingViews.insert(view);
    }
    m_details->setCrawlFile(path);
    m_overview->setEntries({});
    m_overview->chart()->setData({});
    m_fileLabel->setText(QDir::toNativeSeparators(path));
    syncExtractionTab();
    updateWindowTitle();
    if (!path.isEmpty())
        refreshOverview();
    updateActions();
}

void MainWindow::pauseCrawl()
{
    m_session->pause();
}

void MainWindow::resumeCrawl()
{
    if (m_crawlFile.isEmpty() || m_session->isBusy())
        return;
    m_session->resume(m_crawlFile);
    m_overviewTimer->start();
}

void MainWindow::stopCrawl()
{
    m_session->stop();
}

void MainWindow::recrawl(qint64 urlId)
{
    if (m_crawlFile.isEmpty() || m_session->isBusy()) {
        statusBar()->showMessage(tr("Pause or stop the crawl to re-crawl a URL."), 5000);
        return;
    }
    m_session->recrawl(m_crawlFile, {urlId});
    m_overviewTimer->start();
}

void MainWindow::onStarted(const QString& path)
{
    if (path == m_crawlFile && m_views.first()->model()->crawlFile() == path)
        return; // a resumed crawl: the views already show this file
    const crawl::CrawlStats stats = m_lastStats;
    showCrawlFile(path);
    m_lastStats = stats;
    addRecentFile(path);
}

void MainWindow::onCommitted(const QList<qint64>& urlIds, const crawl::CrawlStats& stats)
{
    m_lastStats = stats;
    m_progress->setStats(stats, m_pageLimit, m_session->state() == CrawlSession::State::Running);
    if (m_rulesPending)
        syncExtractionTab(); // the first batch stored the rules: the tab appears with its columns
    if (urlIds.isEmpty())
        return;
    // Only the tab in front takes the new rows as they come (a pages tab; redirect chains and broken links are
    // reread with the overview, since one new row can change rows already shown). The others reread when they
    // come to the front: eight models checking every batch cost the GUI its share of two cores.
    for (ResultsView* view : m_views) {
        if (view != currentResults()) {
            m_staleViews.insert(view);
            continue;
        }
        // A sorted table rereads with the overview instead: appended rows would sit out of order at the bottom.
        auto* pages = qobject_cast<ResultsModel*>(view->model());
        if (pages && pages->sortColumn() < 0)
            pages->appendSaved(urlIds);
        auto* extraction = qobject_cast<ExtractionModel*>(view->model());
        if (extraction && extraction->sortColumn() < 0)
            extraction->appendSaved(urlIds);
    }
}

void MainWindow::onEnded(RunEnd end, const QString& message, const crawl::CrawlStats& stats)
{
    m_overviewTimer->stop();
    if (std::exchange(m_rulesPending, false))
        syncExtractionTab();
    m_lastStats = stats;
    m_progress->setStats(stats, m_pageLimit, false);
    // Inlink counts need the index the crawler builds when it stops: every view rereads, the hidden ones when
    // they come to the front.
    for (ResultsView* view : m_views) {
        if (view == currentResults())
            view->model()->refresh();
        else
            m_staleViews.insert(view);
    }
    refreshOverview();
    switch (end) {
    case RunEnd::Finished:
        statusBar()->showMessage(tr("Crawl finished: %Ln page(s)", nullptr, int(std::min<qint64>(stats.pagesDone, INT_MAX))));
        break;
    case RunEnd::Interrupted:
        statusBar()->showMessage(m_session->state() == CrawlSession::State::Paused
                                     ? tr("Paused. Resume continues where the crawl stopped.")
                                     : tr("Stopped. The crawl file keeps everything crawled; open it later to resume."));
        break;
    case RunEnd::Failed:
        statusBar()->showMessage(tr("The crawl stopped: %1").arg(message));
        m_prompter->showError(this, tr("The crawl stopped"),
                              tr("%1\n\nThe crawl file %2 keeps everything saved so far.")
                                  .arg(message, QDir::toNativeSeparators(m_crawlFile)));
        break;
    }
    updateActions(); // with the final stats: Resume is offered when URLs are still queued
    if (m_closeWhenEnded)
        close();
}

} // namespace pav::ui
