// SPDX-FileCopyrightText: 2026 Pavutyna contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// MainWindow's file commands: open, recent files, save as, export, import a URL list, about.
#include "ui/window/MainWindow.h"

#include <sqlite3.h>

#include <cerrno>
#include <cstdio>
#include <cstring>

#include <QAction>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QSettings>
#include <QStatusBar>
#include <QTabWidget>
#include <QThreadPool>
#include <QPointer>
#include <QApplication>

#include "crawl/SeedInput.h"
#include "net/CurlGlobal.h"
#include "store/CrawlFilePath.h"
#include "store/CrawlReader.h"
#include "store/CrawlStore.h"
#include "store/Statement.h"
#include "ui/model/CrawlTableModel.h"
#include "ui/model/Filters.h"
#include "ui/model/ResultsView.h"
#include "ui/window/ExportDialog.h"
#include "ui/window/ExportJob.h"
#include "ui/window/ProgressStrip.h"
#include "ui/window/Prompter.h"
#include "ui/window/WindowActions.h"

namespace pav::ui {

namespace {
constexpr int MaxRecentFiles = 10;
const QString RecentKey = QStringLiteral("ui/recentFiles");

Result<qint64> countOf(store::Database& db, const char* sql)
{
    auto statement = db.prepare(sql);
    if (!statement)
        return statement.error();
    auto row = statement->step();
    if (!row)
        return row.error();
    return *row ? statement->int64(0) : 0;
}

QString crawlFileFilter()
{
    return MainWindow::tr("Crawl files (*.pavutyna)") + QStringLiteral(";;") + MainWindow::tr("All files (*)");
}
} // namespace

QString MainWindow::newCrawlFolder() const
{
    return m_crawlFile.isEmpty() ? store::crawlFilesFolder() : QFileInfo(m_crawlFile).absolutePath();
}

void MainWindow::chooseAndOpen()
{
    const QString path = m_prompter->chooseFile(this, Prompter::FileMode::Open, tr("Open Crawl File"), newCrawlFolder(),
                                                crawlFileFilter().split(QStringLiteral(";;")));
    if (!path.isEmpty())
        openCrawlFile(path);
}

bool MainWindow::openCrawlFile(const QString& path)
{
    if (m_session->isBusy())
        return false;
    const QFileInfo info(path);
    if (!info.exists() || !info.isFile()) {
        m_prompter->showError(this, tr("Cannot open the crawl file"), tr("%1 does not exist.").arg(QDir::toNativeSeparators(path)));
        return false;
    }
    // A file from an older Pavutyna is brought to the current format first, and one from a headless or killed
    // crawl gets its links_target index: the views only read. That rewrites or sorts its links once (seconds for
    // a million of them), the one time this can keep the window waiting.
    QGuiApplication::setOverrideCursor(Qt::WaitCursor);
    const Result<bool> upgraded = store::CrawlStore::prepareForViewing(path);
    QGuiApplication::restoreOverrideCursor();
    if (!upgraded) {
        m_prompter->showError(this, tr("Cannot open the crawl file"),
                              tr("%1 cannot be opened: %2").arg(QDir::toNativeSeparators(path), upgraded.error().message));
        return false;
    }
    // Only the header and the settings are read here; counting a million rows happens on a worker below.
    auto db = store::openCrawlReader(path);
    Result<crawl::CrawlConfig> stored = Error{};
    if (db) {
        auto statement = (*db)->prepare("SELECT value FROM crawl_meta WHERE key = 'config'");
        if (!statement)
            db = statement.error();
        else if (statement->step().valueOr(false))
            stored = crawl::CrawlConfig::fromJsonBytes(statement->text(0).toUtf8(), crawl::CrawlConfig{});
    }
    if (!db) {
        m_prompter->showError(this, tr("Cannot open the crawl file"),
                              tr("%1 cannot be opened: %2").arg(QDir::toNativeSeparators(path), db.error().message));
        return false;
    }
    db = Error{}; // the views open their own connections
    showCrawlFile(path);
    m_pageLimit = stored ? stored->maxPages : 0;
    if (stored && !stored->seeds.isEmpty())
        m_urlBar->setText(stored->seeds.join(u' '));
    addRecentFile(path);
    updateActions();
    loadSavedStats(path);
    return true;
}

void MainWindow::loadSavedStats(const QString& path)
{
    QPointer<MainWindow> self(this);
    QThreadPool::globalInstance()->start([self, path] {
        crawl::CrawlStats stats;
        QString error;
        if (auto db = store::openCrawlReader(path)) {
            for (auto [target, sql] : {std::pair{&stats.pagesDone, "SELECT count(*) FROM pages"},
                                       std::pair{&stats.queued, "SELECT count(*) FROM urls WHERE state = 0"},
                                       std::pair{&stats.errors, "SELECT count(*) FROM pages WHERE status >= 400 OR error <> ''"},
                                       std::pair{&stats.knownUrls, "SELECT coalesce(max(id), 0) FROM urls"}}) {
                auto value = countOf(**db, sql);
                if (!value) {
                    error = value.error().message;
                    break;
                }
                *target = *value;
            }
        } else {
            error = db.error().message;
        }
        QMetaObject::invokeMethod(qApp, [self, path, stats, error] {
            if (self && self->m_crawlFile == path && !self->m_session->isBusy())
                self->showSavedStats(stats, error);
        }, Qt::QueuedConnection);
    });
}

void MainWindow::showSavedStats(const crawl::CrawlStats& stats, const QString& error)
{
    if (!error.isEmpty()) {
        statusBar()->showMessage(tr("Cannot read the crawl file: %1").arg(error));
        return;
    }
    m_lastStats = stats;
    m_progress->setStats(stats, m_pageLimit, false);
    updateActions();
    if (stats.queued <= 0)
        return;
    if (auto writable = store::Database::checkIsWritableCrawlFile(m_crawlFile); !writable) {
        statusBar()->showMessage(tr("This crawl was interrupted, but the file is read-only: %1").arg(writable.error().message));
        m_actions->resume->setEnabled(false);
    } else if (m_prompter->askYesNo(this, tr("Resume the crawl?"),
                                    tr("This crawl was interrupted with %Ln URL(s) still queued. Resume it now?", nullptr,
                                       int(std::min<qint64>(stats.queued, INT_MAX))),
                                    tr("Resume"))) {
        resumeCrawl();
    }
}

void MainWindow::chooseAndSaveAs()
{
    QString path = m_prompter->chooseFile(this, Prompter::FileMode::Save, tr("Save Crawl File As"), newCrawlFolder(),
                                          crawlFileFilter().split(QStringLiteral(";;")));
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".pavutyna");
    saveCrawlFileAs(path);
}

bool MainWindow::saveCrawlFileAs(const QString& path)
{
    if (m_crawlFile.isEmpty() || m_session->isBusy())
        return false;
    if (QFileInfo(path).absoluteFilePath() == QFileInfo(m_crawlFile).absoluteFilePath())
        return true;
    // VACUUM INTO writes a consistent, compacted copy; it goes to a temporary name first so a failure (a full
    // disk) never leaves half a crawl file under the chosen name, nor destroys the file that was there.
    const QString temporary = path + QStringLiteral(".part");
    QFile::remove(temporary);
    auto db = store::openCrawlReader(m_crawlFile);
    Result<void> copied = db ? Result<void>() : Result<void>(db.error());
    if (db) {
        auto statement = (*db)->prepare("VACUUM INTO ?1");
        copied = statement ? statement->bind(1, temporary).run() : Result<void>(statement.error());
    }
    db = Error{};
    // rename(2) replaces an existing file atomically: the old one stays until the copy is complete under its name.
    if (copied && ::rename(QFile::encodeName(temporary).constData(), QFile::encodeName(path).constData()) != 0)
        copied = Error{ErrorKind::Io, tr("Cannot rename %1: %2").arg(QDir::toNativeSeparators(temporary),
                                                                     QString::fromLocal8Bit(std::strerror(errno)))};
    if (!copied) {
        QFile::remove(temporary);
        m_prompter->showError(this, tr("Cannot save the crawl file"),
                              tr("Cannot save %1: %2").arg(QDir::toNativeSeparators(path), copied.error().message));
        return false;
    }
    const crawl::CrawlStats stats = m_lastStats;
    showCrawlFile(path);
    m_lastStats = stats;
    m_progress->setStats(stats, m_pageLimit, false);
    addRecentFile(path);
    updateActions();
    statusBar()->showMessage(tr("Saved as %1").arg(QDir::toNativeSeparators(path)), 5000);
    return true;
}

void MainWindow::chooseAndExport()
{
    ResultsView* view = currentResults();
    if (m_crawlFile.isEmpty() || !view)
        return;
    ExportDialog dialog(describeView(*view), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const ExportChoice choice = dialog.choice();
    const QString filter = choice.jsonl ? tr("JSON Lines (*.jsonl)") : tr("CSV (*.csv)");
    QString path = m_prompter->chooseFile(this, Prompter::FileMode::Save, tr("Export"), newCrawlFolder(), {filter});
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += choice.jsonl ? QStringLiteral(".jsonl") : QStringLiteral(".csv");
    exportTo(path, choice);
}

bool MainWindow::exportTo(const QString& path, const ExportChoice& choice)
{
    ResultsView* view = currentResults();
    if (m_crawlFile.isEmpty() || !view)
        return false;
    ExportRequest request;
    request.crawlFile = m_crawlFile;
    request.outputPath = path;
    request.options.format = choice.jsonl ? exporting::ExportOptions::Format::Jsonl : exporting::ExportOptions::Format::Csv;
    request.options.utf8Bom = choice.utf8Bom;
    request.options.neutraliseFormulas = choice.neutraliseFormulas;
    switch (choice.scope) {
    case ExportChoice::Scope::CurrentView:
        request.table = view->model()->kind() == FilterKind::Links ? ExportRequest::Table::Links : ExportRequest::Table::Pages;
        request.options.where = view->model()->currentWhere();
        break;
    case ExportChoice::Scope::AllPages:
        request.table = ExportRequest::Table::Pages;
        break;
    case ExportChoice::Scope::AllLinks:
        request.table = ExportRequest::Table::Links;
        break;
    }
    statusBar()->showMessage(tr("Exporting to %1…").arg(QDir::toNativeSeparators(path)));
    ExportJob* job = ExportJob::start(request, this);
    connect(job, &ExportJob::finished, this, [this, path](bool ok, qint64 rows, const QString& message) {
        if (ok) {
            statusBar()->showMessage(tr("Exported %Ln row(s) to %1", nullptr, int(std::min<qint64>(rows, INT_MAX)))
                                         .arg(QDir::toNativeSeparators(path)),
                                     10'000);
        } else {
            statusBar()->clearMessage();
            m_prompter->showError(this, tr("Export failed"), message);
        }
        emit exportFinished(ok, rows, message);
    });
    return true;
}

void MainWindow::chooseAndImportList()
{
    const QString path = m_prompter->chooseFile(this, Prompter::FileMode::Open, tr("Import URL List"), QDir::homePath(),
                                                {tr("Text files (*.txt *.csv *.lst)"), tr("All files (*)")});
    if (path.isEmpty())
        return;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        m_prompter->showError(this, tr("Cannot import the URL list"),
                              tr("Cannot read %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
        return;
    }
    constexpr qint64 MaxListBytes = 256LL * 1024 * 1024;
    if (file.size() > MaxListBytes) {
        m_prompter->showError(this, tr("Cannot import the URL list"), tr("%1 is larger than 256 MiB.").arg(QDir::toNativeSeparators(path)));
        return;
    }
    auto urls = crawl::parseUrlList(file.readAll());
    if (!urls) {
        m_prompter->showError(this, tr("Cannot import the URL list"), urls.error().message);
        return;
    }
    startUrlList(*urls);
}

void MainWindow::addRecentFile(const QString& path)
{
    if (path.isEmpty())
        return;
    QSettings settings;
    QStringList recent = settings.value(RecentKey).toStringList();
    const QString absolute = QFileInfo(path).absoluteFilePath();
    recent.removeAll(absolute);
    recent.prepend(absolute);
    while (recent.size() > MaxRecentFiles)
        recent.removeLast();
    settings.setValue(RecentKey, recent);
    rebuildRecentMenu();
}

void MainWindow::rebuildRecentMenu()
{
    QMenu* menu = m_actions->recentMenu;
    menu->clear();
    const QStringList recent = QSettings().value(RecentKey).toStringList();
    for (const QString& path : recent) {
        QAction* action = menu->addAction(QDir::toNativeSeparators(path));
        connect(action, &QAction::triggered, this, [this, path] { openCrawlFile(path); });
    }
    if (recent.isEmpty()) {
        menu->addAction(tr("No recent crawl files"))->setEnabled(false);
        return;
    }
    menu->addSeparator();
    connect(menu->addAction(tr("Clear the List")), &QAction::triggered, this, [this] {
        QSettings().remove(RecentKey);
        rebuildRecentMenu();
    });
}

QString MainWindow::describeView(const ResultsView& view) const
{
    // The Extraction tab is not in the catalogue and has no filter to name; its export is the pages table (with
    // the rule columns) limited to the tab's rows.
    const FilterTab* tab = &view.tab();
    const Filter* filter = FilterCatalogue::filter(view.model()->filterId());
    QString text = FilterCatalogue::label(*tab);
    if (filter && FilterCatalogue::tab(tab->id) && filter != &tab->filters.first())
        text = tr("%1 — %2").arg(text, FilterCatalogue::label(*filter));
    if (!view.model()->searchText().isEmpty())
        text = tr("%1, rows containing “%2”").arg(text, view.model()->searchText());
    return text;
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About Pavutyna"), aboutText());
}

QString MainWindow::aboutText() const
{
    return tr("<h3>Pavutyna %1</h3><p>An asynchronous website crawler and scraper.</p>"
                          "<p>Qt %2<br>%3<br>Gumbo %4<br>SQLite %5</p>"
                          "<p>Licensed under the GNU General Public License, version 3 or later.</p>")
                           .arg(QStringLiteral(PAV_VERSION_STRING), QString::fromLatin1(qVersion()), net::curlVersion(),
                                QStringLiteral(PAV_GUMBO_VERSION), QString::fromLatin1(sqlite3_libversion()));
}

} // namespace pav::ui
