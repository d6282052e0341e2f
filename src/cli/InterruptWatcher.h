// SPDX-FileCopyrightText: 2026 Pavutyna contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <csignal>
#include <memory>

#include "async/Cancellation.h"

class QSocketNotifier;

namespace pav::cli {

// SIGINT/SIGTERM reach the loop through a self-pipe: the handler only writes a byte, and a QSocketNotifier
// turns that into requestCancellation() on the loop's thread. One at a time; restores the old handlers.
class InterruptWatcher
{
public:
    explicit InterruptWatcher(async::CancellationSource source);
    InterruptWatcher(const InterruptWatcher&) = delete;
    InterruptWatcher& operator=(const InterruptWatcher&) = delete;
    ~InterruptWatcher();

    bool wasInterrupted() const { return m_interrupted; }

private:
    async::CancellationSource m_source;
    std::unique_ptr<QSocketNotifier> m_notifier;
    struct sigaction m_oldInt = {};
    struct sigaction m_oldTerm = {};
    bool m_interrupted = false;
};

} // namespace pav::cli
