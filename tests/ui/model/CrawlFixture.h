// SPDX-FileCopyrightText: 2026 Pavutyna contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QString>

#include "common/Result.h"

namespace pav::test {

// A small crawl file written through CrawlStore::savePage, as a crawl writes one, with one page for each case
// the filters name (see CrawlFixture.cpp for the table). URLs are "http://site.test" + a path; ids()
// maps each path to its url id.
struct HandBuiltCrawl
{
    QString path;
    QHash<QString, qint64> ids;
};

Result<HandBuiltCrawl> writeHandBuiltCrawl(const QString& path);

QString siteUrl(const QString& path);

} // namespace pav::test
