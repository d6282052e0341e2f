// SPDX-FileCopyrightText: 2026 Pavutyna contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <array>
#include <cstdint>
#include <functional>
#include <memory>
#include <optional>

#include <QByteArray>
#include <QByteArrayView>
#include <QElapsedTimer>
#include <QList>
#include <QString>

#include "common/Result.h"
#include "store/Database.h"

namespace pav::store {

// How a URL entered the crawl.
enum class FoundVia
{
    Seed = 0,
    Link = 1,
    Redirect = 2,
    Sitemap = 3,
};

// Where a URL stands. Only Queued URLs are fetched; everything else is final.
enum class UrlState
{
    Queued = 0,
    Done = 1,
    BlockedByRobots = 2,
    NotCrawled = 3, // recorded (a link target), but out of scope or past a limit
};

struct QueuedUrl
{
    qint64 id = 0;
    QString url;
    int depth = 0;
    FoundVia foundVia = FoundVia::Link;
    int hops = 0; // redirects followed to reach this URL
};

// What is kept of one fetched URL: the row behind the pages CSV.
struct PageRecord
{
    int status = 0;
    QString contentType;
    qint64 size = 0;
    qint64 responseMs = 0;
    QString title;
    QString metaDescription;
    QString h1;
    QString canonical;
    QString metaRobots;
    QString xRobotsTag;
    int wordCount = 0;
    int titleCount = 0;
    int metaDescriptionCount = 0;
    int h1Count = 0;
    int h2Count = 0;
    QString language;
    QString redirectUrl;
    QString error;
    QString httpVersion;
    QString encoding;
    // Added in schema 2.
    qint64 dnsMs = 0;
    qint64 connectMs = 0;
    qint64 ttfbMs = 0;
    qint64 bytesReceived = 0; // on the wire, before decompression
    QString ip;
    QString headers;  // every response header, "Name: value" lines in order
    QString hreflang; // JSON array of {"lang","href"}
    int canonicalCount = 0;
    int attempts = 1;
};

struct LinkRecord
{
    qint64 targetId = 0;
    QString anchor;
    QString rel;
    int kind = 0;
};

// A LinkRecord whose texts are UTF-8 already: how the crawler hands over the ~50 links of each page, so that
// they reach the file (which stores UTF-8) with no conversion on either side. The texts are borrowed (from the
// page's crawl::PageLinks): they must outlive the savePageUtf8() call.
struct Utf8LinkRecord
{
    qint64 targetId = 0;
    QByteArrayView anchor;
    QByteArrayView rel;
    int kind = 0;
};

// What extraction rules took from a page, stored with it (schema 2). Values are per rule, in the order of the
// crawl's rules (replaceRules()); the body is the page's UTF-8 HTML as compressHtml() stores it (StoredHtml.h), or empty.
struct PageExtras
{
    QList<QList<QString>> values;
    QList<QByteArray> jsonLd;
    QByteArray compressedBody;
};

// A crawl's extraction rule as the file keeps it: its column name and its JSON definition.
struct StoredRule
{
    QString name;
    QByteArray definition;
    bool operator==(const StoredRule&) const = default;
};

// The crawl file's schema and the operations a crawl needs, on top of Database. Writes are grouped into a
// transaction that commits after `batchSize` pages or once it is MaxBatchAgeMs old, whichever comes first (and
// on flush()), so a killed process loses at most the last batch, and never more than a second of a slow crawl:
// those URLs are simply still Queued when the crawl is resumed, and are fetched again.
class CrawlStore
{
public:
    // A write is a page saved or a URL's state changed (URLs found are not counted). Each commit rewrites every
    // page of the url_hash index that the batch's new URLs touched, so commits of 64 pages sent a fifth more
    // pages through the WAL than commits of 256 for the same crawl.
    static constexpr int DefaultBatchSize = 256;
    static constexpr int MaxBatchAgeMs = 1000;
    static Result<std::unique_ptr<CrawlStore>> open(const QString& path, int batchSize = DefaultBatchSize);
    // Readies a crawl file for the window's read-only views: one from an older Pavutyna is brought to the current
    // format, and links_target is built if the crawl that wrote it never did (a headless crawl, or one killed),
    // so that inlinks are cheap to show. True when it changed the file. An older file that cannot be upgraded is
    // an error; a current one that cannot be indexed (read-only, say) is left alone, since the views cope
    // without the index. False, touching nothing, when the file is not a crawl file at all (a reader then says
    // what is wrong with it).
    static Result<bool> prepareForViewing(const QString& path);
    ~CrawlStore();

    // Adds the URL when it is new (returning its id) and returns the existing id otherwise.
    Result<qint64> addUrl(const QString& url, int depth, FoundVia via, UrlState state = UrlState::Queued,
                          int hops = 0);
    Result<std::optional<qint64>> findUrl(const QString& url);
    // Queued URLs, shallowest first and then in discovery order (breadth-first). URLs being fetched are still
    // Queued here until their result is saved; the frontier keeps track of what it has handed out.
    Result<QList<QueuedUrl>> queued(int limit);
    // Queued URLs after the position (depth, id) in breadth-first order: a frontier's cursor.
    Result<QList<QueuedUrl>> queuedAfter(int depth, qint64 id, int limit);
    Result<qint64> countQueued();
    Result<qint64> countDone();
    Result<qint64> countErrors(); // fetched URLs with no response or a 4xx/5xx status
    // Every URL of the crawl by its urlHash(), for rebuilding an in-memory index on resume: first each URL
    // once with its hash (via and state not read: Link, Queued), then again with hash 0 each URL that is
    // NotCrawled or found via a sitemap, with its real via and state.
    Result<void> forEachUrl(
        const std::function<void(qint64 id, std::uint64_t urlHash, FoundVia via, UrlState state)>& visit);
    // links(target_id) is indexed after a crawl rather than row by row: random inserts into it were the most
    // expensive write of a crawl. The window's inlink counts and queries by target need it, so the GUI builds it
    // when its crawl stops or when it opens a file without it; an export does not (it counts inlinks in one
    // pass), so a headless crawl skips the build. Cheap when the index exists.
    Result<void> indexLinkTargets();
    Result<qint64> countFetched(); // URLs in state Done
    Result<qint64> countUrls();    // every URL row
    // Puts a recorded URL (NotCrawled) back in the queue at `depth`: a later link made it reachable.
    Result<void> requeue(qint64 urlId, int depth);
    // A fetched URL to be fetched again: its links, extracted values, JSON-LD blocks and stored HTML go (the new
    // fetch stores what it finds; a page that is no longer HTML must not keep the old page's values) and it is
    // queued once more at its depth. One batch with the rest: a page row never names links that are gone,
    // whose ids the next page's links may take.
    Result<void> requeueForRecrawl(qint64 urlId);
    Result<void> setFoundVia(qint64 urlId, FoundVia via);
    // The crawler-trap guard's counter for one scheme://host/path hash, kept in the current batch so that it
    // commits (or is lost) together with the URLs it counted; read back when a crawl is resumed.
    Result<void> countQueryVariant(std::uint64_t pathHash);
    Result<void> forEachQueryVariant(const std::function<void(std::uint64_t pathHash, qint64 queued)>& visit);
    Result<void> markInSitemap(qint64 urlId);
    // The Location a stored page redirected to, if that page was a redirect.
    Result<std::optional<QString>> redirectTargetOf(qint64 urlId);

    // Stores a fetched URL's row and its outgoing links, and marks it `state` (Done, or BlockedByRobots
    // for the status-0 row that records a robots.txt refusal).
    Result<void> savePage(qint64 urlId, const PageRecord& page, const QList<LinkRecord>& links,
                          UrlState state = UrlState::Done);
    // The same for links whose texts are UTF-8 already (the crawler's hot path; a name of its own so that
    // `savePage(id, page, {})` stays unambiguous).
    Result<void> savePageUtf8(qint64 urlId, const PageRecord& page, const QList<Utf8LinkRecord>& links,
                              UrlState state = UrlState::Done, const PageExtras* extras = nullptr);

    // Extraction (CrawlStoreExtraction.cpp). Replacing the rules drops every value the old rules took, in the
    // current transaction; the ids of the new rules are their positions, from 1.
    Result<void> replaceRules(const QList<StoredRule>& rules);
    Result<QList<StoredRule>> rules();
    // Replaces what is stored for one page (its values, JSON-LD and body), as part of the current batch; a
    // null `body` keeps the stored body. For re-extraction, which has no page row to write.
    Result<void> saveExtras(qint64 urlId, const PageExtras& extras, bool replaceBody);
    Result<qint64> storedBodyBytes(); // compressed bytes of every stored body
    Result<void> setState(qint64 urlId, UrlState state);

    Result<void> setMeta(const QString& key, const QString& value);
    Result<QString> meta(const QString& key);

    Result<void> flush(); // commit what is pending
    Database& database() { return *m_db; }

private:
    explicit CrawlStore(std::unique_ptr<Database> db, int batchSize);
    Result<void> beginIfNeeded();
    Result<void> countWrite();
    Result<qint64> scalar(const char* sql);

    std::unique_ptr<Database> m_db;
    int m_batchSize;
    int m_pendingWrites = 0;
    QElapsedTimer m_batchAge; // since the open transaction began
    bool m_inTransaction = false;
    Statement m_insertUrl;
    Statement m_findUrl;
    Statement m_queued;
    Statement m_insertPage;
    // m_insertLinks[k] inserts 2^k rows at once: a page's links go in runs of the largest that fit.
    std::array<Statement, 7> m_insertLinks;
    Statement m_setState;
    Statement m_countQueryVariant;
    Statement m_queuedAfter;
    Statement m_setFoundVia;
    Statement m_markInSitemap;
    Statement m_redirectTarget;
    Statement m_insertValue;
    Statement m_insertJsonLd;
    Statement m_insertBody;
    Statement m_deleteValues;
    Statement m_deleteJsonLd;
};

} // namespace pav::store
