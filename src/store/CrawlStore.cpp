// SPDX-FileCopyrightText: 2026 Pavutyna contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/CrawlStore.h"

#include <array>

namespace pav::store {

namespace {
constexpr std::array<Migration, 1> Schema{{
    {1, R"sql(
CREATE TABLE crawl_meta(key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE urls(
    id INTEGER PRIMARY KEY,
    url TEXT NOT NULL UNIQUE,
    depth INTEGER NOT NULL,
    found_via INTEGER NOT NULL,
    state INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX urls_queued ON urls(depth, id) WHERE state = 0;
CREATE TABLE pages(
    url_id INTEGER PRIMARY KEY REFERENCES urls(id),
    status INTEGER NOT NULL, content_type TEXT, size INTEGER, response_ms INTEGER,
    title TEXT, meta_description TEXT, h1 TEXT, canonical TEXT, meta_robots TEXT, x_robots_tag TEXT,
    word_count INTEGER, title_count INTEGER, meta_description_count INTEGER, h1_count INTEGER, h2_count INTEGER,
    language TEXT, redirect_url TEXT, error TEXT, http_version TEXT, encoding TEXT,
    fetched_at INTEGER NOT NULL DEFAULT (unixepoch())
);
CREATE TABLE links(
    source_id INTEGER NOT NULL REFERENCES urls(id),
    target_id INTEGER NOT NULL REFERENCES urls(id),
    anchor TEXT, rel TEXT, kind INTEGER NOT NULL
);
CREATE INDEX links_source ON links(source_id);
CREATE INDEX links_target ON links(target_id);
)sql"},
}};
} // namespace

CrawlStore::CrawlStore(std::unique_ptr<Database> db, int batchSize)
    : m_db(std::move(db))
    , m_batchSize(std::max(1, batchSize))
{
}

CrawlStore::~CrawlStore()
{
    (void)flush();
}

Result<std::unique_ptr<CrawlStore>> CrawlStore::open(const QString& path, int batchSize)
{
    auto db = Database::open(path, Schema);
    if (!db)
        return db.error();
    std::unique_ptr<CrawlStore> store(new CrawlStore(std::move(*db), batchSize));
    struct Prepared
    {
        Statement* target;
        const char* sql;
    };
    const Prepared statements[] = {
        {&store->m_insertUrl, "INSERT INTO urls(url, depth, found_via, state) VALUES(?1, ?2, ?3, ?4) "
                              "ON CONFLICT(url) DO NOTHING RETURNING id"},
        {&store->m_findUrl, "SELECT id FROM urls WHERE url = ?1"},
        {&store->m_queued, "SELECT id, url, depth, found_via FROM urls WHERE state = 0 ORDER BY depth, id LIMIT ?1"},
        {&store->m_insertPage,
         "INSERT OR REPLACE INTO pages(url_id, status, content_type, size, response_ms, title, meta_description, h1, "
         "canonical, meta_robots, x_robots_tag, word_count, title_count, meta_description_count, h1_count, h2_count, "
         "language, redirect_url, error, http_version, encoding) "
         "VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18, ?19, ?20, ?21)"},
        {&store->m_insertLink, "INSERT INTO links(source_id, target_id, anchor, rel, kind) VALUES(?1, ?2, ?3, ?4, ?5)"},
        {&store->m_setState, "UPDATE urls SET state = ?2 WHERE id = ?1"},
    };
    for (const Prepared& p : statements) {
        auto statement = store->m_db->prepare(p.sql);
        if (!statement)
            return statement.error();
        *p.target = std::move(*statement);
    }
    return store;
}

Result<void> CrawlStore::beginIfNeeded()
{
    if (m_inTransaction)
        return {};
    if (auto begun = m_db->exec("BEGIN IMMEDIATE"); !begun)
        return begun;
    m_inTransaction = true;
    return {};
}

Result<void> CrawlStore::countWrite()
{
    if (++m_pendingWrites >= m_batchSize)
        return flush();
    return {};
}

Result<void> CrawlStore::flush()
{
    if (!m_inTransaction)
        return {};
    m_inTransaction = false;
    m_pendingWrites = 0;
    if (auto committed = m_db->exec("COMMIT"); !committed) {
        (void)m_db->exec("ROLLBACK");
        return committed;
    }
    return {};
}

Result<qint64> CrawlStore::addUrl(const QString& url, int depth, FoundVia via, UrlState state)
{
    if (auto begun = beginIfNeeded(); !begun)
        return begun.error();
    m_insertUrl.bind(1, url).bind(2, depth).bind(3, int(via)).bind(4, int(state));
    auto row = m_insertUrl.step();
    if (!row)
        return row.error();
    if (*row) {
        const qint64 id = m_insertUrl.int64(0);
        m_insertUrl.reset();
        return id;
    }
    m_insertUrl.reset();
    auto existing = findUrl(url);
    if (!existing)
        return existing.error();
    return existing->value_or(0);
}

Result<std::optional<qint64>> CrawlStore::findUrl(const QString& url)
{
    m_findUrl.bind(1, url);
    auto row = m_findUrl.step();
    if (!row)
        return row.error();
    std::optional<qint64> id;
    if (*row)
        id = m_findUrl.int64(0);
    m_findUrl.reset();
    return id;
}

Result<QList<QueuedUrl>> CrawlStore::queued(int limit)
{
    QList<QueuedUrl> urls;
    m_queued.bind(1, limit);
    while (true) {
        auto row = m_queued.step();
        if (!row)
            return row.error();
        if (!*row)
            break;
        urls.append({m_queued.int64(0), m_queued.text(1), int(m_queued.int64(2)), FoundVia(m_queued.int64(3))});
    }
    m_queued.reset();
    return urls;
}

Result<qint64> CrawlStore::countQueued()
{
    return scalar("SELECT count(*) FROM urls WHERE state = 0");
}

Result<qint64> CrawlStore::countDone()
{
    return scalar("SELECT count(*) FROM pages");
}

Result<qint64> CrawlStore::scalar(const char* sql)
{
    auto statement = m_db->prepare(sql);
    if (!statement)
        return statement.error();
    auto row = statement->step();
    if (!row)
        return row.error();
    return *row ? statement->int64(0) : 0;
}

Result<void> CrawlStore::savePage(qint64 urlId, const PageRecord& p, const QList<LinkRecord>& links, UrlState state)
{
    if (auto begun = beginIfNeeded(); !begun)
        return begun;
    m_insertPage.bind(1, urlId).bind(2, p.status).bind(3, p.contentType).bind(4, p.size).bind(5, p.responseMs)
        .bind(6, p.title).bind(7, p.metaDescription).bind(8, p.h1).bind(9, p.canonical).bind(10, p.metaRobots)
        .bind(11, p.xRobotsTag).bind(12, p.wordCount).bind(13, p.titleCount).bind(14, p.metaDescriptionCount)
        .bind(15, p.h1Count).bind(16, p.h2Count).bind(17, p.language).bind(18, p.redirectUrl).bind(19, p.error)
        .bind(20, p.httpVersion).bind(21, p.encoding);
    if (auto done = m_insertPage.run(); !done)
        return done;
    for (const LinkRecord& link : links) {
        m_insertLink.bind(1, urlId).bind(2, link.targetId).bind(3, link.anchor).bind(4, link.rel).bind(5, link.kind);
        if (auto done = m_insertLink.run(); !done)
            return done;
    }
    m_setState.bind(1, urlId).bind(2, int(state));
    if (auto done = m_setState.run(); !done)
        return done;
    return countWrite();
}

Result<void> CrawlStore::setState(qint64 urlId, UrlState state)
{
    if (auto begun = beginIfNeeded(); !begun)
        return begun;
    m_setState.bind(1, urlId).bind(2, int(state));
    if (auto done = m_setState.run(); !done)
        return done;
    return countWrite();
}

Result<void> CrawlStore::setMeta(const QString& key, const QString& value)
{
    auto statement = m_db->prepare("INSERT OR REPLACE INTO crawl_meta(key, value) VALUES(?1, ?2)");
    if (!statement)
        return statement.error();
    return statement->bind(1, key).bind(2, value).run();
}

Result<QString> CrawlStore::meta(const QString& key)
{
    auto statement = m_db->prepare("SELECT value FROM crawl_meta WHERE key = ?1");
    if (!statement)
        return statement.error();
    auto row = statement->bind(1, key).step();
    if (!row)
        return row.error();
    return *row ? statement->text(0) : QString();
}

} // namespace pav::store
