// SPDX-FileCopyrightText: 2026 Pavutyna contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/window/ProgressStrip.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>

namespace pav::ui {

namespace {
int clampedCount(qint64 n)
{
    return int(std::min<qint64>(n, INT_MAX));
}
} // namespace

QString formatDuration(std::chrono::milliseconds elapsed)
{
    const QLocale locale;
    const qint64 seconds = elapsed.count() / 1000;
    const auto two = [&](qint64 n) { return locale.toString(n).rightJustified(2, locale.zeroDigit().at(0)); };
    if (seconds >= 3600)
        return QStringLiteral("%1:%2:%3").arg(locale.toString(seconds / 3600), two(seconds / 60 % 60), two(seconds % 60));
    return QStringLiteral("%1:%2").arg(locale.toString(seconds / 60), two(seconds % 60));
}

ProgressStrip::ProgressStrip(QWidget* parent)
    : QWidget(parent)
{
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    for (QLabel** label : {&m_crawled, &m_queued, &m_errors, &m_rate, &m_elapsed}) {
        *label = new QLabel(this);
        (*label)->setTextInteractionFlags(Qt::TextSelectableByMouse);
        layout->addWidget(*label);
    }
    m_crawled->setObjectName(QStringLiteral("crawledLabel"));
    m_bar = new QProgressBar(this);
    m_bar->setTextVisible(true);
    layout->addWidget(m_bar, 1);
    render();
}

void ProgressStrip::setStats(const crawl::CrawlStats& stats, qint64 pageLimit, bool running)
{
    m_stats = stats;
    m_pageLimit = pageLimit;
    m_running = running;
    render();
}

void ProgressStrip::clear()
{
    setStats({}, 0, false);
}

QString ProgressStrip::crawledText() const
{
    return m_crawled->text();
}

void ProgressStrip::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange || event->type() == QEvent::LocaleChange)
        render();
    QWidget::changeEvent(event);
}

void ProgressStrip::render()
{
    const QLocale locale;
    // %Ln: the count in the UI locale's digits and grouping ("12 345" in Ukrainian).
    m_crawled->setText(tr("%Ln page(s) crawled", nullptr, clampedCount(m_stats.pagesDone)));
    m_queued->setText(tr("%Ln queued", nullptr, clampedCount(m_stats.queued)));
    m_errors->setText(tr("%Ln error(s)", nullptr, clampedCount(m_stats.errors)));
    m_rate->setText(tr("%1 pages/s").arg(locale.toString(m_stats.pagesPerSecond, 'f', 1)));
    m_elapsed->setText(tr("Elapsed %1").arg(formatDuration(m_stats.elapsed)));
    if (m_pageLimit > 0) {
        m_bar->setRange(0, 1000);
        m_bar->setValue(int(std::min<qint64>(1000, m_stats.pagesDone * 1000 / m_pageLimit)));
        m_bar->setFormat(QStringLiteral("%1 / %2").arg(locale.toString(m_stats.pagesDone), locale.toString(m_pageLimit)));
    } else if (m_running) {
        m_bar->setRange(0, 0); // busy: the size of a site is unknown until it is crawled
    } else {
        const qint64 total = m_stats.pagesDone + m_stats.queued;
        m_bar->setRange(0, 1000);
        m_bar->setValue(total > 0 ? int(m_stats.pagesDone * 1000 / total) : 0);
        m_bar->setFormat(total > 0 ? locale.toString(double(m_stats.pagesDone) * 100.0 / double(total), 'f', 0) + u'%'
                                   : QString());
    }
}

} // namespace pav::ui
