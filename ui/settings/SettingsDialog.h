// SPDX-FileCopyrightText: 2026 Pavutyna contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <functional>

#include <QDialog>
#include <QList>

#include "common/Result.h"
#include "crawl/CrawlConfig.h"

class QDialogButtonBox;
class QLabel;
class QListWidget;
class QPushButton;
class QStackedWidget;

namespace pav::ui {

class SettingsPage;

// Edits every crawl option of a CrawlConfig but the seeds (those come from the URL bar and pass through
// unchanged). Checks as the user types, with CrawlConfig::validate() as the last word so its messages are the
// CLI's; OK and Export are disabled while anything is invalid. Export/Import read and write the JSON file that
// `pavutyna --headless --config FILE` reads. GUI thread; an ordinary QDialog (exec() or open()).
class SettingsDialog : public QDialog
{
    Q_OBJECT

public:
    enum class FileAction {
        Export,
        Import,
    };
    // Asks for a file name (empty: cancelled). The default shows a QFileDialog; tests put their own.
    using FileChooser = std::function<QString(FileAction)>;
    // Shows an import/export failure. The default shows a QMessageBox; tests put their own.
    using ErrorReporter = std::function<void(const QString& title, const QString& message)>;

    explicit SettingsDialog(const crawl::CrawlConfig& initial, QWidget* parent = nullptr);
    ~SettingsDialog() override;

    crawl::CrawlConfig config() const;
    void setConfig(const crawl::CrawlConfig& config);
    // Back to CrawlConfig's defaults, keeping the seeds.
    void restoreDefaults();

    bool isValid() const { return m_valid; }
    // What is wrong, one problem a line, as shown under the pages; empty when valid.
    QString validationText() const { return m_validationText; }
    // The last import or export failure, as reported.
    QString errorText() const { return m_errorText; }

    // Writes SettingsStore::configFileBytes(config()) atomically. Refused while the settings are invalid.
    Result<void> exportTo(const QString& path) const;
    // Reads a --config file; missing keys take CrawlConfig's defaults, missing seeds keep the current ones.
    // On any error the dialog is left as it was.
    Result<void> importFrom(const QString& path);

    void setFileChooser(FileChooser chooser);
    void setErrorReporter(ErrorReporter reporter);

    // A page for a new group of options (extraction rules); the dialog takes ownership.
    void addPage(SettingsPage* page);

    void accept() override;

signals:
    void validityChanged(bool valid);
    void errorReported(const QString& message);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    void revalidate();
    void fitPageList();
    void chooseAndExport();
    void chooseAndImport();
    void reportError(const QString& title, const QString& message);
    QString chooseFile(FileAction action);

    crawl::CrawlConfig m_base; // fields no page shows (seeds) ride along from here
    QList<SettingsPage*> m_pages;
    QListWidget* m_pageList = nullptr;
    QStackedWidget* m_stack = nullptr;
    QWidget* m_messageRow = nullptr;
    QLabel* m_messageIcon = nullptr;
    QLabel* m_message = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
    QPushButton* m_exportButton = nullptr;
    QPushButton* m_importButton = nullptr;
    FileChooser m_chooser;
    ErrorReporter m_reporter;
    bool m_loading = false;
    bool m_valid = true;
    QString m_validationText;
    QString m_errorText;
};

} // namespace pav::ui
