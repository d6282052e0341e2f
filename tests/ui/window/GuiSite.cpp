// SPDX-FileCopyrightText: 2026 Pavutyna contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "GuiSite.h"

#include "LocalHttpServer.h"
#include "store/CrawlReader.h"
#include "store/Statement.h"

namespace pav::test {

void buildGuiSite(LocalHttpServer& server, int pages, std::chrono::milliseconds delay)
{
    server.route(QStringLiteral("/robots.txt"), Reply::text("User-agent: *\nDisallow: /private/\n"));
    for (int i = 0; i < pages; ++i) {
        // Every fifth page shares one title; every seventh has none.
        const QByteArray title = i % 7 == 3 ? QByteArray() : i % 5 == 0 ? QByteArray("Shared title") : "Page " + QByteArray::number(i);
        QByteArray body = "<!doctype html><html lang=en><head>" + (title.isEmpty() ? QByteArray() : "<title>" + title + "</title>")
            + "<meta name=description content=\"About page " + QByteArray::number(i) + "\"></head><body><h1>Page "
            + QByteArray::number(i) + "</h1>";
        for (int child : {2 * i + 1, 2 * i + 2, (i * 7 + 3) % pages})
            if (child < pages)
                body += "<a href=\"/p/" + QByteArray::number(child) + "\">page " + QByteArray::number(child) + "</a> ";
        if (i % 10 == 0)
            body += "<a href=\"/private/x\">secret</a> <a href=\"/old\">old</a> <a href=\"/missing\">missing</a>"
                    "<img src=\"/logo.png\">";
        body += "<p>Some words about this page.</p></body></html>";
        Reply reply = Reply::html(body);
        if (delay.count() > 0)
            reply.delay(delay);
        server.route(QStringLiteral("/p/%1").arg(i), reply);
    }
    server.route(QStringLiteral("/"), Reply::html("<title>Home</title><h1>Home</h1><a href=\"/p/0\">start</a>"));
    server.route(QStringLiteral("/old"), Reply::redirect("/p/1", 301));
    server.route(QStringLiteral("/logo.png"), Reply::bytes("image/png", QByteArray(64, 'x')));
}

QSet<QString> fetchedUrls(const QString& crawlFile)
{
    QSet<QString> urls;
    auto db = store::openCrawlReader(crawlFile);
    if (!db)
        return urls;
    auto statement = (*db)->prepare("SELECT u.url FROM pages AS p JOIN urls AS u ON u.id = p.url_id");
    if (!statement)
        return urls;
    while (statement->step().valueOr(false))
        urls.insert(statement->text(0));
    return urls;
}

} // namespace pav::test
