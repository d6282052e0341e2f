// SPDX-FileCopyrightText: 2026 Pavutyna contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "DetailsFixture.h"

namespace pav::test {

using store::FoundVia;
using store::LinkRecord;
using store::PageRecord;
using store::UrlState;

namespace {
const QList<LinkRecord> NoLinks;

PageRecord page(int status, qint64 responseMs, const QString& redirectUrl = QString())
{
    PageRecord p;
    p.status = status;
    p.contentType = QStringLiteral("text/html; charset=utf-8");
    p.size = 100;
    p.responseMs = responseMs;
    p.redirectUrl = redirectUrl;
    p.httpVersion = QStringLiteral("1.1");
    p.ip = QStringLiteral("127.0.0.1");
    return p;
}
} // namespace

DetailsFixture::DetailsFixture(bool indexTargets)
{
    if (!m_dir.isValid()) {
        m_error = m_dir.errorString();
        return;
    }
    auto opened = store::CrawlStore::open(path());
    if (!opened) {
        m_error = opened.error().message;
        return;
    }
    m_store = std::move(*opened);
    if (!build(indexTargets))
        m_store.reset();
}

bool DetailsFixture::build(bool indexTargets)
{
    auto check = [this](const auto& result) {
        if (!result)
            m_error = result.error().message;
        return bool(result);
    };
    struct Url
    {
        const char* path;
        FoundVia via;
        UrlState state;
        int depth;
    };
    const Url urls[] = {
        {"/", FoundVia::Seed, UrlState::Queued, 0},         {"/page", FoundVia::Link, UrlState::Queued, 1},
        {"/other", FoundVia::Link, UrlState::Queued, 1},    {"/old", FoundVia::Link, UrlState::Queued, 1},
        {"/middle", FoundVia::Redirect, UrlState::Queued, 2}, {"/loop-a", FoundVia::Sitemap, UrlState::Queued, 1},
        {"/loop-b", FoundVia::Redirect, UrlState::Queued, 2}, {nullptr, FoundVia::Link, UrlState::NotCrawled, 2},
        {"/private", FoundVia::Link, UrlState::Queued, 1},  {"/down", FoundVia::Link, UrlState::Queued, 1},
        {"/missing", FoundVia::Link, UrlState::Queued, 1},  {"/slow", FoundVia::Link, UrlState::Queued, 1},
        {"/error", FoundVia::Link, UrlState::Queued, 1},    {"/queued", FoundVia::Link, UrlState::Queued, 3},
    };
    for (const Url& u : urls) {
        const QString address = u.path ? url(u.path) : QStringLiteral("https://other.example/");
        if (!check(m_store->addUrl(address, u.depth, u.via, u.state, u.via == FoundVia::Redirect ? 1 : 0)))
            return false;
    }
    if (!check(m_store->markInSitemap(2)))
        return false;

    if (!check(m_store->savePage(1, page(200, 50),
                                 {{2, QStringLiteral("Our page"), QString(), 0}, {4, QStringLiteral("Old"), QString(), 0}})))
        return false;

    PageRecord p = page(200, 120);
    p.size = 5000;
    p.bytesReceived = 1800;
    p.title = QStringLiteral("Our page — Pavutyna");
    p.titleCount = 1;
    p.metaDescription = QStringLiteral("A page about pages.");
    p.metaDescriptionCount = 1;
    p.h1 = QStringLiteral("Наша сторінка");
    p.h1Count = 1;
    p.h2Count = 2;
    p.canonical = url("/page");
    p.canonicalCount = 1;
    p.metaRobots = QStringLiteral("index, follow");
    p.xRobotsTag = QStringLiteral("noarchive");
    p.wordCount = 1234;
    p.language = QStringLiteral("uk");
    p.hreflang = QStringLiteral(R"([{"lang":"uk","href":"https://example.com/page"},)"
                                R"({"lang":"en","href":"https://example.com/en/page"}])");
    p.encoding = QStringLiteral("UTF-8");
    p.httpVersion = QStringLiteral("2");
    p.attempts = 2;
    p.dnsMs = 3;
    p.connectMs = 8;
    p.ttfbMs = 60;
    p.headers = QStringLiteral("content-type: text/html; charset=utf-8\nserver: test-server/1.0\n"
                               "x-robots-tag: noarchive\nset-cookie: a=b; Path=/\n");
    if (!check(m_store->savePage(2, p,
                                 {{1, QStringLiteral("Home"), QString(), 0},
                                  {4, QStringLiteral("Moved"), QStringLiteral("nofollow"), 0},
                                  {8, QStringLiteral("Elsewhere"), QStringLiteral("external"), 3}})))
        return false;
    if (!check(m_store->savePage(3, page(200, 300), {{2, QStringLiteral("Read more"), QStringLiteral("sponsored"), 0}})))
        return false;
    if (!check(m_store->savePage(4, page(301, 30, url("/middle")), NoLinks)) || !check(m_store->savePage(5, page(302, 600, url("/page")), NoLinks))
        || !check(m_store->savePage(6, page(301, 10, url("/loop-b")), NoLinks))
        || !check(m_store->savePage(7, page(301, 10, url("/loop-a")), NoLinks)))
        return false;

    PageRecord blocked;
    blocked.error = QStringLiteral("blocked by robots.txt");
    blocked.attempts = 0;
    if (!check(m_store->savePage(9, blocked, NoLinks, UrlState::BlockedByRobots)))
        return false;
    PageRecord down;
    down.error = QStringLiteral("connection refused");
    if (!check(m_store->savePage(10, down, NoLinks)) || !check(m_store->savePage(11, page(404, 40), NoLinks))
        || !check(m_store->savePage(12, page(200, 1500), NoLinks)) || !check(m_store->savePage(13, page(503, 2500), NoLinks)))
        return false;

    if (indexTargets && !check(m_store->indexLinkTargets()))
        return false;
    const QByteArray pin = "UPDATE pages SET fetched_at = " + QByteArray::number(PinnedFetchedAt);
    return check(m_store->flush()) && check(m_store->database().exec(pin.constData()));
}

} // namespace pav::test
