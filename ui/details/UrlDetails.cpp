// SPDX-FileCopyrightText: 2026 Pavutyna contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/details/UrlDetails.h"

#include <sqlite3.h>

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include "store/Database.h"
#include "store/UrlHash.h"

namespace pav::ui {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(pav::ui::UrlDetails)
};

QList<std::pair<QString, QString>> parseHeaders(const QString& lines)
{
    QList<std::pair<QString, QString>> headers;
    for (QStringView line : QStringView(lines).split(u'\n', Qt::SkipEmptyParts)) {
        line = line.trimmed();
        if (line.isEmpty())
            continue;
        const qsizetype colon = line.indexOf(u':');
        if (colon < 0)
            headers.append({line.toString(), QString()});
        else
            headers.append({line.left(colon).trimmed().toString(), line.mid(colon + 1).trimmed().toString()});
    }
    return headers;
}

QList<std::pair<QString, QString>> parseHreflang(const QString& json)
{
    QList<std::pair<QString, QString>> alternates;
    if (json.isEmpty())
        return alternates;
    // Written by the crawler, but read defensively: a damaged value shows nothing rather than garbage.
    const QJsonArray array = QJsonDocument::fromJson(json.toUtf8()).array();
    for (const QJsonValue& value : array) {
        const QJsonObject object = value.toObject();
        alternates.append({object.value(QLatin1String("lang")).toString(), object.value(QLatin1String("href")).toString()});
    }
    return alternates;
}

Result<std::optional<qint64>> findUrl(store::Database& db, const QString& url)
{
    auto statement = db.prepare("SELECT id FROM urls WHERE url_hash = ?1 AND url = ?2");
    if (!statement)
        return statement.error();
    auto row = statement->bind(1, qint64(store::urlHash(url.toUtf8()))).bind(2, url).step();
    if (!row)
        return row.error();
    if (!*row)
        return std::optional<qint64>();
    return std::optional<qint64>(statement->int64(0));
}

int progressHandler(void* flag)
{
    return static_cast<const std::atomic_bool*>(flag)->load(std::memory_order_relaxed) ? 1 : 0;
}

// Reads link rows: id, url, anchor, rel, kind, state, status, error (the last three of the other end).
Result<QList<LinkRow>> readLinks(store::Statement& statement, int limit, bool* truncated)
{
    QList<LinkRow> rows;
    *truncated = false;
    while (true) {
        auto more = statement.step();
        if (!more)
            return more.error();
        if (!*more)
            return rows;
        if (rows.size() >= limit) {
            *truncated = true;
            return rows;
        }
        LinkRow link;
        link.urlId = statement.int64(0);
        link.url = statement.text(1);
        link.anchor = statement.text(2);
        link.rel = statement.text(3);
        link.kind = int(statement.int64(4));
        link.state = store::UrlState(statement.int64(5));
        if (!statement.isNull(6))
            link.status = int(statement.int64(6));
        link.error = statement.text(7);
        rows.append(std::move(link));
    }
}
} // namespace

void interruptWhen(store::Database& db, const std::atomic_bool* cancelled)
{
    // 10,000 virtual-machine steps are well under a millisecond: cancelling is prompt, the check costs nothing.
    sqlite3_progress_handler(db.handle(), 10000, cancelled ? progressHandler : nullptr,
                             const_cast<std::atomic_bool*>(cancelled));
}

Result<UrlDetails> loadUrlDetails(store::Database& db, qint64 urlId, int linkLimit)
{
    auto statement = db.prepare(
        "SELECT u.url, u.depth, u.found_via, u.state, u.hops, u.in_sitemap, p.url_id IS NOT NULL, p.status, "
        "p.content_type, p.size, p.response_ms, p.title, p.meta_description, p.h1, p.canonical, p.meta_robots, "
        "p.x_robots_tag, p.word_count, p.title_count, p.meta_description_count, p.h1_count, p.h2_count, p.language, "
        "p.redirect_url, p.error, p.http_version, p.encoding, p.fetched_at, p.dns_ms, p.connect_ms, p.ttfb_ms, "
        "p.bytes_received, p.ip, p.headers, p.hreflang, p.canonical_count, p.attempts "
        "FROM urls u LEFT JOIN pages p ON p.url_id = u.id WHERE u.id = ?1");
    if (!statement)
        return statement.error();
    auto row = statement->bind(1, urlId).step();
    if (!row)
        return row.error();
    if (!*row)
        return Error{ErrorKind::InvalidArgument, Tr::tr("The crawl file has no URL with id %1.").arg(urlId)};

    UrlDetails details;
    store::Statement& s = *statement;
    details.urlId = urlId;
    details.url = s.text(0);
    details.depth = int(s.int64(1));
    details.foundVia = store::FoundVia(s.int64(2));
    details.state = store::UrlState(s.int64(3));
    details.hops = int(s.int64(4));
    details.inSitemap = s.int64(5) != 0;
    details.hasPage = s.int64(6) != 0;
    if (details.hasPage) {
        store::PageRecord& p = details.page;
        p.status = int(s.int64(7));
        p.contentType = s.text(8);
        p.size = s.int64(9);
        p.responseMs = s.int64(10);
        p.title = s.text(11);
        p.metaDescription = s.text(12);
        p.h1 = s.text(13);
        p.canonical = s.text(14);
        p.metaRobots = s.text(15);
        p.xRobotsTag = s.text(16);
        p.wordCount = int(s.int64(17));
        p.titleCount = int(s.int64(18));
        p.metaDescriptionCount = int(s.int64(19));
        p.h1Count = int(s.int64(20));
        p.h2Count = int(s.int64(21));
        p.language = s.text(22);
        p.redirectUrl = s.text(23);
        p.error = s.text(24);
        p.httpVersion = s.text(25);
        p.encoding = s.text(26);
        details.fetchedAt = QDateTime::fromSecsSinceEpoch(s.int64(27), Qt::UTC);
        p.dnsMs = s.int64(28);
        p.connectMs = s.int64(29);
        p.ttfbMs = s.int64(30);
        p.bytesReceived = s.int64(31);
        p.ip = s.text(32);
        p.headers = s.text(33);
        p.hreflang = s.text(34);
        p.canonicalCount = int(s.int64(35));
        p.attempts = int(s.int64(36));
        details.headers = parseHeaders(p.headers);
        details.hreflang = parseHreflang(p.hreflang);
    }

    // The page's links are one range of link ids (CrawlStore::savePageUtf8), in the order found on the page.
    auto outlinks = db.prepare("SELECT l.target_id, u.url, l.anchor, l.rel, l.kind, u.state, p.status, p.error "
                               "FROM pages s CROSS JOIN links l NOT INDEXED ON l.id BETWEEN s.links_first "
                               "AND s.links_first + s.links_count - 1 JOIN urls u ON u.id = l.target_id "
                               "LEFT JOIN pages p ON p.url_id = l.target_id WHERE s.url_id = ?1 ORDER BY l.id LIMIT ?2");
    if (!outlinks)
        return outlinks.error();
    outlinks->bind(1, urlId).bind(2, qint64(linkLimit) + 1);
    auto rows = readLinks(*outlinks, linkLimit, &details.outlinksTruncated);
    if (!rows)
        return rows.error();
    details.outlinks = std::move(*rows);

    auto chain = loadRedirectChain(db, urlId);
    if (!chain)
        return chain.error();
    details.redirects = std::move(*chain);
    return details;
}

Result<Inlinks> loadInlinks(store::Database& db, qint64 urlId, int linkLimit)
{
    // No ORDER BY: without links_target the matches come from a scan, and sorting them all to show the first
    // few thousand would cost more than the scan. Rowid order is the order the pages were saved in.
    auto statement = db.prepare("SELECT l.source_id, u.url, l.anchor, l.rel, l.kind, u.state, p.status, p.error "
                                "FROM links l JOIN urls u ON u.id = l.source_id "
                                "LEFT JOIN pages p ON p.url_id = l.source_id WHERE l.target_id = ?1 LIMIT ?2");
    if (!statement)
        return statement.error();
    statement->bind(1, urlId).bind(2, qint64(linkLimit) + 1);
    Inlinks inlinks;
    auto rows = readLinks(*statement, linkLimit, &inlinks.truncated);
    if (!rows)
        return rows.error();
    inlinks.rows = std::move(*rows);
    return inlinks;
}

Result<RedirectChain> loadRedirectChain(store::Database& db, qint64 urlId)
{
    auto statement = db.prepare("SELECT u.url, u.state, p.status, p.redirect_url FROM urls u "
                                "LEFT JOIN pages p ON p.url_id = u.id WHERE u.id = ?1");
    if (!statement)
        return statement.error();
    RedirectChain chain;
    QHash<qint64, int> seen; // url id → hop index
    qint64 at = urlId;
    while (true) {
        statement->reset();
        auto row = statement->bind(1, at).step();
        if (!row)
            return row.error();
        if (!*row) // the starting id is checked by the caller; a later one comes from findUrl
            return Error{ErrorKind::InvalidArgument, Tr::tr("The crawl file has no URL with id %1.").arg(at)};
        RedirectHop hop;
        hop.urlId = at;
        hop.url = statement->text(0);
        hop.state = store::UrlState(statement->int64(1));
        if (!statement->isNull(2))
            hop.status = int(statement->int64(2));
        hop.redirectUrl = statement->text(3);
        seen.insert(at, int(chain.hops.size()));
        chain.hops.append(hop);
        if (hop.redirectUrl.isEmpty()) {
            if (chain.hops.size() == 1)
                chain.end = RedirectChain::End::NotARedirect;
            else
                chain.end = hop.status ? RedirectChain::End::Final : RedirectChain::End::NotFetched;
            return chain;
        }
        if (chain.hops.size() > RedirectChain::MaxHops) {
            chain.end = RedirectChain::End::TooLong;
            return chain;
        }
        auto next = findUrl(db, hop.redirectUrl);
        if (!next)
            return next.error();
        if (!*next) {
            RedirectHop target;
            target.url = hop.redirectUrl;
            target.state = store::UrlState::NotCrawled;
            chain.hops.append(target);
            chain.end = RedirectChain::End::NotFetched;
            return chain;
        }
        if (auto loop = seen.constFind(**next); loop != seen.cend()) {
            chain.end = RedirectChain::End::Loop;
            chain.loopsTo = *loop;
            return chain;
        }
        at = **next;
    }
}

} // namespace pav::ui
