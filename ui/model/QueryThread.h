// SPDX-FileCopyrightText: 2026 Pavutyna contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <functional>
#include <memory>
#include <mutex>

#include <QObject>
#include <QString>
#include <QThread>

#include "common/Result.h"

struct sqlite3;

namespace pav::store {
class Database;
}

namespace pav::ui {

// store::openCrawlReader (read-only; each committed batch of a running crawl is visible, the writer is never
// blocked) with the page cache the models' scans want.
Result<std::unique_ptr<store::Database>> openModelReader(const QString& path);

// A thread of its own with its own read-only connection, running posted jobs one at a time in order: the
// models' sorts and filters run here so the GUI thread never waits for SQLite. Owned by a model; the
// destructor interrupts the running query and joins the thread.
class QueryThread
{
public:
    // `db` is null when the file could not be opened; `openError` then says why.
    using Job = std::function<void(store::Database* db, const QString& openError)>;

    QueryThread();
    ~QueryThread();
    QueryThread(const QueryThread&) = delete;
    QueryThread& operator=(const QueryThread&) = delete;

    // Closes the current connection (if any) and opens `path`, after the jobs already posted.
    void open(const QString& path);
    void post(Job job);
    // Stops the statement running on the worker connection now (it fails with "interrupted"); a job then sees
    // that its generation is stale and drops its result.
    void interrupt();

private:
    QThread m_thread;
    QObject* m_context = nullptr; // lives in m_thread; jobs are queued calls on it
    std::unique_ptr<store::Database> m_db; // used on m_thread only (and by the destructor once it is joined)
    QString m_openError;
    std::mutex m_handleMutex; // interrupt() must not race the connection's close
    sqlite3* m_handle = nullptr;
};

} // namespace pav::ui
