// SPDX-FileCopyrightText: 2026 Pavutyna contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/InterruptWatcher.h"

#include <unistd.h>

#include <QSocketNotifier>

namespace pav::cli {

namespace {
int s_pipe[2] = {-1, -1};
}

InterruptWatcher::InterruptWatcher(async::CancellationSource source)
    : m_source(std::move(source))
{
    if (::pipe(s_pipe) != 0)
        return;
    m_notifier = std::make_unique<QSocketNotifier>(s_pipe[0], QSocketNotifier::Read);
    QObject::connect(m_notifier.get(), &QSocketNotifier::activated, [this] {
        char byte;
        [[maybe_unused]] auto n = ::read(s_pipe[0], &byte, 1);
        m_interrupted = true;
        m_source.requestCancellation();
    });
    struct sigaction action = {};
    action.sa_handler = [](int) {
        const char byte = 1;
        [[maybe_unused]] auto n = ::write(s_pipe[1], &byte, 1);
    };
    sigemptyset(&action.sa_mask);
    sigaction(SIGINT, &action, &m_oldInt);
    sigaction(SIGTERM, &action, &m_oldTerm);
}

InterruptWatcher::~InterruptWatcher()
{
    if (!m_notifier)
        return;
    sigaction(SIGINT, &m_oldInt, nullptr);
    sigaction(SIGTERM, &m_oldTerm, nullptr);
    m_notifier.reset();
    ::close(s_pipe[0]);
    ::close(s_pipe[1]);
    s_pipe[0] = s_pipe[1] = -1;
}

} // namespace pav::cli
