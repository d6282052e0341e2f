// SPDX-FileCopyrightText: 2026 Pavutyna contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QRegularExpression>
#include <QSet>
#include <QStringList>

#include "common/Result.h"

namespace pav::crawl {

// Decides which discovered URLs belong to the crawl. By default: the seeds' exact hosts (and ports);
// with `subdomains`, every host under a seed's registrable domain (libpsl: "shop.example.co.uk" belongs to
// "example.co.uk", not to "co.uk"). --include patterns, when given, must match; --exclude patterns must not.
// Patterns are searched anywhere in the normalised URL. Immutable once built.
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
        Excluded, // matched --exclude, or missed every --include
    };

    // Fails with the position and reason of the first invalid pattern.
    static Result<ScopeRules> create(const QStringList& normalisedSeeds, const Options& options);

    Verdict classify(const QString& normalisedUrl) const;
    bool isInScope(const QString& normalisedUrl) const { return classify(normalisedUrl) == Verdict::InScope; }

    // The registrable domain of `host` ("a.b.example.co.uk" → "example.co.uk"); the host itself for IPs and
    // single labels.
    static QString registrableDomain(const QString& host);

private:
    QSet<QString> m_origins; // "http://host:port" of every seed, without a trailing slash
    QSet<QString> m_domains; // registrable domains, with subdomains on
    bool m_subdomains = false;
    QList<QRegularExpression> m_include;
    QList<QRegularExpression> m_exclude;
};

} // namespace pav::crawl
