// SPDX-FileCopyrightText: 2026 Pavutyna contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/details/DetailsText.h"

#include <limits>

#include <QLocale>
#include <QPointF>

namespace pav::ui {

namespace {
// The standard reason phrases. Not translated: they are protocol text, the words a server sends and a
// developer searches for, like the header names next to them.
QLatin1StringView reasonPhrase(int status)
{
    switch (status) {
    case 100: return QLatin1StringView("Continue");
    case 101: return QLatin1StringView("Switching Protocols");
    case 200: return QLatin1StringView("OK");
    case 201: return QLatin1StringView("Created");
    case 202: return QLatin1StringView("Accepted");
    case 203: return QLatin1StringView("Non-Authoritative Information");
    case 204: return QLatin1StringView("No Content");
    case 206: return QLatin1StringView("Partial Content");
    case 300: return QLatin1StringView("Multiple Choices");
    case 301: return QLatin1StringView("Moved Permanently");
    case 302: return QLatin1StringView("Found");
    case 303: return QLatin1StringView("See Other");
    case 304: return QLatin1StringView("Not Modified");
    case 307: return QLatin1StringView("Temporary Redirect");
    case 308: return QLatin1StringView("Permanent Redirect");
    case 400: return QLatin1StringView("Bad Request");
    case 401: return QLatin1StringView("Unauthorized");
    case 403: return QLatin1StringView("Forbidden");
    case 404: return QLatin1StringView("Not Found");
    case 405: return QLatin1StringView("Method Not Allowed");
    case 406: return QLatin1StringView("Not Acceptable");
    case 408: return QLatin1StringView("Request Timeout");
    case 410: return QLatin1StringView("Gone");
    case 414: return QLatin1StringView("URI Too Long");
    case 415: return QLatin1StringView("Unsupported Media Type");
    case 429: return QLatin1StringView("Too Many Requests");
    case 451: return QLatin1StringView("Unavailable For Legal Reasons");
    case 500: return QLatin1StringView("Internal Server Error");
    case 501: return QLatin1StringView("Not Implemented");
    case 502: return QLatin1StringView("Bad Gateway");
    case 503: return QLatin1StringView("Service Unavailable");
    case 504: return QLatin1StringView("Gateway Timeout");
    default: return {};
    }
}

TableRow row(QStringList cells, QVariant data = {})
{
    return TableRow{std::move(cells), std::move(data)};
}

QString yesNo(bool value)
{
    return value ? DetailsText::tr("Yes") : DetailsText::tr("No");
}
} // namespace

QString DetailsText::milliseconds(qint64 ms)
{
    return tr("%1 ms").arg(QLocale().toString(ms));
}

QString DetailsText::bytes(qint64 count)
{
    const QLocale locale;
    // The exact count too: "1.2 KB" alone does not say whether a page crossed a size limit.
    // %Ln picks the plural form (байт, байти, байтів) and writes the number in the UI locale.
    const QString exact = count <= std::numeric_limits<int>::max()
        ? tr("%Ln byte(s)", nullptr, int(count))
        : tr("%1 bytes", "an exact byte count over two billion").arg(locale.toString(count));
    if (count < 1024)
        return exact;
    return tr("%1 (%2)", "a size: rounded, then exact").arg(locale.formattedDataSize(count), exact);
}

QString DetailsText::stateText(store::UrlState state)
{
    switch (state) {
    case store::UrlState::Queued:
        return tr("Queued");
    case store::UrlState::Done:
        return tr("Crawled");
    case store::UrlState::BlockedByRobots:
        return tr("Blocked by robots.txt");
    case store::UrlState::NotCrawled:
        return tr("Not crawled");
    }
    return tr("Unknown");
}

QString DetailsText::foundViaText(store::FoundVia via)
{
    switch (via) {
    case store::FoundVia::Seed:
        return tr("Start URL");
    case store::FoundVia::Link:
        return tr("Link");
    case store::FoundVia::Redirect:
        return tr("Redirect");
    case store::FoundVia::Sitemap:
        return tr("Sitemap");
    }
    return tr("Unknown");
}

QString DetailsText::linkKindText(int kind)
{
    // The order of html::LinkKind.
    switch (kind) {
    case 0: return tr("Hyperlink");
    case 1: return tr("Image map area");
    case 2: return tr("Link element");
    case 3: return tr("Image");
    case 4: return tr("Script");
    case 5: return tr("Iframe");
    case 6: return tr("Frame");
    case 7: return tr("Media");
    case 8: return tr("Meta refresh");
    default: return tr("Unknown");
    }
}

QString DetailsText::statusText(std::optional<int> status, store::UrlState state, const QString& error)
{
    if (status && *status > 0) {
        const QLatin1StringView reason = reasonPhrase(*status);
        return reason.isEmpty() ? QString::number(*status) : QString::number(*status) + QLatin1Char(' ') + reason;
    }
    if (state == store::UrlState::BlockedByRobots)
        return stateText(state);
    if (status) // fetched, no status: the request failed
        return error.isEmpty() ? tr("No response") : tr("No response (%1)").arg(error);
    return stateText(state);
}

QStringList DetailsText::fieldHeaders()
{
    return {tr("Field"), tr("Value")};
}

QList<TableRow> DetailsText::fieldRows(const UrlDetails& d)
{
    const QLocale locale;
    const store::PageRecord& p = d.page;
    QList<TableRow> rows;
    rows << row({tr("URL"), d.url});
    rows << row({tr("Status"), statusText(d.hasPage ? std::optional<int>(p.status) : std::nullopt, d.state, p.error)});
    rows << row({tr("State"), stateText(d.state)});
    rows << row({tr("Depth"), locale.toString(d.depth)});
    rows << row({tr("Found via"), foundViaText(d.foundVia)});
    rows << row({tr("In sitemap"), yesNo(d.inSitemap)});
    if (!d.hasPage)
        return rows; // nothing was fetched: every other field would be an empty line
    rows << row({tr("Content type"), p.contentType});
    rows << row({tr("Size"), bytes(p.size)});
    rows << row({tr("Bytes on the wire"), bytes(p.bytesReceived)});
    rows << row({tr("Title"), p.title});
    rows << row({tr("Title length"), tr("%Ln character(s)", nullptr, int(p.title.size()))});
    rows << row({tr("Titles on the page"), locale.toString(p.titleCount)});
    rows << row({tr("Meta description"), p.metaDescription});
    rows << row({tr("Meta description length"), tr("%Ln character(s)", nullptr, int(p.metaDescription.size()))});
    rows << row({tr("Meta descriptions on the page"), locale.toString(p.metaDescriptionCount)});
    rows << row({tr("H1"), p.h1});
    rows << row({tr("H1 headings"), locale.toString(p.h1Count)});
    rows << row({tr("H2 headings"), locale.toString(p.h2Count)});
    rows << row({tr("Canonical"), p.canonical});
    rows << row({tr("Meta robots"), p.metaRobots});
    rows << row({tr("X-Robots-Tag"), p.xRobotsTag});
    rows << row({tr("Word count"), locale.toString(p.wordCount)});
    rows << row({tr("Language"), p.language});
    if (d.hreflang.isEmpty())
        rows << row({tr("hreflang"), QString()});
    for (const auto& [language, href] : d.hreflang)
        rows << row({tr("hreflang (%1)").arg(language), href});
    rows << row({tr("Encoding"), p.encoding});
    rows << row({tr("HTTP version"), p.httpVersion});
    rows << row({tr("IP address"), p.ip});
    rows << row({tr("Attempts"), locale.toString(p.attempts)});
    rows << row({tr("Crawled at"), locale.toString(d.fetchedAt.toLocalTime(), QLocale::ShortFormat)});
    if (!p.redirectUrl.isEmpty())
        rows << row({tr("Redirects to"), p.redirectUrl});
    rows << row({tr("Error"), p.error});
    return rows;
}

QStringList DetailsText::headerHeaders()
{
    return {tr("Header"), tr("Value")};
}

QList<TableRow> DetailsText::headerRows(const UrlDetails& details)
{
    QList<TableRow> rows;
    for (const auto& [name, value] : details.headers)
        rows << row({name, value});
    return rows;
}

QStringList DetailsText::timingHeaders()
{
    return {tr("Phase"), tr("Time since start"), tr("Timeline")};
}

QList<TableRow> DetailsText::timingRows(const UrlDetails& d)
{
    if (!d.hasPage)
        return {};
    const store::PageRecord& p = d.page;
    // curl's times are cumulative from the start of the request: each bar runs from the previous milestone to
    // its own, a waterfall; Total spans them all. A reused connection has no DNS or connect time.
    const qint64 scale = std::max<qint64>({p.responseMs, p.ttfbMs, p.connectMs, p.dnsMs, 1});
    const auto span = [scale](qint64 from, qint64 to) {
        return QPointF(double(from) / double(scale), double(std::max(from, to)) / double(scale));
    };
    return {
        row({tr("DNS lookup"), milliseconds(p.dnsMs), QString()}, span(0, p.dnsMs)),
        row({tr("Connect"), milliseconds(p.connectMs), QString()}, span(p.dnsMs, p.connectMs)),
        row({tr("Time to first byte"), milliseconds(p.ttfbMs), QString()}, span(p.connectMs, p.ttfbMs)),
        row({tr("Total"), milliseconds(p.responseMs), QString()}, span(0, p.responseMs)),
    };
}

QStringList DetailsText::inlinkHeaders()
{
    return {tr("From"), tr("Anchor text"), tr("Rel"), tr("Type")};
}

QList<TableRow> DetailsText::inlinkRows(const QList<LinkRow>& links)
{
    QList<TableRow> rows;
    rows.reserve(links.size());
    for (const LinkRow& link : links)
        rows << row({link.url, link.anchor, link.rel, linkKindText(link.kind)}, link.url);
    return rows;
}

QStringList DetailsText::outlinkHeaders()
{
    return {tr("To"), tr("Anchor text"), tr("Rel"), tr("Type"), tr("Status")};
}

QList<TableRow> DetailsText::outlinkRows(const QList<LinkRow>& links)
{
    QList<TableRow> rows;
    rows.reserve(links.size());
    for (const LinkRow& link : links)
        rows << row({link.url, link.anchor, link.rel, linkKindText(link.kind),
                     statusText(link.status, link.state, link.error)},
                    link.url);
    return rows;
}

QStringList DetailsText::redirectHeaders()
{
    return {tr("Hop"), tr("URL"), tr("Status"), tr("Redirects to")};
}

QList<TableRow> DetailsText::redirectRows(const RedirectChain& chain)
{
    if (chain.end == RedirectChain::End::NotARedirect)
        return {};
    const QLocale locale;
    QList<TableRow> rows;
    for (qsizetype i = 0; i < chain.hops.size(); ++i) {
        const RedirectHop& hop = chain.hops[i];
        QString next = hop.redirectUrl;
        if (chain.end == RedirectChain::End::Loop && i == chain.hops.size() - 1)
            next = tr("%1 (back to hop %2)").arg(hop.redirectUrl, locale.toString(chain.loopsTo + 1));
        rows << row({locale.toString(i + 1), hop.url, statusText(hop.status, hop.state, QString()), next}, hop.url);
    }
    return rows;
}

QString DetailsText::redirectSummary(const RedirectChain& chain)
{
    const int redirects = int(chain.hops.size()) - (chain.end == RedirectChain::End::Loop ? 0 : 1);
    switch (chain.end) {
    case RedirectChain::End::NotARedirect:
        return tr("This URL does not redirect.");
    case RedirectChain::End::Final:
        return tr("%n redirect(s) to the final URL %1.", nullptr, redirects).arg(chain.hops.last().url);
    case RedirectChain::End::NotFetched:
        return tr("%n redirect(s); the last URL, %1, was not crawled.", nullptr, redirects).arg(chain.hops.last().url);
    case RedirectChain::End::Loop:
        return tr("Redirect loop: after %n redirect(s) the chain returns to hop %1.", nullptr, redirects)
            .arg(QLocale().toString(chain.loopsTo + 1));
    case RedirectChain::End::TooLong:
        return tr("The chain was followed for %n redirect(s) and goes on.", nullptr, redirects);
    }
    return {};
}

} // namespace pav::ui
