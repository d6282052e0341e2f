// SPDX-FileCopyrightText: 2026 Pavutyna contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/window/CrawlWorker.h"

#include <QTimer>

#include "net/HttpClient.h"
#include "store/CrawlStore.h"

namespace pav::ui {

namespace {
constexpr auto CommitInterval = std::chrono::milliseconds(250);
} // namespace

CrawlWorker::CrawlWorker(QObject* parent)
    : QObject(parent)
{
}

CrawlWorker::~CrawlWorker() = default;

void CrawlWorker::run(const QString& path, const crawl::CrawlConfig& config, bool resume, const QList<qint64>& requeue)
{
    if (m_crawler)
        return; // one run at a time; the session never asks for two
    m_stop = async::CancellationSource();
    m_commitError.clear();
    if (auto ready = prepare(path, config, resume); !ready) {
        m_crawler.reset();
        m_http.reset();
        m_store.reset();
        emit ended(RunEnd::Failed, ready.error().message, {});
        return;
    }
    if (!m_commitTimer) {
        m_commitTimer = new QTimer(this);
        m_commitTimer->setInterval(CommitInterval);
        connect(m_commitTimer, &QTimer::timeout, this, &CrawlWorker::commit);
    }
    m_commitTimer->start();
    emit started(path);
    m_group.spawn(crawl(requeue));
}

Result<void> CrawlWorker::prepare(const QString& path, const crawl::CrawlConfig& config, bool resume)
{
    m_path = path;
    auto store = store::CrawlStore::open(path);
    if (!store)
        return store.error();
    m_store = std::move(*store);
    crawl::CrawlConfig effective = config;
    auto stored = m_store->meta(QStringLiteral("config"));
    if (!stored)
        return stored.error();
    if (resume) {
        if (stored->isEmpty())
            return Error{ErrorKind::InvalidArgument, tr("This crawl file holds no crawl to resume.")};
        auto saved = crawl::CrawlConfig::fromJsonBytes(stored->toUtf8(), crawl::CrawlConfig{});
        if (!saved)
            return Error{saved.error().kind, tr("The crawl file's settings cannot be read: %1").arg(saved.error().message)};
        effective = *saved;
    } else if (!stored->isEmpty()) {
        return Error{ErrorKind::InvalidArgument, tr("This file already holds a crawl; open it to resume it.")};
    }
    net::HttpClientOptions httpOptions;
    httpOptions.userAgent = effective.effectiveUserAgent();
    m_http = std::make_unique<net::HttpClient>(httpOptions);
    m_crawler = std::make_unique<crawl::Crawler>(effective, *m_store, *m_http);
    connect(m_crawler.get(), &crawl::Crawler::pageSaved, this,
            [this](qint64 urlId, const QString&, int) { m_saved.append(urlId); });
    connect(m_crawler.get(), &crawl::Crawler::warning, this, &CrawlWorker::warning);
    return {};
}

async::Task<> CrawlWorker::crawl(QList<qint64> requeue)
{
    for (qint64 urlId : std::as_const(requeue)) {
        if (auto queued = m_store->requeueForRecrawl(urlId); !queued) {
            finish(RunEnd::Failed, queued.error().message);
            co_return;
        }
    }
    if (auto committed = m_store->flush(); !committed) {
        finish(RunEnd::Failed, committed.error().message);
        co_return;
    }
    Result<crawl::CrawlOutcome> outcome = Error{ErrorKind::Internal, QString()};
    try {
        outcome = co_await m_crawler->run(m_stop.token());
    } catch (const std::exception& bug) {
        outcome = Error{ErrorKind::Internal, QString::fromLocal8Bit(bug.what())};
    }
    if (!outcome) {
        finish(RunEnd::Failed, outcome.error().message);
        co_return;
    }
    // The window's inlink counts and target lookups need links_target, which a crawl does not build as it goes.
    // After a failed periodic commit finish() reports that instead.
    if (auto indexed = m_store->indexLinkTargets(); !indexed && m_commitError.isEmpty()) {
        finish(RunEnd::Failed, indexed.error().message);
        co_return;
    }
    finish(*outcome == crawl::CrawlOutcome::Finished ? RunEnd::Finished : RunEnd::Interrupted, QString());
}

void CrawlWorker::interrupt()
{
    m_stop.requestCancellation();
}

void CrawlWorker::commit()
{
    if (!m_store || !m_crawler)
        return;
    if (auto flushed = m_store->flush(); !flushed) {
        // The crawler stops at its next write too; cancelling makes it prompt. Which of the two meets a full
        // disk first is timing, so both end the run the same way (see finish()).
        m_commitError = flushed.error().message;
        m_stop.requestCancellation();
        return;
    }
    if (m_saved.isEmpty()) {
        emit committed({}, m_crawler->stats());
        return;
    }
    emit committed(std::exchange(m_saved, {}), m_crawler->stats());
}

void CrawlWorker::finish(RunEnd end, const QString& message)
{
    m_commitTimer->stop();
    QString problem = message;
    if (problem.isEmpty() && !m_commitError.isEmpty()) {
        problem = std::exchange(m_commitError, {});
        end = RunEnd::Failed;
    }
    if (auto flushed = m_store->flush(); !flushed && problem.isEmpty()) {
        problem = flushed.error().message;
        end = RunEnd::Failed;
    }
    const crawl::CrawlStats stats = m_crawler->stats();
    const QList<qint64> saved = std::exchange(m_saved, {});
    if (!saved.isEmpty())
        emit committed(saved, stats);
    // Destroyed later, not here: this runs inside the crawl coroutine, whose frame still refers to them.
    QTimer::singleShot(0, this, [this, end, problem, stats] {
        m_crawler.reset();
        m_http.reset();
        m_store.reset(); // closes the writing connection: the file is complete on disk
        emit ended(end, problem, stats);
    });
}

} // namespace pav::ui
