// SPDX-FileCopyrightText: 2026 Pavutyna contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "html/PageParser.h"

#include <gumbo.h>

#include "html/HtmlDocument.h"

namespace pav::html {

namespace {
const char* attribute(const GumboNode* node, const char* name)
{
    const GumboAttribute* found = gumbo_get_attribute(&node->v.element.attributes, name);
    return found ? found->value : nullptr;
}

QString attributeText(const GumboNode* node, const char* name)
{
    const char* value = attribute(node, name);
    return value ? QString::fromUtf8(value).trimmed() : QString();
}

bool isSkippedForText(GumboTag tag)
{
    return tag == GUMBO_TAG_SCRIPT || tag == GUMBO_TAG_STYLE || tag == GUMBO_TAG_TEMPLATE;
}

// All text below `node`, whitespace-normalised; <img alt> counts, as it is what a reader "sees" of a link.
QString textOf(const GumboNode* node)
{
    QString text;
    std::vector<const GumboNode*> stack{node};
    while (!stack.empty()) {
        const GumboNode* current = stack.back();
        stack.pop_back();
        if (current->type == GUMBO_NODE_TEXT || current->type == GUMBO_NODE_WHITESPACE || current->type == GUMBO_NODE_CDATA) {
            text += QString::fromUtf8(current->v.text.text);
            continue;
        }
        if (current->type != GUMBO_NODE_ELEMENT)
            continue;
        if (isSkippedForText(current->v.element.tag))
            continue;
        if (current->v.element.tag == GUMBO_TAG_IMG) {
            text += QLatin1Char(' ') + attributeText(current, "alt") + QLatin1Char(' ');
            continue;
        }
        const GumboVector& children = current->v.element.children;
        for (unsigned i = children.length; i > 0; --i)
            stack.push_back(static_cast<const GumboNode*>(children.data[i - 1]));
    }
    return text.simplified();
}

// Words in UTF-8 text: runs of non-space characters holding at least one letter or digit, so "—" or "|"
// alone is no word. Decoded by hand rather than via QString: this runs for every text node of every page.
int countWords(const char* text)
{
    int words = 0;
    bool inWord = false;
    bool wordHasContent = false;
    const auto* p = reinterpret_cast<const unsigned char*>(text);
    while (true) {
        char32_t c = *p;
        int length = 1;
        if (c >= 0xC0) { // a multi-byte sequence; malformed ones count as one non-letter character
            length = c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : 2;
            c &= (0x3F >> (length - 1));
            for (int k = 1; k < length; ++k) {
                if ((p[k] & 0xC0) != 0x80) {
                    c = 0xFFFD;
                    length = k;
                    break;
                }
                c = (c << 6) | (p[k] & 0x3F);
            }
        }
        const bool end = c == 0;
        // Unicode's White_Space set spelled out: QChar::isSpace looks every non-ASCII character up in a table,
        // and Cyrillic pages are nothing but non-ASCII characters.
        const bool space = c < 0x80 ? (c == ' ' || (c >= 0x09 && c <= 0x0D))
                                    : (c == 0x85 || c == 0xA0 || c == 0x1680 || (c >= 0x2000 && c <= 0x200A)
                                       || c == 0x2028 || c == 0x2029 || c == 0x202F || c == 0x205F || c == 0x3000);
        if (end || space) {
            if (inWord && wordHasContent)
                ++words;
            inWord = wordHasContent = false;
            if (end)
                break;
        } else {
            inWord = true;
            wordHasContent = wordHasContent || (c >= 0x0400 && c <= 0x04FF) || QChar::isLetterOrNumber(c);
        }
        p += length;
    }
    return words;
}

bool isDroppedHref(const QString& href)
{
    if (href.isEmpty())
        return true;
    for (QLatin1StringView scheme : {QLatin1StringView("javascript:"), QLatin1StringView("mailto:"),
                                     QLatin1StringView("data:"), QLatin1StringView("tel:")}) {
        if (href.startsWith(scheme, Qt::CaseInsensitive))
            return true;
    }
    return false;
}

QString relTokens(const GumboNode* node)
{
    return attributeText(node, "rel").toLower().simplified();
}

// "0; url=/next", "5;URL='/x'" → "/next", "/x"
QString refreshTarget(const QString& content)
{
    const qsizetype at = content.indexOf(QLatin1String("url"), 0, Qt::CaseInsensitive);
    if (at < 0)
        return {};
    QString rest = content.mid(at + 3).trimmed();
    if (!rest.startsWith(QLatin1Char('=')))
        return {};
    rest = rest.mid(1).trimmed();
    if (rest.size() >= 2 && (rest.front() == QLatin1Char('\'') || rest.front() == QLatin1Char('"'))) {
        const qsizetype end = rest.indexOf(rest.front(), 1);
        rest = end < 0 ? rest.mid(1) : rest.mid(1, end - 1);
    }
    return rest.trimmed();
}

// "a.jpg 1x, b.jpg 2x" → a.jpg, b.jpg
QStringList srcsetUrls(const QString& srcset)
{
    QStringList urls;
    for (const QString& candidate : srcset.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const QString url = candidate.trimmed().section(QLatin1Char(' '), 0, 0);
        if (!url.isEmpty())
            urls.append(url);
    }
    return urls;
}

class Collector
{
public:
    ParsedPage page;

    bool visit(const GumboNode* node)
    {
        if (node->type == GUMBO_NODE_TEXT || node->type == GUMBO_NODE_CDATA) {
            if (m_inBody)
                page.fields.wordCount += countWords(node->v.text.text);
            return false;
        }
        if (node->type == GUMBO_NODE_TEMPLATE)
            return false; // inert content
        if (node->type != GUMBO_NODE_ELEMENT)
            return node->type == GUMBO_NODE_DOCUMENT;
        return visitElement(node);
    }

private:
    void add(const QString& href, LinkKind kind, QString anchor = {}, QString rel = {})
    {
        if (!isDroppedHref(href))
            page.links.append({href, std::move(anchor), std::move(rel), kind});
    }

    bool visitElement(const GumboNode* node)
    {
        PageFields& f = page.fields;
        switch (node->v.element.tag) {
        case GUMBO_TAG_HTML:
            f.language = attributeText(node, "lang");
            return true;
        case GUMBO_TAG_BODY:
            m_inBody = true;
            return true;
        case GUMBO_TAG_SCRIPT:
            add(attributeText(node, "src"), LinkKind::Script);
            return false;
        case GUMBO_TAG_STYLE:
            return false;
        case GUMBO_TAG_TITLE:
            if (f.titleCount++ == 0)
                f.title = textOf(node);
            return false;
        case GUMBO_TAG_BASE:
            if (page.baseHref.isEmpty())
                page.baseHref = attributeText(node, "href");
            return false;
        case GUMBO_TAG_META:
            visitMeta(node);
            return false;
        case GUMBO_TAG_LINK:
            visitLink(node);
            return false;
        case GUMBO_TAG_A:
            add(attributeText(node, "href"), LinkKind::Anchor, textOf(node), relTokens(node));
            return true;
        case GUMBO_TAG_AREA:
            add(attributeText(node, "href"), LinkKind::Area, attributeText(node, "alt").simplified(), relTokens(node));
            return false;
        case GUMBO_TAG_IMG:
            add(attributeText(node, "src"), LinkKind::Image, attributeText(node, "alt").simplified());
            for (const QString& url : srcsetUrls(attributeText(node, "srcset")))
                add(url, LinkKind::Image);
            return false;
        case GUMBO_TAG_SOURCE:
            add(attributeText(node, "src"), LinkKind::Media);
            for (const QString& url : srcsetUrls(attributeText(node, "srcset")))
                add(url, LinkKind::Media);
            return false;
        case GUMBO_TAG_VIDEO:
        case GUMBO_TAG_AUDIO:
            add(attributeText(node, "src"), LinkKind::Media);
            return true;
        case GUMBO_TAG_IFRAME:
            add(attributeText(node, "src"), LinkKind::Iframe);
            return false;
        case GUMBO_TAG_FRAME:
            add(attributeText(node, "src"), LinkKind::Frame);
            return false;
        case GUMBO_TAG_H1:
            if (f.h1Count++ == 0)
                f.h1 = textOf(node);
            return true;
        case GUMBO_TAG_H2:
            ++f.h2Count;
            return true;
        default:
            return true;
        }
    }

    void visitMeta(const GumboNode* node)
    {
        PageFields& f = page.fields;
        const QString name = attributeText(node, "name").toLower();
        if (name == QLatin1String("description")) {
            if (f.metaDescriptionCount++ == 0)
                f.metaDescription = attributeText(node, "content").simplified();
        } else if (name == QLatin1String("robots")) {
            const QString content = attributeText(node, "content").toLower().simplified();
            if (!content.isEmpty())
                f.metaRobots += (f.metaRobots.isEmpty() ? QString() : QStringLiteral(", ")) + content;
        } else if (attributeText(node, "http-equiv").compare(QLatin1String("refresh"), Qt::CaseInsensitive) == 0) {
            add(refreshTarget(attributeText(node, "content")), LinkKind::MetaRefresh);
        }
    }

    void visitLink(const GumboNode* node)
    {
        PageFields& f = page.fields;
        const QString rel = relTokens(node);
        const QString href = attributeText(node, "href");
        const QStringList tokens = rel.split(QLatin1Char(' '), Qt::SkipEmptyParts);
        if (tokens.contains(QLatin1String("canonical"))) {
            if (f.canonicalCount++ == 0)
                f.canonical = href;
            return;
        }
        if (tokens.contains(QLatin1String("alternate")) && attribute(node, "hreflang")) {
            f.hreflang.append({attributeText(node, "hreflang"), href});
            return;
        }
        add(href, LinkKind::Link, {}, rel);
    }

    bool m_inBody = false;
};
} // namespace

bool ExtractedLink::isNavigational() const
{
    return kind == LinkKind::Anchor || kind == LinkKind::Area || kind == LinkKind::Iframe || kind == LinkKind::Frame
        || kind == LinkKind::MetaRefresh;
}

bool ExtractedLink::hasRel(QStringView token) const
{
    for (const auto& part : QStringView(rel).split(u' ', Qt::SkipEmptyParts)) {
        if (part == token)
            return true;
    }
    return false;
}

ParsedPage parsePage(const HtmlDocument& document)
{
    Collector collector;
    document.walk([&collector](const GumboNode* node) { return collector.visit(node); });
    return std::move(collector.page);
}

} // namespace pav::html
