// SPDX-FileCopyrightText: 2026 Pavutyna contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <atomic>
#include <memory>
#include <utility>

#include <QByteArray>
#include <QDialog>
#include <QList>
#include <QThreadPool>

#include "extract/Rule.h"

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QTimer;

namespace pav::extract {
struct RuleTrial;
}

namespace pav::ui {

struct StoredPage;

// Tries one extraction rule on one page's stored HTML (the crawl file's `bodies`, read on a worker with a
// read-only connection; nothing is ever fetched). The source is shown read-only; 150 ms after the last edit of
// the rule, extract::tryRule runs on the dialog's own worker thread and every match is highlighted, the first
// scrolled to, and the values and the cell are listed. An invalid rule shows its message (with the column) and
// highlights nothing; a result older than the latest edit is dropped. The destructor waits for the worker.
// GUI thread.
class RuleTesterDialog : public QDialog
{
    Q_OBJECT

public:
    static constexpr int DebounceMs = 150;
    static constexpr int MaxHighlights = 10'000; // more matches are counted, not all painted

    RuleTesterDialog(const QString& crawlFile, qint64 urlId, QWidget* parent = nullptr);
    ~RuleTesterDialog() override;

    void setRule(const extract::Rule& rule);
    extract::Rule rule() const;

    bool isLoading() const { return m_loading; }
    bool hasPage() const { return !m_html.isNull(); }
    bool isTrying() const { return m_trying; }
    QString pageUrl() const { return m_url; }
    // Why there is nothing to try the rule on (no stored HTML, no such page, an unreadable file); else empty.
    QString notice() const { return m_notice; }
    // What the last trial said: its error, or how many matches it found.
    QString message() const;
    QList<std::pair<qsizetype, qsizetype>> highlightedRanges() const { return m_ranges; }
    QStringList values() const;
    QString cell() const;

    QPlainTextEdit* sourceView() const { return m_source; }
    QLineEdit* expressionEdit() const { return m_expression; }

signals:
    void pageLoaded(bool hasHtml);
    void trialShown(); // a trial's result is on screen
    // "Use as Rule": the rule as it stands now.
    void ruleAccepted(const pav::extract::Rule& rule);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    void loadPage(const QString& crawlFile, qint64 urlId);
    void showPage(const StoredPage& page);
    void updateNotice();
    void scheduleTrial();
    void startTrial();
    void showTrial(quint64 generation, const extract::RuleTrial& trial);
    void updateFields();

    QString m_name;
    QByteArray m_html; // null until a stored page is loaded
    QString m_url;
    QString m_notice;
    QString m_readError;
    bool m_pageExists = false;
    bool m_loading = true;
    bool m_trying = false;
    quint64 m_generation = 0;
    std::shared_ptr<std::atomic<quint64>> m_latest = std::make_shared<std::atomic<quint64>>(0);
    QList<std::pair<qsizetype, qsizetype>> m_ranges;
    QString m_error;
    qsizetype m_matchCount = 0;

    QLabel* m_urlLabel = nullptr;
    QLabel* m_kindLabel = nullptr;
    QComboBox* m_kind = nullptr;
    QLineEdit* m_expression = nullptr;
    QLabel* m_takeLabel = nullptr;
    QComboBox* m_take = nullptr;
    QLineEdit* m_attribute = nullptr;
    QLabel* m_matchesLabel = nullptr;
    QComboBox* m_matches = nullptr;
    QLabel* m_filterLabel = nullptr;
    QLineEdit* m_filter = nullptr;
    QCheckBox* m_searchText = nullptr;
    QCheckBox* m_ignoreCase = nullptr;
    QLabel* m_notes = nullptr;
    QPlainTextEdit* m_source = nullptr;
    QLabel* m_valuesLabel = nullptr;
    QListWidget* m_values = nullptr;
    QLabel* m_cellLabel = nullptr;
    QLineEdit* m_cell = nullptr;
    QLabel* m_message = nullptr;
    QPushButton* m_use = nullptr;
    QPushButton* m_close = nullptr;
    QTimer* m_debounce = nullptr;
    QThreadPool m_pool; // last: destroyed (and waited for) first
};

} // namespace pav::ui
