// SPDX-FileCopyrightText: 2026 Pavutyna contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Crawler: how a URL enters the frontier (links of a page, redirect targets, sitemap entries), with the scope,
// depth and length limits and the crawler-trap guard, in a file of its own because it is the per-link path.
#include <climits>

#include <QUrl>

#include "crawl/Crawler.h"
#include "crawl/PageAnalysis.h"
#include "crawl/RobotsDirectives.h"
#include "crawl/Url.h"

namespace pav::crawl {

using store::FoundVia;
using store::PageRecord;
using store::QueuedUrl;
using store::UrlState;
using store::Utf8LinkRecord;

namespace {
// Repeats of one path segment ("/a/b/a/b/a/b/…") are how relative-link loops and broken rewrites look.
bool hasRepeatingSegments(const QUrl& url)
{
    QHash<QStringView, int> counts;
    const QString path = url.path(QUrl::FullyEncoded);
    for (QStringView segment : QStringView(path).split(u'/', Qt::SkipEmptyParts)) {
        if (++counts[segment] > 3)
            return true;
    }
    return false;
}
} // namespace

void Crawler::handleRedirect(const QueuedUrl& from, PageRecord& page)
{
    auto target = normaliseUrl(page.redirectUrl);
    if (!target) {
        page.error = QStringLiteral("invalid redirect target");
        return;
    }
    page.redirectUrl = *target;
    const int hops = from.hops + 1;
    if (hops > m_config.maxRedirects) {
        page.error = QStringLiteral("redirect chain longer than %1 hops").arg(m_config.maxRedirects);
        return;
    }
    if (std::optional<qint64> known = m_frontier.find(*target)) {
        // Follow the stored chain from the target: arriving back here means a loop.
        std::optional<qint64> at = known;
        for (int step = 0; at && step <= m_config.maxRedirects; ++step) {
            if (*at == from.id) {
                page.error = QStringLiteral("redirect loop");
                return;
            }
            auto next = m_store.redirectTargetOf(*at);
            if (!next) {
                fail(next.error());
                return;
            }
            at = *next ? m_frontier.find(**next) : std::nullopt;
        }
    }
    discover(*target, from.depth, FoundVia::Redirect, true, hops);
}

QList<Utf8LinkRecord> Crawler::enqueueLinks(const QueuedUrl& from, const PageAnalysis& analysis, bool headerNofollow)
{
    const bool obeyNofollow = !m_config.ignoreRobots;
    const bool pageNofollow = obeyNofollow
        && (headerNofollow || metaRobotsForbidFollowing(analysis.fields.metaRobots));
    QList<Utf8LinkRecord> links;
    links.reserve(analysis.links.size());
    for (const PageLinks::Link link : analysis.links) {
        if (link.url.isEmpty())
            continue;
        const bool followable = !pageNofollow && !(obeyNofollow && html::hasRelToken(link.rel, "nofollow"))
            && (!m_config.htmlOnly || html::ExtractedLink::isNavigational(link.kind));
        if (auto id = discoverLink(link.url, from.depth + 1, followable))
            links.append({*id, link.anchor, link.rel, int(link.kind)});
        if (m_failure)
            break;
    }
    return links;
}

std::optional<qint64> Crawler::discoverLink(QByteArrayView url, int depth, bool followable)
{
    // Normalised URLs are ASCII, so the byte count is discover()'s character count.
    if (url.size() > m_config.maxUrlLength)
        return std::nullopt;
    if (std::optional<qint64> known = m_frontier.find(url);
        known && !m_frontier.isSitemapOnly(*known) && !m_frontier.isDeferred(*known))
        return known;
    return discover(QString::fromLatin1(url), depth, FoundVia::Link, followable);
}

std::optional<qint64> Crawler::discover(const QString& url, int depth, FoundVia via, bool followable, int hops)
{
    if (url.size() > m_config.maxUrlLength)
        return std::nullopt;
    const bool withinDepth = m_config.maxDepth < 0 || depth <= m_config.maxDepth;
    const auto isWanted = [&] {
        const ScopeRules::Verdict verdict = m_scope->classify(url);
        return verdict == ScopeRules::Verdict::InScope
            || (verdict == ScopeRules::Verdict::External && m_config.external);
    };
    // Most links point at URLs already known: those are settled by the seen-set alone, without classifying.
    if (std::optional<qint64> known = m_frontier.find(url)) {
        if (via == FoundVia::Link && m_frontier.isSitemapOnly(*known)) {
            m_frontier.forgetSitemapOnly(*known);
            if (auto updated = m_store.setFoundVia(*known, FoundVia::Link); !updated)
                fail(updated.error());
        }
        if (followable && withinDepth && m_frontier.isDeferred(*known) && isWanted() && !isTrap(url)) {
            if (auto requeued = m_frontier.requeue(*known, url, depth, via, hops); !requeued)
                fail(requeued.error());
            ++m_queued;
            m_changed.set();
        }
        return known;
    }
    const bool wanted = isWanted();
    // A trap stays a trap whoever links to it again, so it is not deferred (a deferred URL is requeued by the next
    // followable link to it: a calendar linking "next month" twice would otherwise never end).
    const bool trap = followable && withinDepth && wanted && isTrap(url);
    const bool queue = followable && withinDepth && wanted && !trap;
    auto added = m_frontier.add(url, depth, via, queue ? UrlState::Queued : UrlState::NotCrawled, hops);
    if (!added) {
        fail(added.error());
        return std::nullopt;
    }
    if (queue) {
        ++m_queued;
        m_changed.set();
    } else if (wanted && !trap) {
        m_frontier.defer(added->id);
    }
    return added->id;
}

Result<void> Crawler::countQueryVariants()
{
    // The counts were stored beside the URLs they counted, in the same transactions: what survived a kill is
    // exactly what the surviving URL rows were counted with.
    m_queryVariants.clear();
    return m_store.forEachQueryVariant([this](std::uint64_t pathHash, qint64 queued) {
        m_queryVariants.insert(pathHash, int(std::min<qint64>(queued, INT_MAX)));
    });
}

bool Crawler::isTrap(const QString& url)
{
    const QUrl parsed(url);
    if (hasRepeatingSegments(parsed))
        return true;
    const qsizetype query = url.indexOf(u'?');
    if (query < 0)
        return false;
    const quint64 key = UrlIndex::hash(QStringView(url).first(query).toUtf8());
    int& queued = m_queryVariants[key];
    if (queued > m_config.maxQueryVariants)
        return true; // a known trap: nothing changes, nothing to store
    ++queued;
    if (auto counted = m_store.countQueryVariant(key); !counted)
        fail(counted.error());
    return queued > m_config.maxQueryVariants;
}

} // namespace pav::crawl
