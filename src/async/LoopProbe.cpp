// SPDX-FileCopyrightText: 2026 Pavutyna contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "async/LoopProbe.h"

#include <algorithm>
#include <cmath>

namespace pav::async {

LoopProbe::LoopProbe(std::chrono::milliseconds interval)
{
    m_timer.setTimerType(Qt::PreciseTimer);
    m_timer.setInterval(interval);
    QObject::connect(&m_timer, &QTimer::timeout, [this] {
        const qint64 now = m_clock.nsecsElapsed();
        const qint64 gap = now - m_lastNs;
        m_lastNs = now;
        m_longestNs = std::max(m_longestNs, gap);
        m_gapsNs.push_back(gap);
    });
}

void LoopProbe::start()
{
    m_gapsNs.clear();
    m_longestNs = 0;
    m_clock.start();
    m_lastNs = 0;
    m_timer.start();
}

void LoopProbe::stop()
{
    m_timer.stop();
}

double LoopProbe::percentileGapMs(double p) const
{
    if (m_gapsNs.empty())
        return 0;
    std::vector<qint64> sorted = m_gapsNs;
    std::sort(sorted.begin(), sorted.end());
    const auto index = std::clamp<std::size_t>(std::size_t(std::ceil(p / 100.0 * double(sorted.size()))), 1, sorted.size()) - 1;
    return sorted[index] / 1e6;
}

} // namespace pav::async
