// SPDX-FileCopyrightText: 2026 Pavutyna contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <memory>

#include <QList>
#include <QObject>
#include <QString>

#include "async/Cancellation.h"
#include "async/TaskGroup.h"
#include "async/Task.h"
#include "crawl/CrawlConfig.h"
#include "crawl/Crawler.h"

class QTimer;

namespace pav::net {
class HttpClient;
}
namespace pav::store {
class CrawlStore;
}

namespace pav::ui {

// What a crawl run ended with, as the window reports it.
enum class RunEnd
{
    Finished,    // nothing left to fetch, or a limit was reached
    Interrupted, // paused or stopped; the crawl file can be resumed
    Failed,      // could not run or had to stop: the message says why, the file keeps what was saved
};

// Runs one crawl on the crawl thread, which has an event loop of its own: the curl multi handle, the crawl
// file's writing connection and the crawler all live there, so the GUI thread never waits on the network or
// SQLite. Every quarter of a second it commits what the crawler wrote and reports the committed URL ids, so
// the window's readers (other connections) see exactly the rows it is told about.
// Created on the GUI thread and moved to the crawl thread; all slots run there (queued calls).
class CrawlWorker : public QObject
{
    Q_OBJECT

public:
    explicit CrawlWorker(QObject* parent = nullptr);
    ~CrawlWorker() override;

public slots:
    // `resume`: continue the crawl stored in `path` with its stored settings (`config` is then ignored);
    // otherwise start `config` in `path`, which must be new or empty. `requeue`: URL ids to fetch again first.
    void run(const QString& path, const pav::crawl::CrawlConfig& config, bool resume, const QList<qint64>& requeue);
    void interrupt();

signals:
    // The crawl file is open and holds the crawl's schema: readers may open it now.
    void started(const QString& path);
    void committed(const QList<qint64>& urlIds, const pav::crawl::CrawlStats& stats);
    void warning(const QString& message);
    void ended(pav::ui::RunEnd end, const QString& message, const pav::crawl::CrawlStats& stats);

private:
    async::Task<> crawl(QList<qint64> requeue);
    Result<void> prepare(const QString& path, const crawl::CrawlConfig& config, bool resume);
    void commit();
    void finish(RunEnd end, const QString& message);

    std::unique_ptr<store::CrawlStore> m_store;
    std::unique_ptr<net::HttpClient> m_http;
    std::unique_ptr<crawl::Crawler> m_crawler;
    async::CancellationSource m_stop;
    async::TaskGroup m_group;
    QTimer* m_commitTimer = nullptr;
    QList<qint64> m_saved; // written since the last commit
    QString m_commitError; // why a periodic commit failed: the run ends Failed with it, not merely Interrupted
    QString m_path;
};

} // namespace pav::ui
