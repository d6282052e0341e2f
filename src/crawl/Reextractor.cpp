// SPDX-FileCopyrightText: 2026 Pavutyna contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "crawl/Reextractor.h"

#include <optional>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QThread>
#include <QThreadPool>

#include "async/OnWorker.h"
#include "async/Semaphore.h"
#include "async/TaskGroup.h"
#include "crawl/StoredRules.h"
#include "extract/Extractor.h"
#include "html/HtmlDocument.h"
#include "store/CrawlStore.h"
#include "store/StoredHtml.h"

namespace pav::crawl {

namespace {
struct StoredBody
{
    qint64 urlId = 0;
    QByteArray compressed;
};

struct Extracted
{
    bool readable = true;
    extract::PageExtraction extraction;
};

constexpr int ReadBatch = 256;

Result<QList<StoredBody>> readBodies(store::Database& db, qint64 after)
{
    Result<store::Statement> select =
        db.prepare("SELECT url_id, body FROM bodies WHERE url_id > ?1 ORDER BY url_id LIMIT ?2");
    if (!select)
        return select.error();
    select->bind(1, after).bind(2, ReadBatch);
    QList<StoredBody> bodies;
    while (true) {
        Result<bool> row = select->step();
        if (!row)
            return row.error();
        if (!*row)
            break;
        bodies.append({select->int64(0), select->blob(1)});
    }
    return bodies;
}

Result<qint64> scalar(store::Database& db, const char* sql)
{
    Result<store::Statement> select = db.prepare(sql);
    if (!select)
        return select.error();
    Result<bool> row = select->step();
    if (!row)
        return row.error();
    return *row ? select->int64(0) : 0;
}

Extracted extractBody(const QByteArray& compressed, const extract::RuleSet& rules)
{
    Extracted result;
    const std::optional<QByteArray> stored = store::decompressHtml(compressed);
    if (!stored) {
        result.readable = false;
        return result;
    }
    const QByteArray& utf8 = *stored;
    const html::HtmlDocument document{QByteArray(utf8)};
    result.extraction = extract::extractPage(rules, document, utf8);
    return result;
}

// What the page tasks of one run share; it outlives them all (they are joined before it goes).
struct Run
{
    store::CrawlStore& store;
    extract::RuleSet rules;
    QThreadPool pool;
    ReextractStats stats;
    std::optional<Error> failure;
};

async::Task<> reextractOne(Run& run, StoredBody body, async::Semaphore::Permit permit)
{
    Q_UNUSED(permit); // one of the places in flight, given back when this frame ends
    // By value: the worker owns what it reads.
    auto work = [compressed = std::move(body.compressed), rules = run.rules] { return extractBody(compressed, rules); };
    Extracted result = co_await async::onWorker(std::move(work), {}, &run.pool);
    if (run.failure)
        co_return;
    if (!result.readable) {
        ++run.stats.unreadable;
        co_return;
    }
    store::PageExtras extras;
    extras.values = std::move(result.extraction.values);
    extras.jsonLd = std::move(result.extraction.jsonLd);
    if (auto saved = run.store.saveExtras(body.urlId, extras, false); !saved)
        run.failure = saved.error();
    ++run.stats.pages;
}

// The crawl's settings now name the new rules: --resume goes on with them.
Result<void> storeRulesInConfig(store::CrawlStore& store, const extract::RuleSet& rules)
{
    Result<QString> config = store.meta(QStringLiteral("config"));
    if (!config)
        return config.error();
    QJsonObject json = QJsonDocument::fromJson(config->toUtf8()).object();
    QJsonArray list;
    for (const extract::Rule& rule : rules.rules())
        list.append(rule.toJson());
    json.insert(QStringLiteral("extract"), list);
    return store.setMeta(QStringLiteral("config"), QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Compact)));
}
} // namespace

async::Task<Result<ReextractStats>> reextract(store::CrawlStore& store, extract::RuleSet rules,
                                              async::CancellationToken token,
                                              std::function<void(qint64 done, qint64 total)> progress)
{
    ReextractStats stats;
    store::Database& db = store.database();
    if (auto replaced = store.replaceRules(storedRulesOf(rules)); !replaced)
        co_return replaced.error();
    if (auto configured = storeRulesInConfig(store, rules); !configured)
        co_return configured.error();
    Result<qint64> total = scalar(db, "SELECT count(*) FROM bodies");
    if (!total)
        co_return total.error();
    Result<qint64> htmlPages = scalar(db, "SELECT count(*) FROM pages WHERE status BETWEEN 200 AND 299 AND "
                                          "(content_type = '' OR content_type IS NULL OR content_type LIKE 'text/html%' "
                                          "OR content_type LIKE 'application/xhtml+xml%')");
    if (!htmlPages)
        co_return htmlPages.error();
    stats.withoutBody = std::max<qint64>(0, *htmlPages - *total);

    Run run{store, rules};
    run.pool.setMaxThreadCount(std::max(1, QThread::idealThreadCount()));
    // Two pages in flight per thread: one parsing, one waiting, so no thread idles while the loop saves.
    async::Semaphore inFlight(run.pool.maxThreadCount() * 2);
    {
        async::TaskGroup group;
        qint64 after = 0;
        while (!run.failure && !token.isCancelled()) {
            Result<QList<StoredBody>> batch = readBodies(db, after);
            if (!batch) {
                run.failure = batch.error();
                break;
            }
            if (batch->isEmpty())
                break;
            after = batch->last().urlId;
            for (StoredBody& body : *batch) {
                // No token: a cancelled run stops reading, and the few pages in flight finish (milliseconds).
                async::Semaphore::Permit permit = co_await inFlight.acquire();
                group.spawn(reextractOne(run, std::move(body), std::move(permit)));
            }
            if (auto flushed = store.flush(); !flushed)
                run.failure = flushed.error();
            if (progress)
                progress(run.stats.pages, *total);
        }
        co_await group.join();
    }
    stats.pages = run.stats.pages;
    stats.unreadable = run.stats.unreadable;
    std::optional<Error> failure = run.failure;
    if (failure)
        co_return *failure;
    if (auto flushed = store.flush(); !flushed)
        co_return flushed.error();
    if (token.isCancelled())
        co_return Error{ErrorKind::Cancelled, QString()};
    co_return stats;
}

} // namespace pav::crawl
