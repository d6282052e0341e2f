// SPDX-FileCopyrightText: 2026 Pavutyna contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <chrono>

#include <QSet>
#include <QString>

namespace pav::test {

class LocalHttpServer;

// The site the window tests crawl: a home page, `pages` pages under /p/ linked to each other, duplicate and
// missing titles, a 404, a redirect, a robots-blocked folder and an image. `delay` slows every page, so a
// test can pause a crawl in the middle.
void buildGuiSite(LocalHttpServer& server, int pages, std::chrono::milliseconds delay = {});

// The URLs of a crawl file that have a pages row (fetched, redirected, failed or blocked), read by SQL.
QSet<QString> fetchedUrls(const QString& crawlFile);

} // namespace pav::test
