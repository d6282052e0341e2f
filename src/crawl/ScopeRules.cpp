// SPDX-FileCopyrightText: 2026 Pavutyna contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "crawl/ScopeRules.h"

#include <algorithm>

#include <libpsl.h>

#include <QCoreApplication>
#include <QUrl>

namespace pav::crawl {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(pav::crawl::ScopeRules)
};

int defaultPortOf(const QString& scheme)
{
    if (scheme == QLatin1String("http"))
        return 80;
    if (scheme == QLatin1String("https"))
        return 443;
    return -1;
}

Result<QList<QRegularExpression>> compile(const QStringList& patterns, const char* option)
{
    QList<QRegularExpression> compiled;
    for (const QString& pattern : patterns) {
        QRegularExpression expression(pattern, QRegularExpression::UseUnicodePropertiesOption);
        if (!expression.isValid())
            return Error{ErrorKind::InvalidArgument, Tr::tr("Invalid pattern for %1: \"%2\" (%3 at position %4)")
                                                         .arg(QString::fromLatin1(option), pattern, expression.errorString())
                                                         .arg(expression.patternErrorOffset())};
        expression.optimize();
        compiled.append(expression);
    }
    return compiled;
}
} // namespace

QString ScopeRules::registrableDomain(const QString& host)
{
    // An IP literal is its own site; libpsl would read "127.0.0.1" as the domain "0.1".
    const bool ipv6 = host.contains(QLatin1Char(':'));
    const bool ipv4 = !host.isEmpty() && std::all_of(host.begin(), host.end(), [](QChar c) { return c.isDigit() || c == u'.'; });
    if (ipv4 || ipv6)
        return host;
    const QByteArray ace = host.toLatin1();
    const char* domain = psl_registrable_domain(psl_builtin(), ace.constData());
    return domain ? QString::fromLatin1(domain) : host;
}

Result<ScopeRules> ScopeRules::create(const QStringList& normalisedSeeds, const Options& options)
{
    ScopeRules rules;
    rules.m_subdomains = options.subdomains;
    for (const QString& seed : normalisedSeeds) {
        const QUrl url(seed);
        const int defaultPort = defaultPortOf(url.scheme());
        const SeedHost host{url.host(), url.port(defaultPort), url.port(defaultPort) == defaultPort};
        const bool known = std::any_of(rules.m_hosts.cbegin(), rules.m_hosts.cend(), [&](const SeedHost& seen) {
            return seen.host == host.host && seen.port == host.port && seen.isDefaultPort == host.isDefaultPort;
        });
        if (!known)
            rules.m_hosts.append(host);
        if (options.subdomains)
            rules.m_domains.insert(registrableDomain(url.host()));
    }
    auto include = compile(options.include, "--include");
    if (!include)
        return include.error();
    auto exclude = compile(options.exclude, "--exclude");
    if (!exclude)
        return exclude.error();
    rules.m_include = *include;
    rules.m_exclude = *exclude;
    return rules;
}

ScopeRules::Verdict ScopeRules::classify(const QString& normalisedUrl) const
{
    // Excludes first: an excluded URL is never fetched, not even as an external link checked with --external.
    for (const QRegularExpression& pattern : m_exclude) {
        if (pattern.match(normalisedUrl).hasMatch())
            return Verdict::Excluded;
    }
    const QUrl url(normalisedUrl);
    const QString scheme = url.scheme();
    const int defaultPort = defaultPortOf(scheme);
    if (defaultPort < 0)
        return Verdict::External;
    const QString host = url.host();
    const int port = url.port(defaultPort);
    const bool isDefaultPort = port == defaultPort;
    // http://host/ and https://host/ are one site; host:8080 is another (tests stand in for hosts with ports).
    bool sameSite = std::any_of(m_hosts.cbegin(), m_hosts.cend(), [&](const SeedHost& seed) {
        return seed.host == host && (seed.port == port || (seed.isDefaultPort && isDefaultPort));
    });
    if (!sameSite && m_subdomains)
        sameSite = m_domains.contains(registrableDomain(host));
    if (!sameSite)
        return Verdict::External;
    if (!m_include.isEmpty()) {
        for (const QRegularExpression& pattern : m_include) {
            if (pattern.match(normalisedUrl).hasMatch())
                return Verdict::InScope;
        }
        return Verdict::Excluded;
    }
    return Verdict::InScope;
}

} // namespace pav::crawl
