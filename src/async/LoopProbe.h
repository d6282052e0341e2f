// SPDX-FileCopyrightText: 2026 Pavutyna contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <chrono>
#include <vector>

#include <QElapsedTimer>
#include <QTimer>

namespace pav::async {

// Measures how responsive an event loop stays: ticks a precise timer every `interval` and records the gap
// between ticks. A gap far above the interval is a stall (QCoro's EventLoopChecker). Runs on the thread
// that creates it, from start() until stop() or destruction.
class LoopProbe
{
public:
    explicit LoopProbe(std::chrono::milliseconds interval = std::chrono::milliseconds(5));

    void start();
    void stop();

    // Longest time the loop went without serving the probe (interval included), in milliseconds.
    double longestGapMs() const noexcept { return m_longestNs / 1e6; }
    // The p-th percentile (0–100) of the gaps, in milliseconds.
    double percentileGapMs(double p) const;
    int ticks() const noexcept { return int(m_gapsNs.size()); }
    // Every gap in order, in nanoseconds (the first one includes whatever ran before the loop did).
    const std::vector<qint64>& gapsNs() const noexcept { return m_gapsNs; }

private:
    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_lastNs = 0;
    qint64 m_longestNs = 0;
    std::vector<qint64> m_gapsNs;
};

} // namespace pav::async
