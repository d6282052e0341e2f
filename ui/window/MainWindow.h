// SPDX-FileCopyrightText: 2026 Pavutyna contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <functional>
#include <memory>

#include <QMainWindow>
#include <QPointer>
#include <QSet>

#include "crawl/CrawlConfig.h"
#include "ui/window/CrawlSession.h"

class QLabel;
class QLineEdit;
class QSettings;
class QTabWidget;
class QTimer;

namespace pav::ui {

class DetailsPane;
class OverviewPanel;
class ProgressStrip;
class Prompter;
class ResultsView;
class RuleTesterDialog;
class SettingsDialog;
class WindowActions;
struct ExportChoice;

// The crawl workspace: URL bar and controls, the results tabs over the crawl file, the details pane and the
// overview. It owns the CrawlSession (the crawl runs on its own thread) and forwards committed rows to the
// views a few times per second; everything shown is read from the crawl file, never copied into widgets.
// Menus and actions live in WindowActions; file commands (open, save as, export, import) in MainWindowFiles.cpp;
// the Extraction tab and the rule tester in MainWindowExtraction.cpp.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    // `switchLanguage`: "" follows the system, "en", "uk"; the application's Translator does the work.
    using LanguageSwitch = std::function<void(const QString& language)>;

    explicit MainWindow(LanguageSwitch switchLanguage = {}, QWidget* parent = nullptr);
    ~MainWindow() override;

    // Replaces the message boxes and file dialogs (tests answer them); the window takes ownership.
    void setPrompter(std::unique_ptr<Prompter> prompter);

    // The commands behind the actions, public so tests drive them as the menus do.
    bool startCrawl(const QString& typedUrls);          // URL bar → a new crawl file; false on invalid input
    bool startUrlList(const QStringList& urls);         // list mode: exactly these URLs
    bool openCrawlFile(const QString& path);            // false (and a message) when it cannot be read
    bool saveCrawlFileAs(const QString& path);
    bool exportTo(const QString& path, const ExportChoice& choice); // starts the export; result in the status bar
    void pauseCrawl();
    void resumeCrawl();
    void stopCrawl();
    void setLanguage(const QString& language);

    CrawlSession& session() { return *m_session; }
    QString crawlFile() const { return m_crawlFile; }
    ResultsView* currentResults() const;
    ResultsView* resultsForTab(const QString& tabId) const;
    // The Extraction tab's view (always built; its tab is shown while the crawl file has rules).
    ResultsView* extractionResults() const { return m_extraction; }
    bool isExtractionTabShown() const;
    // "Test Extraction Rule…": a tester over this URL's stored HTML (MainWindowExtraction.cpp). Null without a
    // crawl file. The tester deletes itself when closed.
    RuleTesterDialog* openRuleTester(qint64 urlId, QWidget* parent = nullptr);
    QTabWidget* resultsTabs() const { return m_tabs; }
    DetailsPane* details() const { return m_details; }
    OverviewPanel* overview() const { return m_overview; }
    ProgressStrip* progress() const { return m_progress; }
    QLineEdit* urlBar() const { return m_urlBar; }
    WindowActions& actions() { return *m_actions; }
    crawl::CrawlConfig settingsConfig() const; // the settings a new crawl starts with
    QString aboutText() const;

signals:
    void exportFinished(bool ok, qint64 rows, const QString& message); // for tests and the status bar

protected:
    void closeEvent(QCloseEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    void buildLayout();
    void connectActions();
    void retranslateUi();
    void updateWindowTitle();
    void updateActions();
    bool launchNewCrawl(const crawl::CrawlConfig& config);
    void showCrawlFile(const QString& path);
    void loadSavedStats(const QString& path);
    void showSavedStats(const crawl::CrawlStats& stats, const QString& error);
    void onStarted(const QString& path);
    void onCommitted(const QList<qint64>& urlIds, const crawl::CrawlStats& stats);
    void onEnded(RunEnd end, const QString& message, const crawl::CrawlStats& stats);
    void refreshOverview();
    void openSettings();
    void connectRuleTester(SettingsDialog& dialog);
    void syncExtractionTab();
    void chooseAndOpen();
    void chooseAndSaveAs();
    void chooseAndExport();
    void chooseAndImportList();
    void addRecentFile(const QString& path);
    void rebuildRecentMenu();
    void showAbout();
    void recrawl(qint64 urlId);
    void selectFilter(const QString& filterId);
    QString newCrawlFolder() const;
    QString describeView(const ResultsView& view) const;

    LanguageSwitch m_switchLanguage;
    std::unique_ptr<Prompter> m_prompter;
    std::unique_ptr<WindowActions> m_actions;
    std::unique_ptr<CrawlSession> m_session;
    QString m_crawlFile;
    qint64 m_pageLimit = 0;
    crawl::CrawlStats m_lastStats;
    bool m_closeWhenEnded = false;
    bool m_overviewBusy = false;
    bool m_overviewAgain = false;
    bool m_rulesPending = false; // a new crawl with rules: its file stores them with the first batch

    QLineEdit* m_urlBar = nullptr;
    ProgressStrip* m_progress = nullptr;
    QTabWidget* m_tabs = nullptr;
    QList<ResultsView*> m_views;
    ResultsView* m_extraction = nullptr; // also in m_views, last
    QSet<ResultsView*> m_staleViews;   // behind other tabs while rows arrived: reread when shown
    QSet<ResultsView*> m_pendingViews; // behind other tabs when the file was opened: open it when shown
    DetailsPane* m_details = nullptr;
    OverviewPanel* m_overview = nullptr;
    QLabel* m_fileLabel = nullptr;
    QTimer* m_overviewTimer = nullptr;
};

} // namespace pav::ui
