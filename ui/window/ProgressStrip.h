// SPDX-FileCopyrightText: 2026 Pavutyna contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

#include "crawl/Crawler.h"

class QLabel;
class QProgressBar;

namespace pav::ui {

// The crawl's vital signs, always visible under the URL bar: pages crawled, queued, errors, pages/s, elapsed
// time and a progress bar that is determinate when a page limit is set (busy otherwise while running).
class ProgressStrip : public QWidget
{
    Q_OBJECT

public:
    explicit ProgressStrip(QWidget* parent = nullptr);

    // `pageLimit` 0: no limit. `running`: whether a crawl is fetching now.
    void setStats(const crawl::CrawlStats& stats, qint64 pageLimit, bool running);
    void clear();

    QString crawledText() const; // for tests

protected:
    void changeEvent(QEvent* event) override;

private:
    void render();

    crawl::CrawlStats m_stats;
    qint64 m_pageLimit = 0;
    bool m_running = false;
    QLabel* m_crawled = nullptr;
    QLabel* m_queued = nullptr;
    QLabel* m_errors = nullptr;
    QLabel* m_rate = nullptr;
    QLabel* m_elapsed = nullptr;
    QProgressBar* m_bar = nullptr;
};

// "1:02:03" / "2:03": a duration in the UI locale's digits.
QString formatDuration(std::chrono::milliseconds elapsed);

} // namespace pav::ui
