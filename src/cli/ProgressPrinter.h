// SPDX-FileCopyrightText: 2026 Pavutyna contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QTimer>

class QIODevice;

namespace pav::crawl {
class Crawler;
}

namespace pav::cli {

// The one-line progress display on a terminal's stderr: pages done, queued, pages/s, errors, redrawn in
// place twice a second. Silent when stderr is not a terminal (logs and pipes get no carriage returns).
class ProgressPrinter
{
public:
    ProgressPrinter(const crawl::Crawler& crawler, QIODevice* err, bool enabled);
    ~ProgressPrinter();
    void finish(); // clears the line

    QString line() const; // the text shown, for tests

private:
    void redraw();

    const crawl::Crawler& m_crawler;
    QIODevice* m_err;
    QTimer m_timer;
    qsizetype m_lastWidth = 0;
    bool m_enabled;
};

} // namespace pav::cli
