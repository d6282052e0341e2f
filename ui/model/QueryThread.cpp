// SPDX-FileCopyrightText: 2026 Pavutyna contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/model/QueryThread.h"

#include <sqlite3.h>

#include <QMetaObject>

#include "store/CrawlReader.h"
#include "store/Database.h"

namespace pav::ui {

Result<std::unique_ptr<store::Database>> openModelReader(const QString& path)
{
    auto db = store::openCrawlReader(path);
    if (!db)
        return db.error();
    // 16 MiB of page cache per connection (SQLite's default is 2 MiB): the url and pages b-tree interiors of a
    // million-page crawl stay cached, and two connections stay far below the 400 MB budget. No mmap: mapped
    // pages of a 1 GB file would count as resident memory.
    if (auto done = (*db)->exec("PRAGMA cache_size=-16384"); !done)
        return done.error();
    return db;
}

QueryThread::QueryThread()
{
    m_thread.setObjectName(QStringLiteral("pav-model-queries"));
    m_context = new QObject;
    m_context->moveToThread(&m_thread);
    QObject::connect(&m_thread, &QThread::finished, m_context, &QObject::deleteLater);
    m_thread.start();
}

QueryThread::~QueryThread()
{
    interrupt();
    m_thread.quit();
    m_thread.wait();
    // Jobs still queued are dropped with the context object; the connection closes here, on the owner's thread,
    // now that nothing else uses it.
    m_db.reset();
}

void QueryThread::open(const QString& path)
{
    QMetaObject::invokeMethod(m_context, [this, path] {
        {
            const std::lock_guard lock(m_handleMutex);
            m_handle = nullptr;
            m_db.reset();
        }
        m_openError.clear();
        auto db = openModelReader(path);
        if (!db) {
            m_openError = db.error().message;
            return;
        }
        const std::lock_guard lock(m_handleMutex);
        m_db = std::move(*db);
        m_handle = m_db->handle();
    }, Qt::QueuedConnection);
}

void QueryThread::post(Job job)
{
    QMetaObject::invokeMethod(m_context, [this, job = std::move(job)] { job(m_db.get(), m_openError); },
                              Qt::QueuedConnection);
}

void QueryThread::interrupt()
{
    // sqlite3_interrupt may be called from any thread while the connection is open; the lock keeps the worker
    // from closing it meanwhile.
    const std::lock_guard lock(m_handleMutex);
    if (m_handle)
        sqlite3_interrupt(m_handle);
}

} // namespace pav::ui
