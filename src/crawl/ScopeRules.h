// SPDX-FileCopyrightText: 2026 Pavutyna contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QRegularExpression>
#include <QSet>
#include <QStringList>

#include "common/Result.h"

namespace pav::crawl {

// Decides which discovered URLs belong to the crawl. By default: the seeds' hosts, over http or https alike (a site
// that redirects http:// to https:// is one site) — the port counts unless both URLs use their scheme's default
// (80 / 443), so "host:8080" is another site than "host"; with `subdomains`, every host under a seed's registrable
// domain, any port (libpsl: "shop.example.co.uk" belongs to "example.co.uk", not to "co.uk"). --exclude patterns
// must not match any URL, external ones included; --include patterns, when given, must match a URL of the crawled
// sites (they narrow the site, not the external links checked). Patterns are searched anywhere in the normalised
// URL. Immutable once built.
class ScopeRules
{
public:
    struct Options
    {
        bool subdomains = false;
        QStringList include;
        QStringList exclude;
    };

    enum class Verdict
    {
        InScope,
        External, // another site: recorded as a link, fetched only with --external
        Excluded, // matched --exclude, or (a URL of the crawled sites) missed every --include
    };

    // Fails with the position and reason of the first invalid pattern.
    static Result<ScopeRules> create(const QStringList& normalisedSeeds, const Options& options);

    Verdict classify(const QString& normalisedUrl) const;
    bool isInScope(const QString& normalisedUrl) const { return classify(normalisedUrl) == Verdict::InScope; }

    // The registrable domain of `host` ("a.b.example.co.uk" → "example.co.uk"); the host itself for IPs and
    // single labels.
    static QString registrableDomain(const QString& host);

private:
    struct SeedHost
    {
        QString host;
        int port = -1;        // explicit or the scheme's default
        bool isDefaultPort = false;
    };
    QList<SeedHost> m_hosts;  // one per distinct seed host and port; a crawl has a handful of seeds
    QSet<QString> m_domains; // registrable domains, with subdomains on
    bool m_subdomains = false;
    QList<QRegularExpression> m_include;
    QList<QRegularExpression> m_exclude;
};

} // namespace pav::crawl
