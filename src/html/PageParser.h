// SPDX-FileCopyrightText: 2026 Pavutyna contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

namespace pav::html {

class HtmlDocument;

enum class LinkKind
{
    Anchor,      // <a href>
    Area,        // <area href>
    Link,        // <link href> other than canonical / hreflang alternates (stylesheets, icons, …)
    Image,       // <img src/srcset>
    Script,      // <script src>
    Iframe,      // <iframe src>
    Frame,       // <frame src>
    Media,       // <source src/srcset>, <video|audio src>
    MetaRefresh, // <meta http-equiv=refresh content="0; url=…">
};

// Whether a space-separated list of rel tokens holds `token`.
bool hasRelToken(QByteArrayView rel, QByteArrayView token);

// A link as written in the page: the crawler resolves it against the base and normalises it. The texts are
// UTF-8, as Gumbo gives them and SQLite stores them: about 50 links a page, each converted to UTF-16 and back
// again, were a measurable part of a crawl's CPU.
struct ExtractedLink
{
    QByteArray href;
    QByteArray anchor; // visible text (or alt) of the link, whitespace-normalised
    QByteArray rel;    // lower-case rel tokens, space-separated
    LinkKind kind = LinkKind::Anchor;

    // Links a person follows (what --html-only keeps): a, area, iframe and frame.
    bool isNavigational() const { return isNavigational(kind); }
    static bool isNavigational(LinkKind kind);
    bool hasRel(QByteArrayView token) const { return hasRelToken(rel, token); }
};



struct Hreflang
{
    QString language;
    QString href;
};

// The SEO fields of one page, as a site auditor reads them.
struct PageFields
{
    QString title;
    int titleCount = 0;
    QString metaDescription;
    int metaDescriptionCount = 0;
    QString metaRobots; // every robots meta, comma-joined, lower case
    QString canonical;  // href of the first link rel=canonical, as written
    int canonicalCount = 0;
    QString h1;
    int h1Count = 0;
    int h2Count = 0;
    int wordCount = 0;  // words of visible body text (script, style and template excluded)
    QString language;   // <html lang>
    QList<Hreflang> hreflang;
};

struct ParsedPage
{
    QString baseHref; // first <base href>, as written
    PageFields fields;
    QList<ExtractedLink> links; // document order; javascript:, mailto:, data:, tel: and empty hrefs dropped
};

ParsedPage parsePage(const HtmlDocument& document);

} // namespace pav::html
