// SPDX-FileCopyrightText: 2026 Pavutyna contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QObject>
#include <QString>
#include <QThread>

#include "crawl/CrawlConfig.h"
#include "crawl/Crawler.h"
#include "ui/window/CrawlWorker.h"

namespace pav::ui {

// The GUI's handle on a crawl: runs a CrawlWorker on a thread of its own and turns start/pause/resume/stop
// into runs of it. Pausing and stopping both interrupt the run, which leaves a consistent, resumable crawl
// file; they differ in what the window offers next. Lives on the GUI thread; signals arrive there.
class CrawlSession : public QObject
{
    Q_OBJECT

public:
    enum class State
    {
        Idle,     // nothing running (before a crawl, after it finished or failed)
        Running,
        Pausing,  // interrupt requested; the run is winding down
        Paused,   // interrupted; resume() continues it
        Stopping,
    };
    Q_ENUM(State)

    explicit CrawlSession(QObject* parent = nullptr);
    ~CrawlSession() override; // interrupts a running crawl and waits for its file to be saved

    State state() const { return m_state; }
    bool isBusy() const { return m_state == State::Running || m_state == State::Pausing || m_state == State::Stopping; }
    QString crawlFile() const { return m_path; }

    // A new crawl of `config` into `path` (a new file).
    void start(const QString& path, const crawl::CrawlConfig& config);
    // Continues the crawl stored in `path` (paused, stopped, or killed), with its stored settings.
    void resume(const QString& path);
    void resume() { resume(m_path); }
    void pause();
    void stop();
    // Fetches these URLs of `path` again (their old links are dropped), then continues whatever else is queued.
    void recrawl(const QString& path, const QList<qint64>& urlIds);
    // Blocks until the running crawl (if any) has ended and closed its file; for closing the window.
    void interruptAndWait();

signals:
    void stateChanged(pav::ui::CrawlSession::State state);
    void started(const QString& path); // the file exists and can be read; committed() follows

    void committed(const QList<qint64>& urlIds, const pav::crawl::CrawlStats& stats);
    void warning(const QString& message);
    // After every run: Finished, Interrupted (paused or stopped) or Failed with a message.
    void ended(pav::ui::RunEnd end, const QString& message, const pav::crawl::CrawlStats& stats);

private:
    void launch(const QString& path, const crawl::CrawlConfig& config, bool resume, const QList<qint64>& requeue);
    void onEnded(RunEnd end, const QString& message, const crawl::CrawlStats& stats);
    void setState(State state);

    QThread m_thread;
    CrawlWorker* m_worker = nullptr; // lives on m_thread, deleted when it finishes
    State m_state = State::Idle;
    QString m_path;
};

} // namespace pav::ui
