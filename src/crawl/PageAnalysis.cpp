// SPDX-FileCopyrightText: 2026 Pavutyna contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "crawl/PageAnalysis.h"

#include "crawl/Url.h"
#include "html/HtmlDocument.h"
#include "net/Charset.h"
#include "store/StoredHtml.h"

namespace pav::crawl {


PageAnalysis analysePage(const QByteArray& body, const QByteArray& contentType, const QString& pageUrl,
                         const AnalysisRequest& request)
{
    PageAnalysis analysis;
    net::DecodedUtf8 decoded = net::decodeHtmlToUtf8(body, contentType);
    analysis.encoding = decoded.encoding;
    // The document keeps the bytes it parsed: the copy for the rules and the stored page shares them.
    const QByteArray utf8 = decoded.utf8;
    const html::HtmlDocument document(std::move(decoded.utf8));
    analysis.truncated = document.wasTruncated();
    html::ParsedPage parsed = html::parsePage(document);
    if (request.rules && !request.rules->isEmpty())
        analysis.extraction = extract::extractPage(*request.rules, document, utf8);
    if (request.keepHtml)
        analysis.compressedHtml = store::compressHtml(utf8);
    analysis.fields = std::move(parsed.fields);

    QString base = pageUrl;
    if (!parsed.baseHref.isEmpty()) {
        if (auto resolved = resolveUrl(pageUrl, parsed.baseHref))
            base = *resolved;
    }
    const UrlResolver resolver(base);
    const auto resolve = [&resolver](const QByteArray& href) -> QByteArray {
        Result<QByteArray> result = resolver.resolveUtf8(href);
        return result ? std::move(*result) : QByteArray();
    };

    // A resolved URL is seldom longer than its href and the base together: one buffer for most pages.
    qsizetype textBytes = 0;
    for (const html::ExtractedLink& link : parsed.links)
        textBytes += link.href.size() + link.anchor.size() + link.rel.size() + base.size();
    analysis.links.reserve(parsed.links.size(), textBytes);
    // No cache of resolved hrefs: resolving an ordinary href costs less than hashing it into one did.
    for (const html::ExtractedLink& link : parsed.links) {
        const auto writeUrl = [&](QByteArray& text) { return resolver.appendResolvedUtf8(link.href, text); };
        analysis.links.appendWritten(writeUrl, link.anchor, link.rel, link.kind);
    }
    if (!analysis.fields.canonical.isEmpty()) {
        if (QByteArray canonical = resolve(analysis.fields.canonical.toUtf8()); !canonical.isEmpty())
            analysis.fields.canonical = QString::fromLatin1(canonical);
    }
    for (html::Hreflang& alternate : analysis.fields.hreflang) {
        if (QByteArray href = resolve(alternate.href.toUtf8()); !href.isEmpty())
            alternate.href = QString::fromLatin1(href);
    }
    return analysis;
}

QString canonicalFromLinkHeader(QByteArrayView header)
{
    // RFC 8288: Link: <url>; rel="canonical", <other>; rel=alternate
    qsizetype at = 0;
    while (true) {
        const qsizetype open = header.indexOf('<', at);
        if (open < 0)
            return {};
        const qsizetype close = header.indexOf('>', open);
        if (close < 0)
            return {};
        qsizetype next = header.indexOf('<', close);
        const QByteArrayView params = header.sliced(close + 1, (next < 0 ? header.size() : next) - close - 1);
        const QByteArray lower = params.toByteArray().toLower();
        const qsizetype rel = lower.indexOf("rel=");
        if (rel >= 0) {
            QByteArray value = lower.mid(rel + 4);
            if (value.startsWith('"')) {
                const qsizetype end = value.indexOf('"', 1);
                value = value.mid(1, end < 0 ? -1 : end - 1);
            } else {
                // An unquoted token ends at the next parameter, the next link or the end of the header
                // (QByteArray::left(-1) is empty, which lost `rel=canonical` when it came last).
                qsizetype end = 0;
                while (end < value.size() && value[end] != ';' && value[end] != ',' && value[end] != ' '
                       && value[end] != '\t')
                    ++end;
                value.truncate(end);
            }
            if (value.split(' ').contains("canonical"))
                return QString::fromUtf8(header.sliced(open + 1, close - open - 1)).trimmed();
        }
        if (next < 0)
            return {};
        at = next;
    }
}

bool isHtmlContentType(QByteArrayView contentType)
{
    const QByteArray type = contentType.trimmed().toByteArray().toLower();
    return type.isEmpty() || type.startsWith("text/html") || type.startsWith("application/xhtml+xml");
}

} // namespace pav::crawl
