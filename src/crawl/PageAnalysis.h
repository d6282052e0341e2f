// SPDX-FileCopyrightText: 2026 Pavutyna contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

#include "crawl/PageLinks.h"
#include "extract/Extractor.h"
#include "html/PageParser.h"

namespace pav::crawl {

struct PageAnalysis
{
    html::PageFields fields;    // canonical and hreflang hrefs resolved to absolute URLs
    QByteArray encoding;        // what the bytes were decoded from, e.g. "windows-1251"
    PageLinks links;            // UTF-8, as the parser extracts them and the crawl file stores them
    bool truncated = false;     // nesting past HtmlDocument::MaxNestingDepth: the rest was not parsed
    extract::PageExtraction extraction; // what the crawl's rules took (empty without rules)
    QByteArray compressedHtml;  // the decoded UTF-8 page, store::compressHtml'ed, when asked to keep it
};

// What the crawl asks of each page besides its fields and links.
struct AnalysisRequest
{
    const extract::RuleSet* rules = nullptr; // shared by every parse thread, read-only
    bool keepHtml = false;
};

// Everything the crawler needs from an HTML response: charset decoding (WHATWG), the Gumbo parse, the SEO
// fields and every link resolved against <base href> or the page URL. Pure and thread-safe: it runs on the
// parse pool, so a 20 MB page never holds up the network loop.
PageAnalysis analysePage(const QByteArray& body, const QByteArray& contentType, const QString& pageUrl,
                         const AnalysisRequest& request = {});

// The target of a `Link: <…>; rel="canonical"` response header, or an empty string.
QString canonicalFromLinkHeader(QByteArrayView header);

// Whether a Content-Type is worth parsing as HTML.
bool isHtmlContentType(QByteArrayView contentType);

} // namespace pav::crawl
