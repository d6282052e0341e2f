// SPDX-FileCopyrightText: 2026 Pavutyna contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "crawl/Robots.h"

#include <algorithm>
#include <cmath>

namespace pav::crawl {

namespace {
// RFC 9309 §2.5: parsers must handle at least 500 KiB; we read that much and ignore the rest.
constexpr qsizetype MaxBytes = 500 * 1024;

struct Group
{
    QList<QByteArray> agents; // lower case
    std::vector<std::pair<QByteArray, bool>> rules;
    std::optional<double> crawlDelaySeconds;
};

bool isUnreserved(char c)
{
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '.'
        || c == '_' || c == '~';
}

int hexValue(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

// "Googlebot/2.1 (+http://…)" names the product "googlebot": the token ends at the first character that
// cannot be part of one (RFC 9309 §2.2.1 allows only letters, "_" and "-").
QByteArray productOf(QByteArrayView value)
{
    qsizetype end = 0;
    while (end < value.size()) {
        const char c = value[end];
        if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' || c == '-' || c == '*'))
            break;
        ++end;
    }
    return value.first(end).toByteArray().toLower();
}
} // namespace

QByteArray Robots::normalisePath(QByteArrayView path)
{
    static constexpr char Hex[] = "0123456789ABCDEF";
    QByteArray out;
    out.reserve(path.size());
    for (qsizetype i = 0; i < path.size(); ++i) {
        const auto c = static_cast<unsigned char>(path[i]);
        if (c == '%' && i + 2 < path.size() && hexValue(path[i + 1]) >= 0 && hexValue(path[i + 2]) >= 0) {
            const char decoded = char(hexValue(path[i + 1]) * 16 + hexValue(path[i + 2]));
            if (isUnreserved(decoded)) {
                out += decoded;
            } else {
                out += '%';
                out += Hex[hexValue(path[i + 1])];
                out += Hex[hexValue(path[i + 2])];
            }
            i += 2;
        } else if (c <= 0x20 || c >= 0x7f) {
            out += '%';
            out += Hex[c >> 4];
            out += Hex[c & 0xf];
        } else {
            out += char(c);
        }
    }
    return out;
}

Robots Robots::allowAll()
{
    return {};
}

Robots Robots::disallowAll()
{
    Robots robots;
    robots.m_disallowAll = true;
    return robots;
}

Robots Robots::parse(QByteArrayView body, QByteArrayView productToken)
{
    Robots robots;
    const QByteArray token = productOf(productToken);
    std::vector<Group> groups;
    bool lastWasAgent = false;

    const QByteArrayView text = body.first(std::min(body.size(), MaxBytes));
    qsizetype start = 0;
    while (start < text.size()) {
        qsizetype end = start;
        while (end < text.size() && text[end] != '\n' && text[end] != '\r')
            ++end;
        QByteArrayView line = text.sliced(start, end - start);
        start = end + 1;
        if (const qsizetype hash = line.indexOf('#'); hash >= 0)
            line = line.first(hash);
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0)
            continue;
        const QByteArray key = line.first(colon).trimmed().toByteArray().toLower();
        const QByteArrayView value = line.sliced(colon + 1).trimmed();

        if (key == "user-agent") {
            if (!lastWasAgent)
                groups.emplace_back();
            groups.back().agents.append(productOf(value));
            lastWasAgent = true;
            continue;
        }
        if (key == "sitemap") { // not part of any group (RFC 9309 §2.3.5)
            if (!value.isEmpty())
                robots.m_sitemaps.append(value.toByteArray());
            continue;
        }
        lastWasAgent = false;
        if (groups.empty())
            continue; // rules before any user-agent line belong to no group
        if (key == "allow" || key == "disallow") {
            if (!value.isEmpty()) // "Disallow:" with no path disallows nothing
                groups.back().rules.emplace_back(normalisePath(value), key == "allow");
        } else if (key == "crawl-delay") {
            bool ok = false;
            const double seconds = value.toByteArray().toDouble(&ok);
            if (ok && std::isfinite(seconds) && seconds >= 0)
                groups.back().crawlDelaySeconds = std::min(seconds, 86400.0);
        }
    }

    auto collect = [&](auto&& selects) {
        bool any = false;
        for (const Group& group : groups) {
            if (!std::any_of(group.agents.begin(), group.agents.end(), selects))
                continue;
            any = true;
            for (const auto& [pattern, allow] : group.rules)
                robots.m_rules.push_back({pattern, allow});
            if (group.crawlDelaySeconds)
                robots.m_crawlDelay = std::chrono::milliseconds(std::llround(*group.crawlDelaySeconds * 1000));
        }
        return any;
    };
    if (!token.isEmpty() && collect([&](const QByteArray& agent) { return agent == token; }))
        return robots;
    collect([](const QByteArray& agent) { return agent == "*"; });
    return robots;
}

bool Robots::matches(QByteArrayView path, QByteArrayView pattern)
{
    // A rule is a prefix match unless it ends in '$', i.e. the glob `pattern*` or `pattern` must match the
    // whole path. Greedy glob matching that backtracks only to the last '*' is exact for globs made of
    // literals and '*', and stays near-linear on hostile rules such as "/*a*a*a…$".
    const bool anchored = pattern.endsWith('$');
    if (anchored)
        pattern.chop(1);
    qsizetype t = 0;
    qsizetype p = 0;
    qsizetype star = -1;
    qsizetype resume = 0;
    while (t < path.size()) {
        if (p < pattern.size() && pattern[p] == '*') {
            star = p++;
            resume = t;
        } else if (p < pattern.size() && pattern[p] == path[t]) {
            ++p;
            ++t;
        } else if (p == pattern.size() && !anchored) {
            return true; // the whole rule matched a prefix of the path
        } else if (star >= 0) {
            p = star + 1;
            t = ++resume;
        } else {
            return false;
        }
    }
    while (p < pattern.size() && pattern[p] == '*')
        ++p;
    return p == pattern.size();
}

bool Robots::isAllowed(QByteArrayView pathAndQuery) const
{
    const QByteArray path = normalisePath(pathAndQuery.isEmpty() ? QByteArrayView("/") : pathAndQuery);
    if (path == "/robots.txt")
        return true;
    if (m_disallowAll)
        return false;
    qsizetype bestLength = -1;
    bool allowed = true;
    for (const Rule& rule : m_rules) {
        if (rule.pattern.size() < bestLength || !matches(path, rule.pattern))
            continue;
        if (rule.pattern.size() > bestLength) {
            bestLength = rule.pattern.size();
            allowed = rule.allow;
        } else if (rule.allow) {
            allowed = true; // an allow and a disallow of equal length: the least restrictive wins
        }
    }
    return allowed;
}

} // namespace pav::crawl
