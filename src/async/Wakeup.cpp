// SPDX-FileCopyrightText: 2026 Pavutyna contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "async/Wakeup.h"

#include <memory>

#include <QCoreApplication>
#include <QEvent>
#include <QObject>

namespace pav::async {

// The per-thread queue behind Wakeup: an intrusive circular list with a sentinel, drained by one posted
// event per batch, so a burst of completions costs one trip through the event loop.
class ReadyQueue : public QObject
{
public:
    ReadyQueue()
    {
        m_head.m_prev = m_head.m_next = &m_head;
    }

    void push(Wakeup* node)
    {
        node->m_prev = m_head.m_prev;
        node->m_next = &m_head;
        m_head.m_prev->m_next = node;
        m_head.m_prev = node;
        if (!m_posted) {
            m_posted = true;
            QCoreApplication::postEvent(this, new QEvent(eventType()));
        }
    }

    int size() const
    {
        int n = 0;
        for (const Wakeup* w = m_head.m_next; w != &m_head; w = w->m_next)
            ++n;
        return n;
    }

    static ReadyQueue& forThisThread()
    {
        thread_local std::unique_ptr<ReadyQueue> queue = std::make_unique<ReadyQueue>();
        return *queue;
    }

protected:
    bool event(QEvent* event) override
    {
        if (event->type() != eventType())
            return QObject::event(event);
        m_posted = false;
        drain();
        return true;
    }

private:
    static QEvent::Type eventType()
    {
        static const auto type = static_cast<QEvent::Type>(QEvent::registerEventType());
        return type;
    }

    // Only what was queued before the drain started runs now; what those coroutines schedule waits for
    // the next pass, so socket and timer events are never starved by a busy chain of tasks.
    void drain()
    {
        if (m_head.m_next == &m_head)
            return;
        Wakeup batch;
        batch.m_next = m_head.m_next;
        batch.m_prev = m_head.m_prev;
        batch.m_next->m_prev = &batch;
        batch.m_prev->m_next = &batch;
        m_head.m_prev = m_head.m_next = &m_head;

        while (batch.m_next != &batch) {
            Wakeup* node = batch.m_next;
            auto handle = node->m_handle;
            node->unlink();
            handle.resume(); // may destroy other queued nodes: they unlink themselves from `batch`
        }
        batch.m_prev = batch.m_next = nullptr;
    }

    Wakeup m_head;
    bool m_posted = false;
};

void Wakeup::schedule(std::coroutine_handle<> handle)
{
    unlink();
    m_handle = handle;
    ReadyQueue::forThisThread().push(this);
}

int pendingWakeups()
{
    return ReadyQueue::forThisThread().size();
}

} // namespace pav::async
