// SPDX-FileCopyrightText: 2026 Pavutyna contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "async/Sleep.h"

#include <QTimer>

#include "async/Wakeup.h"

namespace pav::async {

namespace {

// The timer only schedules the resumption: resuming inside its own timeout signal would let the
// coroutine destroy the QTimer that is still emitting.
class SleepAwaiter
{
public:
    SleepAwaiter(std::chrono::milliseconds duration, CancellationToken token)
        : m_duration(duration)
        , m_token(std::move(token))
    {
        m_timer.setSingleShot(true);
        m_timer.setTimerType(Qt::PreciseTimer);
    }

    bool await_ready() const noexcept { return m_token.isCancelled(); }

    void await_suspend(std::coroutine_handle<> handle)
    {
        m_handle = handle;
        if (m_duration.count() <= 0) {
            m_wakeup.schedule(handle);
            return;
        }
        QObject::connect(&m_timer, &QTimer::timeout, [this] { m_wakeup.schedule(m_handle); });
        m_timer.start(m_duration);
        m_registration = m_token.onCancel([this] {
            m_timer.stop();
            m_wakeup.schedule(m_handle);
        });
    }

    void await_resume()
    {
        m_registration.reset();
        m_token.throwIfCancelled();
    }

private:
    std::chrono::milliseconds m_duration;
    CancellationToken m_token;
    QTimer m_timer;
    Wakeup m_wakeup;
    CancellationRegistration m_registration;
    std::coroutine_handle<> m_handle;
};

} // namespace

Task<> sleepFor(std::chrono::milliseconds duration, CancellationToken token)
{
    co_await SleepAwaiter(duration, std::move(token));
}

} // namespace pav::async
