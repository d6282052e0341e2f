// SPDX-FileCopyrightText: 2026 Pavutyna contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <array>
#include <atomic>
#include <memory>
#include <optional>

#include <QThreadPool>
#include <QWidget>

#include "ui/details/UrlDetails.h"

class QAction;
class QLabel;
class QTabWidget;
class QTableView;

namespace pav::ui {

class DetailsTableModel;

// The details of the selected URL in tabs: fields, response headers, timings, inlinks, outlinks and the
// redirect chain. Reads run on its own small thread pool, each task with its own read-only connection (the
// crawl may be writing the file at the same time); results come back to the GUI thread by queued call, and a
// result for a URL that is no longer selected is dropped, its query interrupted. The destructor cancels and
// waits for running reads, which stop within a millisecond or so. GUI thread only.
class DetailsPane : public QWidget
{
    Q_OBJECT

public:
    enum class Tab
    {
        Fields,
        Headers,
        Timings,
        Inlinks,
        Outlinks,
        Redirects,
    };
    static constexpr int TabCount = 6;
    // Links shown per table; more are summarised under it ("showing the first 5,000").
    static constexpr int LinkLimit = 5000;

    explicit DetailsPane(QWidget* parent = nullptr);
    ~DetailsPane() override;

    void setCrawlFile(const QString& path); // clears the pane
    QString crawlFile() const { return m_path; }
    void showUrl(qint64 urlId);
    void clear();
    qint64 currentUrlId() const { return m_urlId; }
    // True from showUrl() until both parts (details, then inlinks) have arrived or failed.
    bool isLoading() const { return m_pendingParts > 0; }
    // The message of the last failed load (empty when it succeeded): also shown in the pane.
    QString errorString() const { return m_error; }

    QTabWidget* tabs() const { return m_tabs; }
    QTableView* view(Tab tab) const;
    DetailsTableModel* model(Tab tab) const;
    QLabel* redirectSummaryLabel() const { return m_redirectSummary; }

signals:
    // A double-clicked inlink, outlink or redirect hop: the caller selects it or opens it.
    void urlActivated(const QString& url);
    // Both parts for `urlId` are shown (or failed: errorString() says why).
    void loaded(qint64 urlId);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    void cancelLoads();
    void onDetails(quint64 generation, Result<UrlDetails> details);
    void onInlinks(quint64 generation, Result<Inlinks> inlinks);
    void partDone();
    void showError(const QString& message);
    void refill(); // every table from m_details / m_inlinks, in the current language
    void updateTabTitles();
    void fitColumns();

    QString m_path;
    qint64 m_urlId = 0;
    quint64 m_generation = 0; // bumped by every showUrl()/clear(): results carry the one they were asked with
    int m_pendingParts = 0;
    QString m_error;
    std::shared_ptr<std::atomic_bool> m_cancel;
    std::optional<UrlDetails> m_details;
    std::optional<Inlinks> m_inlinks;

    QLabel* m_status = nullptr;
    QTabWidget* m_tabs = nullptr;
    std::array<DetailsTableModel*, TabCount> m_models{};
    std::array<QTableView*, TabCount> m_views{};
    std::array<QAction*, TabCount> m_copyActions{};
    QLabel* m_redirectSummary = nullptr;
    QLabel* m_inlinksNote = nullptr;
    QLabel* m_outlinksNote = nullptr;
    QThreadPool m_pool; // the destructor waits for it before any other member goes
};

} // namespace pav::ui
