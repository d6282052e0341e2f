// SPDX-FileCopyrightText: 2026 Pavutyna contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "CrawlFixture.h"

#include <QBuffer>

namespace pav::test {

using store::FoundVia;
using store::LinkRecord;
using store::PageRecord;
using store::UrlState;

namespace {
PageRecord htmlPage(int status, const QString& title)
{
    PageRecord page;
    page.status = status;
    page.contentType = QStringLiteral("text/html; charset=utf-8");
    page.size = 1000;
    page.responseMs = 50;
    page.title = title;
    page.titleCount = 1;
    page.httpVersion = QStringLiteral("1.1");
    page.encoding = QStringLiteral("UTF-8");
    page.ip = QStringLiteral("127.0.0.1");
    page.dnsMs = 1;
    page.connectMs = 2;
    page.ttfbMs = 20;
    page.bytesReceived = 400;
    return page;
}
} // namespace

CrawlFixture::CrawlFixture(bool indexTargets)
{
    if (!m_dir.isValid()) {
        m_error = m_dir.errorString();
        return;
    }
    auto opened = store::CrawlStore::open(m_dir.filePath(QStringLiteral("crawl.pavutyna")));
    if (!opened) {
        m_error = opened.error().message;
        return;
    }
    m_store = std::move(*opened);
    if (!build(indexTargets))
        m_store.reset();
}

bool CrawlFixture::build(bool indexTargets)
{
    auto check = [this](const auto& result) {
        if (!result)
            m_error = result.error().message;
        return bool(result);
    };
    struct Url
    {
        const char* url;
        int depth;
        FoundVia via;
        UrlState state;
        int hops;
    };
    const Url urls[] = {
        {"https://example.com/", 0, FoundVia::Seed, UrlState::Queued, 0},                // 1
        {"https://example.com/about", 1, FoundVia::Link, UrlState::Queued, 0},           // 2
        {"https://example.com/old", 1, FoundVia::Link, UrlState::Queued, 0},             // 3
        {"https://example.com/new", 2, FoundVia::Redirect, UrlState::Queued, 1},         // 4
        {"https://example.com/logo.png", 1, FoundVia::Link, UrlState::Queued, 0},        // 5
        {"https://other.example/", 1, FoundVia::Link, UrlState::NotCrawled, 0},          // 6: never fetched
        {"https://example.com/private", 1, FoundVia::Link, UrlState::Queued, 0},         // 7: robots.txt
        {"https://example.com/from-sitemap", 1, FoundVia::Sitemap, UrlState::Queued, 0}, // 8: 404
    };
    for (const Url& url : urls) {
        if (!check(m_store->addUrl(QString::fromUtf8(url.url), url.depth, url.via, url.state, url.hops)))
            return false;
    }
    if (!check(m_store->markInSitemap(1)) || !check(m_store->markInSitemap(8)))
        return false;

    // Saved first although it has the higher id: both exports must still put URL 1 first.
    PageRecord about = htmlPage(200, QStringLiteral("=HYPERLINK(\"http://evil.example/\",\"click\")"));
    about.h1 = QStringLiteral("Про нас");
    about.h1Count = 1;
    about.canonical = QStringLiteral("https://example.com/about");
    about.canonicalCount = 1;
    about.wordCount = 150;
    about.language = QStringLiteral("uk");
    about.hreflang = QStringLiteral(R"([{"lang":"uk","href":"https://example.com/about"},)"
                                    R"({"lang":"en","href":"https://example.com/en/about"}])");
    about.httpVersion = QStringLiteral("2");
    if (!check(m_store->savePage(2, about,
                                 {{1, QStringLiteral("Home"), QString(), 0},
                                  {5, QStringLiteral("Logo"), QString(), 3},
                                  {6, QStringLiteral("Other, \"site\""), QStringLiteral("nofollow external"), 0}})))
        return false;

    PageRecord home = htmlPage(200, QStringLiteral("Home, \"sweet\" home"));
    home.metaDescription = QStringLiteral("line1\nline2");
    home.metaDescriptionCount = 1;
    home.h1 = QStringLiteral("Привіт, світе");
    home.h1Count = 1;
    home.h2Count = 3;
    home.metaRobots = QStringLiteral("index, follow");
    home.wordCount = 321;
    home.attempts = 2;
    if (!check(m_store->savePage(1, home,
                                 {{2, QStringLiteral("About"), QString(), 0},
                                  {3, QStringLiteral("Old page"), QString(), 0},
                                  {7, QStringLiteral("Private"), QStringLiteral("nofollow"), 0},
                                  {2, QStringLiteral("Map area"), QString(), 1},
                                  {8, QString(), QString(), 5}})))
        return false;

    PageRecord old = htmlPage(301, QString());
    old.titleCount = 0;
    old.size = 0;
    old.redirectUrl = QStringLiteral("https://example.com/new");
    if (!check(m_store->savePage(3, old, {})))
        return false;

    PageRecord fresh = htmlPage(200, QStringLiteral("New"));
    fresh.xRobotsTag = QStringLiteral("noindex");
    if (!check(m_store->savePage(4, fresh, {{1, QString(), QString(), 8}})))
        return false;

    PageRecord logo;
    logo.status = 200;
    logo.contentType = QStringLiteral("image/png");
    logo.size = 4096;
    logo.responseMs = 7;
    if (!check(m_store->savePage(5, logo, {})))
        return false;

    PageRecord blocked;
    blocked.error = QStringLiteral("Blocked by robots.txt");
    blocked.attempts = 0;
    if (!check(m_store->savePage(7, blocked, {}, UrlState::BlockedByRobots)))
        return false;

    PageRecord missing = htmlPage(404, QStringLiteral("Не знайдено"));
    // A kind this version has no word for: exported as its number.
    if (!check(m_store->savePage(8, missing, {{7, QStringLiteral("=cmd|' /C calc'!A0"), QString(), 42}})))
        return false;

    if (indexTargets && !check(m_store->indexLinkTargets()))
        return false;
    return check(m_store->flush())
        && check(m_store->database().exec("UPDATE pages SET fetched_at = 1767225600 + url_id"));
}

std::unique_ptr<store::CrawlStore> CrawlFixture::openEmpty(const QTemporaryDir& dir)
{
    auto opened = store::CrawlStore::open(dir.filePath(QStringLiteral("empty.pavutyna")));
    return opened ? std::move(*opened) : nullptr;
}

QByteArray exported(Result<qint64> (*exporter)(store::Database&, QIODevice&, const exporting::ExportOptions&),
                    store::Database& db, const exporting::ExportOptions& options, qint64* rows)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    Result<qint64> written = exporter(db, buffer, options);
    if (!written)
        return "ERROR: " + written.error().message.toUtf8();
    if (rows)
        *rows = *written;
    return buffer.data();
}

} // namespace pav::test
