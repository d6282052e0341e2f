// SPDX-FileCopyrightText: 2026 Pavutyna contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/ProgressPrinter.h"

#include <QCoreApplication>
#include <QIODevice>

#include "crawl/Crawler.h"

namespace pav::cli {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(pav::cli::ProgressPrinter)
};

// A free function, not ProgressPrinter::line(): the English plurals are extracted by an lupdate run without
// include paths, which cannot see ProgressPrinter's class and then files strings inside its members under the
// context "Tr", where the program never looks them up.
QString progressLine(const crawl::CrawlStats& stats)
{
    return Tr::tr("%n page(s) crawled", nullptr, int(std::min<qint64>(stats.pagesDone, INT_MAX)))
        + QStringLiteral(", ") + Tr::tr("%n queued", nullptr, int(std::min<qint64>(stats.queued, INT_MAX)))
        + QStringLiteral(", ") + Tr::tr("%1 pages/s").arg(stats.pagesPerSecond, 0, 'f', 0)
        + QStringLiteral(", ") + Tr::tr("%n error(s)", nullptr, int(std::min<qint64>(stats.errors, INT_MAX)));
}
} // namespace

ProgressPrinter::ProgressPrinter(const crawl::Crawler& crawler, QIODevice* err, bool enabled)
    : m_crawler(crawler)
    , m_err(err)
    , m_enabled(enabled)
{
    if (!m_enabled)
        return;
    m_timer.setInterval(500);
    QObject::connect(&m_timer, &QTimer::timeout, [this] { redraw(); });
    m_timer.start();
}

ProgressPrinter::~ProgressPrinter()
{
    finish();
}

QString ProgressPrinter::line() const
{
    return progressLine(m_crawler.stats());
}

void ProgressPrinter::redraw()
{
    const QString text = line();
    QString padded = QLatin1Char('\r') + text;
    if (text.size() < m_lastWidth)
        padded += QString(m_lastWidth - text.size(), QLatin1Char(' '));
    m_lastWidth = text.size();
    m_err->write(padded.toUtf8());
}

void ProgressPrinter::finish()
{
    if (!m_enabled)
        return;
    m_timer.stop();
    if (m_lastWidth > 0)
        m_err->write((QLatin1Char('\r') + QString(m_lastWidth, QLatin1Char(' ')) + QLatin1Char('\r')).toUtf8());
    m_enabled = false;
}

} // namespace pav::cli
