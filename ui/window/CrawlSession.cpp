// SPDX-FileCopyrightText: 2026 Pavutyna contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/window/CrawlSession.h"

#include <QEventLoop>

#ifdef Q_OS_LINUX
#include <sys/resource.h>
#include <sys/syscall.h>
#include <unistd.h>
#endif

namespace pav::ui {

CrawlSession::CrawlSession(QObject* parent)
    : QObject(parent)
{
    m_thread.setObjectName(QStringLiteral("crawl"));
    // The crawl yields the CPU to the window: the crawl thread runs at a higher nice value, which the threads it
    // starts (the parse pool, curl's resolver) inherit. On two cores the GUI thread otherwise waits its turn
    // behind them and the window stutters. QThread::LowPriority does nothing under Linux's default scheduler.
    connect(
        &m_thread, &QThread::started, this,
        [] {
#ifdef Q_OS_LINUX
            (void)setpriority(PRIO_PROCESS, pid_t(syscall(SYS_gettid)), 5);
#endif
        },
        Qt::DirectConnection);
    m_worker = new CrawlWorker;
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    connect(m_worker, &CrawlWorker::started, this, &CrawlSession::started);
    connect(m_worker, &CrawlWorker::committed, this, &CrawlSession::committed);
    connect(m_worker, &CrawlWorker::warning, this, &CrawlSession::warning);
    connect(m_worker, &CrawlWorker::ended, this, &CrawlSession::onEnded);
    m_thread.start();
}

CrawlSession::~CrawlSession()
{
    interruptAndWait();
    m_thread.quit();
    m_thread.wait();
}

void CrawlSession::start(const QString& path, const crawl::CrawlConfig& config)
{
    launch(path, config, false, {});
}

void CrawlSession::resume(const QString& path)
{
    launch(path, {}, true, {});
}

void CrawlSession::recrawl(const QString& path, const QList<qint64>& urlIds)
{
    launch(path, {}, true, urlIds);
}

void CrawlSession::launch(const QString& path, const crawl::CrawlConfig& config, bool resume,
                          const QList<qint64>& requeue)
{
    if (isBusy())
        return;
    m_path = path;
    setState(State::Running);
    QMetaObject::invokeMethod(m_worker, [worker = m_worker, path, config, resume, requeue] {
        worker->run(path, config, resume, requeue);
    });
}

void CrawlSession::pause()
{
    if (m_state != State::Running)
        return;
    setState(State::Pausing);
    QMetaObject::invokeMethod(m_worker, &CrawlWorker::interrupt);
}

void CrawlSession::stop()
{
    if (m_state == State::Paused) {
        setState(State::Idle); // already interrupted and saved: stopping only changes what is offered next
        return;
    }
    if (m_state != State::Running && m_state != State::Pausing)
        return;
    setState(State::Stopping);
    QMetaObject::invokeMethod(m_worker, &CrawlWorker::interrupt);
}

void CrawlSession::interruptAndWait()
{
    if (!isBusy())
        return;
    if (m_state == State::Running)
        pause();
    // The worker's last signal is ended(); waiting for it in a local loop keeps the GUI painting meanwhile.
    QEventLoop loop;
    connect(this, &CrawlSession::stateChanged, &loop, [this, &loop] {
        if (!isBusy())
            loop.quit();
    });
    if (isBusy())
        loop.exec();
}

void CrawlSession::onEnded(RunEnd end, const QString& message, const crawl::CrawlStats& stats)
{
    const State before = m_state;
    if (end == RunEnd::Interrupted && before == State::Pausing)
        setState(State::Paused);
    else
        setState(State::Idle);
    emit ended(end, message, stats);
}

void CrawlSession::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    emit stateChanged(state);
}

} // namespace pav::ui
