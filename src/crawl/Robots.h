// SPDX-FileCopyrightText: 2026 Pavutyna contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <chrono>
#include <optional>
#include <vector>

#include <QByteArray>
#include <QByteArrayView>
#include <QList>

namespace pav::crawl {

// The rules of one host's robots.txt that apply to us, per RFC 9309: the group(s) naming our product token
// (or else the `*` group(s)), longest match wins, `allow` wins a tie, `*` and `$` wildcards, percent-encoding
// compared in a normal form. Also keeps Crawl-delay (not in the RFC, widely used) and every Sitemap line.
// An immutable value; cheap to share per host.
class Robots
{
public:
    // `productToken` is our user-agent's product name, e.g. "pavutyna" (matched case-insensitively).
    static Robots parse(QByteArrayView body, QByteArrayView productToken);
    static Robots allowAll();    // no robots.txt (4xx): everything may be crawled
    static Robots disallowAll(); // robots.txt unreachable (5xx, network error): nothing may be crawled yet

    // `pathAndQuery` as in the request target, e.g. "/shop/item?id=3". /robots.txt itself is always allowed.
    bool isAllowed(QByteArrayView pathAndQuery) const;
    std::optional<std::chrono::milliseconds> crawlDelay() const { return m_crawlDelay; }
    const QList<QByteArray>& sitemaps() const { return m_sitemaps; }
    int ruleCount() const { return int(m_rules.size()); }

    // The normal form both rules and URLs are compared in: unreserved characters decoded, everything
    // outside printable ASCII percent-encoded, hex digits upper case. Exposed for tests.
    static QByteArray normalisePath(QByteArrayView path);

private:
    struct Rule
    {
        QByteArray pattern;
        bool allow = false;
    };
    static bool matches(QByteArrayView path, QByteArrayView pattern);

    std::vector<Rule> m_rules;
    std::optional<std::chrono::milliseconds> m_crawlDelay;
    QList<QByteArray> m_sitemaps;
    bool m_disallowAll = false;
};

} // namespace pav::crawl
