// SPDX-FileCopyrightText: 2026 Pavutyna contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <atomic>
#include <memory>
#include <optional>
#include <utility>

#include <QDateTime>
#include <QList>
#include <QString>

#include "common/Result.h"
#include "store/CrawlStore.h"

namespace pav::ui {

// What the details pane shows about one URL, read from a crawl file in one go on a worker thread. Plain data:
// built off the GUI thread, moved to it, formatted there with the UI locale.

struct LinkRow
{
    qint64 urlId = 0; // the other end of the link
    QString url;
    QString anchor;
    QString rel;
    int kind = 0; // html::LinkKind
    store::UrlState state = store::UrlState::Queued;
    std::optional<int> status; // of the other end, when it has been fetched
    QString error;             // of the other end, when fetching it failed
};

struct RedirectHop
{
    qint64 urlId = 0; // 0: the target is not in the crawl file
    QString url;
    store::UrlState state = store::UrlState::Queued;
    std::optional<int> status; // when fetched
    QString redirectUrl;       // where it points, empty for the last hop
};

struct RedirectChain
{
    enum class End
    {
        NotARedirect, // the URL itself does not redirect
        Final,        // the last hop was fetched and does not redirect
        NotFetched,   // the last hop is queued, out of scope or not recorded
        Loop,         // the last hop points back at hop `loopsTo`
        TooLong,      // stopped after MaxHops
    };
    static constexpr int MaxHops = 50;

    QList<RedirectHop> hops; // hops[0] is the URL itself
    End end = End::NotARedirect;
    int loopsTo = -1;
};

struct UrlDetails
{
    qint64 urlId = 0;
    QString url;
    int depth = 0;
    store::FoundVia foundVia = store::FoundVia::Link;
    store::UrlState state = store::UrlState::Queued;
    int hops = 0;
    bool inSitemap = false;
    bool hasPage = false; // false: queued, or recorded but never fetched
    store::PageRecord page;
    QDateTime fetchedAt;
    QList<std::pair<QString, QString>> headers; // name, value in the order received
    QList<std::pair<QString, QString>> hreflang; // language, href
    QList<LinkRow> outlinks;
    bool outlinksTruncated = false;
    RedirectChain redirects;
};

struct Inlinks
{
    QList<LinkRow> rows;
    bool truncated = false;
};

// Makes every statement on `db` stop with an error as soon as `*cancelled` is true (an SQLite progress
// handler): a scan for a URL the user has already moved away from must not keep a worker busy. The flag must
// outlive the connection.
void interruptWhen(store::Database& db, const std::atomic_bool* cancelled);

// Everything but the inlinks; at most `linkLimit` outlinks.
Result<UrlDetails> loadUrlDetails(store::Database& db, qint64 urlId, int linkLimit = 5000);
// The links pointing at `urlId`. Without the links_target index (a crawl that is running or was killed) this
// scans the whole links table: call it off the GUI thread.
Result<Inlinks> loadInlinks(store::Database& db, qint64 urlId, int linkLimit = 5000);
Result<RedirectChain> loadRedirectChain(store::Database& db, qint64 urlId);

} // namespace pav::ui
