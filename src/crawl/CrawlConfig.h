// SPDX-FileCopyrightText: 2026 Pavutyna contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <chrono>

#include <QByteArray>
#include <QJsonArray>
#include <QJsonObject>
#include <QStringList>

#include "common/Result.h"
#include "extract/Rule.h"

namespace pav::crawl {

// Everything that shapes a crawl. The CLI's options, the GUI's settings dialog and the JSON file behind
// --config all map onto this one struct; a crawl file stores it, so --resume continues with the same rules.
struct CrawlConfig
{
    QStringList seeds;           // as typed; normalised when the crawl starts
    int maxDepth = -1;           // -1: no limit
    qint64 maxPages = 0;         // 0: no limit
    int concurrency = 16;        // requests in flight, all hosts together
    int perHost = 4;             // requests in flight to one host
    std::chrono::milliseconds delay{0}; // minimum gap between request starts to one host
    std::chrono::milliseconds timeout{30'000};
    int retries = 2;
    QString userAgent;           // empty: "Pavutyna/<version> (+https://…)"
    bool ignoreRobots = false;
    bool sitemaps = true;        // read Sitemap: lines and /sitemap.xml
    QStringList include;         // regexes a URL must match (any of them)
    QStringList exclude;         // regexes a URL must not match
    bool subdomains = false;
    bool external = false;       // check out-of-scope links (fetched, never followed)
    bool htmlOnly = false;       // follow only a, area, iframe, frame
    qint64 maxSize = 50LL * 1024 * 1024;
    int maxUrlLength = 2048;
    int maxQueryVariants = 1000; // distinct query strings queued per path: the crawler-trap guard
    int maxRedirects = 10;
    QList<extract::Rule> rules;  // extraction rules: a column each, after the standard ones
    bool storeHtml = false;      // keep each parsed page's HTML (compressed) in the crawl file, for --reextract
    qint64 storeHtmlLimit = 1LL << 30; // compressed bytes of stored HTML, all pages together

    QJsonObject toJson() const;
    QJsonArray rulesJson() const; // the "extract" list of toJson()
    // Missing keys keep their defaults; unknown keys, wrong types and out-of-range values are errors that
    // name the key, so a typo in a config file does not silently crawl with defaults.
    static Result<CrawlConfig> fromJson(const QJsonObject& json, const CrawlConfig& defaults);
    static Result<CrawlConfig> fromJsonBytes(const QByteArray& bytes, const CrawlConfig& defaults);

    // Checks ranges, regexes and extraction rules; the message names the option or the rule.
    Result<void> validate() const;
    // The agent string sent, and the token matched against robots.txt groups ("pavutyna").
    QByteArray effectiveUserAgent() const;
    QByteArray robotsToken() const;
};

} // namespace pav::crawl
