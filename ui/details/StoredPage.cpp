// SPDX-FileCopyrightText: 2026 Pavutyna contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/details/StoredPage.h"

#include <QCoreApplication>

#include "store/CrawlReader.h"
#include "store/Database.h"
#include "store/Statement.h"
#include "store/StoredHtml.h"

namespace pav::ui {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(pav::ui::StoredPage)
};
} // namespace

StoredPage readStoredPage(const QString& crawlFile, qint64 urlId)
{
    StoredPage page;
    auto db = store::openCrawlReader(crawlFile);
    if (!db) {
        page.error = db.error().message;
        return page;
    }
    auto url = (*db)->prepare("SELECT url FROM urls WHERE id = ?1");
    if (!url) {
        page.error = url.error().message;
        return page;
    }
    url->bind(1, urlId);
    if (auto row = url->step(); !row) {
        page.error = row.error().message;
        return page;
    } else if (*row) {
        page.exists = true;
        page.url = url->text(0);
    }
    auto hasBodies = (*db)->prepare("SELECT 1 FROM sqlite_schema WHERE type = 'table' AND name = 'bodies'");
    if (!hasBodies || !hasBodies->step().valueOr(false))
        return page;
    auto body = (*db)->prepare("SELECT body FROM bodies WHERE url_id = ?1");
    if (!body) {
        page.error = body.error().message;
        return page;
    }
    body->bind(1, urlId);
    auto row = body->step();
    if (!row) {
        page.error = row.error().message;
    } else if (*row) {
        const std::optional<QByteArray> html = store::decompressHtml(body->blob(0));
        if (!html)
            page.error = Tr::tr("the stored HTML is damaged");
        else
            page.html = html->isNull() ? QByteArray("") : *html;
    }
    return page;
}

} // namespace pav::ui
