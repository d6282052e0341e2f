// SPDX-FileCopyrightText: 2026 Pavutyna contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/CrawlStore.h"

#include "store/CrawlReader.h"
#include "store/CrawlSchema.h"
#include "store/UrlHash.h"

namespace pav::store {

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
    auto db = Database::open(path, crawlFileSchema());
    if (!db)
        return db.error();
    std::unique_ptr<CrawlStore> store(new CrawlStore(std::move(*db), batchSize));
    struct Prepared
    {
        Statement* target;
        const char* sql;
    };
    const Prepared statements[] = {
        {&store->m_insertUrl, "INSERT INTO urls(url, url_hash, depth, found_via, state, hops) VALUES(?1, ?6, ?2, ?3, ?4, ?5) "
                              "ON CONFLICT(url_hash) DO NOTHING RETURNING id"},
        {&store->m_findUrl, "SELECT id FROM urls WHERE url_hash = ?2 AND url = ?1"},
        {&store->m_queued, "SELECT id, url, depth, found_via, hops FROM urls WHERE state = 0 ORDER BY depth, id LIMIT ?1"},
        {&store->m_queuedAfter, "SELECT id, url, depth, found_via, hops FROM urls WHERE state = 0 AND (depth, id) > (?1, ?2) "
                                "ORDER BY depth, id LIMIT ?3"},
        {&store->m_setFoundVia, "UPDATE urls SET found_via = ?2 WHERE id = ?1"},
        {&store->m_markInSitemap, "UPDATE urls SET in_sitemap = 1 WHERE id = ?1"},
        {&store->m_redirectTarget, "SELECT redirect_url FROM pages WHERE url_id = ?1 AND redirect_url <> ''"},
        {&store->m_insertPage,
         "INSERT OR REPLACE INTO pages(url_id, status, content_type, size, response_ms, title, meta_description, h1, "
         "canonical, meta_robots, x_robots_tag, word_count, title_count, meta_description_count, h1_count, h2_count, "
         "language, redirect_url, error, http_version, encoding, dns_ms, connect_ms, ttfb_ms, bytes_received, ip, headers, "
         "hreflang, canonical_count, attempts, links_first, links_count) "
         "VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18, ?19, ?20, ?21, ?22, "
         "?23, ?24, ?25, ?26, ?27, ?28, ?29, ?30, ?31, ?32)"},
        {&store->m_setState, "UPDATE urls SET state = ?2 WHERE id = ?1"},
        {&store->m_countQueryVariant, "INSERT INTO query_variants(path_hash, queued) VALUES(?1, 1) "
                                      "ON CONFLICT(path_hash) DO UPDATE SET queued = queued + 1"},
        {&store->m_insertValue, "INSERT OR REPLACE INTO extracted(url_id, rule_id, idx, value) VALUES(?1, ?2, ?3, ?4)"},
        {&store->m_insertJsonLd, "INSERT OR REPLACE INTO jsonld(url_id, idx, source) VALUES(?1, ?2, ?3)"},
        {&store->m_insertBody, "INSERT OR REPLACE INTO bodies(url_id, body) VALUES(?1, ?2)"},
        {&store->m_deleteValues, "DELETE FROM extracted WHERE url_id = ?1"},
        {&store->m_deleteJsonLd, "DELETE FROM jsonld WHERE url_id = ?1"},
    };
    for (std::size_t power = 0; power < store->m_insertLinks.size(); ++power) {
        QByteArray insertLinks = "INSERT INTO links(source_id, target_id, anchor, rel, kind) VALUES";
        for (int parameter = 1; parameter <= (1 << power) * 5; ++parameter) {
            const bool rowStart = parameter % 5 == 1;
            insertLinks += rowStart ? (parameter == 1 ? "(?" : "),(?") : ",?";
            insertLinks += QByteArray::number(parameter);
        }
        insertLinks += ')';
        if (auto statement = store->m_db->prepare(insertLinks.constData()); statement)
            store->m_insertLinks[power] = std::move(*statement);
        else
            return statement.error();
    }
    for (const Prepared& p : statements) {
        auto statement = store->m_db->prepare(p.sql);
        if (!statement)
            return statement.error();
        *p.target = std::move(*statement);
    }
    return store;
}

Result<bool> CrawlStore::prepareForViewing(const QString& path)
{
    auto version = Database::fileVersion(path);
    if (!version || *version == 0 || *version > CrawlFileVersion)
        return false;
    const bool current = *version == CrawlFileVersion;
    if (current) {
        auto reader = openCrawlReader(path);
        if (!reader || hasLinkTargetIndex(**reader))
            return false;
    }
    auto store = open(path);
    if (!store)
        return current ? Result<bool>(false) : Result<bool>(store.error());
    if (auto indexed = (*store)->indexLinkTargets(); !indexed)
        return current ? Result<bool>(false) : Result<bool>(indexed.error());
    return true;
}

Result<void> CrawlStore::beginIfNeeded()
{
    if (m_inTransaction)
        return {};
    if (auto begun = m_db->exec("BEGIN IMMEDIATE"); !begun)
        return begun;
    m_inTransaction = true;
    m_batchAge.start();
    return {};
}

Result<void> CrawlStore::countWrite()
{
    if (++m_pendingWrites >= m_batchSize || m_batchAge.hasExpired(MaxBatchAgeMs))
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

Result<qint64> CrawlStore::addUrl(const QString& url, int depth, FoundVia via, UrlState state, int hops)
{
    if (auto begun = beginIfNeeded(); !begun)
        return begun.error();
    m_insertUrl.bind(1, url).bind(2, depth).bind(3, int(via)).bind(4, int(state)).bind(5, hops)
        .bind(6, qint64(urlHash(url.toUtf8())));
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
    m_findUrl.bind(1, url).bind(2, qint64(urlHash(url.toUtf8())));
    auto row = m_findUrl.step();
    if (!row)
        return row.error();
    std::optional<qint64> id;
    if (*row)
        id = m_findUrl.int64(0);
    m_findUrl.reset();
    return id;
}

namespace {
Result<QList<QueuedUrl>> readQueued(Statement& statement)
{
    QList<QueuedUrl> urls;
    while (true) {
        auto row = statement.step();
        if (!row) {
            statement.reset();
            return row.error();
        }
        if (!*row)
            break;
        urls.append({statement.int64(0), statement.text(1), int(statement.int64(2)), FoundVia(statement.int64(3)),
                     int(statement.int64(4))});
    }
    statement.reset();
    return urls;
}
} // namespace

Result<QList<QueuedUrl>> CrawlStore::queued(int limit)
{
    m_queued.bind(1, limit);
    return readQueued(m_queued);
}

Result<QList<QueuedUrl>> CrawlStore::queuedAfter(int depth, qint64 id, int limit)
{
    m_queuedAfter.bind(1, depth).bind(2, id).bind(3, limit);
    return readQueued(m_queuedAfter);
}

Result<qint64> CrawlStore::countErrors()
{
    return scalar("SELECT count(*) FROM pages JOIN urls ON urls.id = pages.url_id "
                  "WHERE urls.state = 1 AND (pages.status >= 400 OR pages.error <> '')");
}

Result<void> CrawlStore::indexLinkTargets()
{
    if (auto flushed = flush(); !flushed)
        return flushed;
    return m_db->exec("CREATE INDEX IF NOT EXISTS links_target ON links(target_id)");
}

Result<qint64> CrawlStore::countUrls()
{
    // Ids are never reused or skipped by the crawler, so the largest is the count, without scanning.
    return scalar("SELECT coalesce(max(id), 0) FROM urls");
}

Result<qint64> CrawlStore::countFetched()
{
    return scalar("SELECT count(*) FROM urls WHERE state = 1");
}

Result<void> CrawlStore::requeue(qint64 urlId, int depth)
{
    if (auto begun = beginIfNeeded(); !begun)
        return begun;
    auto statement = m_db->prepare("UPDATE urls SET state = 0, depth = ?2 WHERE id = ?1");
    if (!statement)
        return statement.error();
    return statement->bind(1, urlId).bind(2, depth).run();
}

Result<void> CrawlStore::requeueForRecrawl(qint64 urlId)
{
    if (auto begun = beginIfNeeded(); !begun)
        return begun;
    for (const char* sql : {"DELETE FROM links WHERE id BETWEEN (SELECT links_first FROM pages WHERE url_id = ?1) "
                            "AND (SELECT links_first + links_count - 1 FROM pages WHERE url_id = ?1)",
                            "UPDATE pages SET links_first = 0, links_count = 0 WHERE url_id = ?1",
                            "DELETE FROM extracted WHERE url_id = ?1", "DELETE FROM jsonld WHERE url_id = ?1",
                            "DELETE FROM bodies WHERE url_id = ?1", "UPDATE urls SET state = 0 WHERE id = ?1"}) {
        auto statement = m_db->prepare(sql);
        if (!statement)
            return statement.error();
        if (auto done = statement->bind(1, urlId).run(); !done)
            return done;
    }
    return countWrite();
}

Result<void> CrawlStore::forEachUrl(const std::function<void(qint64, std::uint64_t, FoundVia, UrlState)>& visit)
{
    // Two narrow scans instead of one over the table: the unique index holds (url_hash, id) in a fifth of the
    // table's pages, and the partial index lists the few rows whose state or origin the caller cares about.
    // A million URLs reopen in a fraction of a second.
    auto hashes = m_db->prepare("SELECT id, url_hash FROM urls INDEXED BY sqlite_autoindex_urls_1");
    if (!hashes)
        return hashes.error();
    while (true) {
        auto row = hashes->step();
        if (!row)
            return row.error();
        if (!*row)
            break;
        visit(hashes->int64(0), std::uint64_t(hashes->int64(1)), FoundVia::Link, UrlState::Queued);
    }
    auto special = m_db->prepare("SELECT id, found_via, state FROM urls WHERE state = 3 OR found_via = 3");
    if (!special)
        return special.error();
    while (true) {
        auto row = special->step();
        if (!row)
            return row.error();
        if (!*row)
            return {};
        visit(special->int64(0), 0, FoundVia(special->int64(1)), UrlState(special->int64(2)));
    }
}

Result<void> CrawlStore::countQueryVariant(std::uint64_t pathHash)
{
    if (auto begun = beginIfNeeded(); !begun)
        return begun;
    return m_countQueryVariant.bind(1, qint64(pathHash)).run();
}

Result<void> CrawlStore::forEachQueryVariant(const std::function<void(std::uint64_t, qint64)>& visit)
{
    auto rows = m_db->prepare("SELECT path_hash, queued FROM query_variants");
    if (!rows)
        return rows.error();
    while (true) {
        auto row = rows->step();
        if (!row)
            return row.error();
        if (!*row)
            return {};
        visit(std::uint64_t(rows->int64(0)), rows->int64(1));
    }
}

Result<void> CrawlStore::setFoundVia(qint64 urlId, FoundVia via)
{
    if (auto begun = beginIfNeeded(); !begun)
        return begun;
    m_setFoundVia.bind(1, urlId).bind(2, int(via));
    return m_setFoundVia.run();
}

Result<void> CrawlStore::markInSitemap(qint64 urlId)
{
    if (auto begun = beginIfNeeded(); !begun)
        return begun;
    m_markInSitemap.bind(1, urlId);
    return m_markInSitemap.run();
}

Result<std::optional<QString>> CrawlStore::redirectTargetOf(qint64 urlId)
{
    m_redirectTarget.bind(1, urlId);
    auto row = m_redirectTarget.step();
    if (!row) {
        m_redirectTarget.reset();
        return row.error();
    }
    std::optional<QString> target;
    if (*row)
        target = m_redirectTarget.text(0);
    m_redirectTarget.reset();
    return target;
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

Result<void> CrawlStore::savePage(qint64 urlId, const PageRecord& page, const QList<LinkRecord>& links,
                                  UrlState state)
{
    // The records borrow their texts: the converted ones live in `texts` until the page is saved.
    QList<QByteArray> texts;
    texts.reserve(links.size() * 2);
    QList<Utf8LinkRecord> utf8;
    utf8.reserve(links.size());
    for (const LinkRecord& link : links) {
        texts.append(link.anchor.toUtf8());
        texts.append(link.rel.toUtf8());
        utf8.append({link.targetId, texts[texts.size() - 2], texts.back(), link.kind});
    }
    return savePageUtf8(urlId, page, utf8, state);
}

Result<void> CrawlStore::savePageUtf8(qint64 urlId, const PageRecord& p, const QList<Utf8LinkRecord>& links,
                                      UrlState state, const PageExtras* extras)
{
    if (auto begun = beginIfNeeded(); !begun)
        return begun;
    // The links go first, so the page row can name their ids: one connection inserting them one after another
    // gives them consecutive ids (max + 1 each), which makes them the range links_first .. + links_count - 1.
    // Many rows per statement, in runs of 64, 32, … 1 (50 links are 32 + 16 + 2): a step per row was most of
    // the cost of storing the link graph (about 50 rows a page). Runs of 16 and then single rows saved the bench
    // crawl's pages in 28.7 µs a page, these in 27.4. Borrowed binds: `p` and `links` outlive each run() below,
    // which clears the bindings.
    const auto bindLink = [urlId](Statement& statement, int row, const Utf8LinkRecord& link) {
        const int first = row * 5;
        statement.bind(first + 1, urlId).bind(first + 2, link.targetId).bindBorrowedUtf8(first + 3, link.anchor)
            .bindBorrowedUtf8(first + 4, link.rel).bind(first + 5, link.kind);
    };
    qsizetype at = 0;
    for (int power = int(m_insertLinks.size()) - 1; power >= 0; --power) {
        const int rows = 1 << power;
        for (; links.size() - at >= rows; at += rows) {
            Statement& insert = m_insertLinks[std::size_t(power)];
            for (int row = 0; row < rows; ++row)
                bindLink(insert, row, links[at + row]);
            if (auto done = insert.run(); !done)
                return done;
        }
    }
    const qint64 linksFirst = links.isEmpty() ? 0 : m_db->lastInsertId() - links.size() + 1;
    m_insertPage.bind(1, urlId).bind(2, p.status).bindBorrowed(3, p.contentType).bind(4, p.size).bind(5, p.responseMs)
        .bindBorrowed(6, p.title).bindBorrowed(7, p.metaDescription).bindBorrowed(8, p.h1).bindBorrowed(9, p.canonical)
        .bindBorrowed(10, p.metaRobots).bindBorrowed(11, p.xRobotsTag).bind(12, p.wordCount).bind(13, p.titleCount)
        .bind(14, p.metaDescriptionCount).bind(15, p.h1Count).bind(16, p.h2Count).bindBorrowed(17, p.language)
        .bindBorrowed(18, p.redirectUrl).bindBorrowed(19, p.error).bindBorrowed(20, p.httpVersion)
        .bindBorrowed(21, p.encoding).bind(22, p.dnsMs).bind(23, p.connectMs).bind(24, p.ttfbMs)
        .bind(25, p.bytesReceived).bindBorrowed(26, p.ip).bindBorrowed(27, p.headers).bindBorrowed(28, p.hreflang)
        .bind(29, p.canonicalCount).bind(30, p.attempts).bind(31, linksFirst).bind(32, qint64(links.size()));
    if (auto done = m_insertPage.run(); !done)
        return done;
    // In the page's transaction: a page that survives a kill has its values too.
    if (extras) {
        if (auto done = saveExtras(urlId, *extras, !extras->compressedBody.isEmpty()); !done)
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
