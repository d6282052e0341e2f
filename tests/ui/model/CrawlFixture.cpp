// SPDX-FileCopyrightText: 2026 Pavutyna contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "CrawlFixture.h"

#include "store/CrawlStore.h"

namespace pav::test {

namespace {
using store::PageRecord;

struct Page
{
    const char* path;
    PageRecord record;
    store::UrlState state = store::UrlState::Done;
};

PageRecord html(const char* title, const char* meta, const char* h1, QString canonical = {})
{
    PageRecord p;
    p.status = 200;
    p.contentType = QStringLiteral("text/html; charset=utf-8");
    p.size = 1000;
    p.responseMs = 50;
    p.title = QString::fromUtf8(title);
    p.metaDescription = QString::fromUtf8(meta);
    p.h1 = QString::fromUtf8(h1);
    p.canonical = canonical;
    p.titleCount = p.title.isEmpty() ? 0 : 1;
    p.metaDescriptionCount = p.metaDescription.isEmpty() ? 0 : 1;
    p.h1Count = p.h1.isEmpty() ? 0 : 1;
    p.wordCount = 300;
    return p;
}

PageRecord status(int code, const char* redirectTo = nullptr, const char* error = "")
{
    PageRecord p;
    p.status = code;
    p.contentType = code == 0 ? QString() : QStringLiteral("text/html");
    if (redirectTo)
        p.redirectUrl = siteUrl(QString::fromLatin1(redirectTo));
    p.error = QString::fromLatin1(error);
    return p;
}

QList<Page> pages()
{
    PageRecord a = html("Home", "First description", "Welcome", siteUrl(QStringLiteral("/a")));
    PageRecord b = html("Home", "", "", siteUrl(QStringLiteral("/c")));
    b.metaRobots = QStringLiteral("noindex");
    PageRecord d = html("A title that is much longer than sixty characters, so it is too long",
                        "A meta description that goes on for far longer than the hundred and fifty-five characters "
                        "a search result shows, so that the filter for descriptions that are too long lists it",
                        "Welcome", siteUrl(QStringLiteral("/e")));
    d.titleCount = 2;
    d.metaDescriptionCount = 2;
    d.h1Count = 2;
    d.xRobotsTag = QStringLiteral("nofollow");
    PageRecord e = html("Ельфи", "Опис", "Заголовок");
    e.metaRobots = QStringLiteral("noindex, nofollow");
    PageRecord image;
    image.status = 200;
    image.contentType = QStringLiteral("image/png");
    PageRecord blocked = status(0, nullptr, "blocked by robots.txt");
    return {
        {"/a", a},
        {"/b", b},
        {"/c", status(404)},
        {"/d", d},
        {"/e", e},
        {"/f", html("", "Опис", "")},
        {"/r1", status(301, "/r2")},
        {"/r2", status(302, "/a")},
        {"/l1", status(301, "/l2")},
        {"/l2", status(308, "/l1")},
        {"/s", status(500)},
        {"/blocked", blocked, store::UrlState::BlockedByRobots},
        {"/timeout", status(0, nullptr, "timed out")},
        {"/img.png", image},
    };
}
} // namespace

QString siteUrl(const QString& path)
{
    return QStringLiteral("http://site.test") + path;
}

// Links: /a → /c ("broken", nofollow), /a → /b, /a → /blocked, /b → /s, /d → /timeout, /e → /a.
Result<HandBuiltCrawl> writeHandBuiltCrawl(const QString& path)
{
    auto opened = store::CrawlStore::open(path);
    if (!opened)
        return opened.error();
    store::CrawlStore& crawl = **opened;
    HandBuiltCrawl built{path, {}};
    const QList<Page> all = pages();
    for (const Page& page : all) {
        auto id = crawl.addUrl(siteUrl(QString::fromLatin1(page.path)), 1, store::FoundVia::Link);
        if (!id)
            return id.error();
        built.ids.insert(QString::fromLatin1(page.path), *id);
    }
    const auto link = [&](const char* to, const char* anchor, const char* rel = "") {
        return store::LinkRecord{built.ids.value(QString::fromLatin1(to)), QString::fromUtf8(anchor),
                                 QString::fromLatin1(rel), 0};
    };
    const QHash<QString, QList<store::LinkRecord>> links{
        {QStringLiteral("/a"), {link("/c", "broken", "nofollow"), link("/b", "to b"), link("/blocked", "private")}},
        {QStringLiteral("/b"), {link("/s", "server error")}},
        {QStringLiteral("/d"), {link("/timeout", "slow")}},
        {QStringLiteral("/e"), {link("/a", "home")}},
    };
    for (const Page& page : all) {
        const QString key = QString::fromLatin1(page.path);
        if (auto saved = crawl.savePage(built.ids.value(key), page.record, links.value(key), page.state); !saved)
            return saved.error();
    }
    if (auto flushed = crawl.flush(); !flushed)
        return flushed.error();
    if (auto indexed = crawl.indexLinkTargets(); !indexed)
        return indexed.error();
    return built;
}

} // namespace pav::test
