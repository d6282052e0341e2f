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
    return std::move(text).simplified(); // in place: the buffer is ours
}

// Words in UTF-8 text: runs of non-space characters holding at least one letter or digit, so "—" or "|"
// alone is no word. Decoded by hand rather than via QString: this runs for every text node of every page, so
// ASCII and Cyrillic (U+0400–U+04FF, lead bytes D0–D3) take short paths and only other characters are decoded.
int countWords(const char* text)
{
    int words = 0;
    bool inWord = false;
    bool wordHasContent = false;
    const auto endWord = [&] {
        words += inWord && wordHasContent;
        inWord = wordHasContent = false;
    };
    const auto* p = reinterpret_cast<const unsigned char*>(text);
    while (true) {
        const unsigned char byte = *p;
        if (byte < 0x80) {
            if (byte == 0)
                break;
            if (byte == ' ' || (byte >= 0x09 && byte <= 0x0D)) {
                endWord();
            } else {
                inWord = true;
                wordHasContent = wordHasContent || (byte >= '0' && byte <= '9') || ((byte | 0x20) >= 'a' && (byte | 0x20) <= 'z');
            }
            ++p;
            continue;
        }
        if (byte >= 0xD0 && byte <= 0xD3 && (p[1] & 0xC0) == 0x80) {
            inWord = wordHasContent = true;
            p += 2;
            continue;
        }
        char32_t c = byte;
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
        // Unicode's White_Space set spelled out: QChar::isSpace looks every non-ASCII character up in a table.
        const bool space = c == 0x85 || c == 0xA0 || c == 0x1680 || (c >= 0x2000 && c <= 0x200A) || c == 0x2028
            || c == 0x2029 || c == 0x202F || c == 0x205F || c == 0x3000;
        if (space) {
            endWord();
        } else {
            inWord = true;
            wordHasContent = wordHasContent || QChar::isLetterOrNumber(c);
        }
        p += length;
    }
    endWord();
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

// The URL of <meta http-equiv=refresh content>, by the HTML spec's "shared declarative refresh steps": a delay
// ("0", "5", "1.5"), then `;`, `,` or whitespace, then an optional `url =` and optional quotes:
// "0;/next", "5; URL='/x'", "0;url=/y" → "/next", "/x", "/y". Empty when there is none (a refresh of the page
// itself) or the content is not a valid refresh.
QString refreshTarget(const QString& content)
{
    const auto isAsciiWhitespace = [](QChar c) {
        return c == u' ' || c == u'\t' || c == u'\n' || c == u'\f' || c == u'\r';
    };
    const qsizetype end = content.size();
    qsizetype at = 0;
    const auto skipWhitespace = [&] {
        while (at < end && isAsciiWhitespace(content[at]))
            ++at;
    };
    skipWhitespace();
    const auto isDigit = [](QChar c) { return c >= u'0' && c <= u'9'; };
    const qsizetype delay = at;
    while (at < end && isDigit(content[at]))
        ++at;
    if (at == delay && (at == end || content[at] != u'.'))
        return {}; // no delay: not a refresh
    while (at < end && (isDigit(content[at]) || content[at] == u'.'))
        ++at;
    if (at < end) {
        if (content[at] != u';' && content[at] != u',' && !isAsciiWhitespace(content[at]))
            return {};
        skipWhitespace();
        if (at < end && (content[at] == u';' || content[at] == u','))
            ++at;
        skipWhitespace();
    }
    if (at == end)
        return {};
    // "url", then optional whitespace and "=": without the "=", the text from "u" on is the URL itself.
    qsizetype urlStart = at;
    if (content.mid(at, 3).compare(QLatin1String("url"), Qt::CaseInsensitive) == 0) {
        qsizetype afterUrl = at + 3;
        while (afterUrl < end && isAsciiWhitespace(content[afterUrl]))
            ++afterUrl;
        if (afterUrl < end && content[afterUrl] == u'=') {
            at = afterUrl + 1;
            skipWhitespace();
            urlStart = at;
        }
    }
    QChar quote;
    if (urlStart < end && (content[urlStart] == u'\'' || content[urlStart] == u'"'))
        quote = content[urlStart++];
    QString url = content.mid(urlStart);
    if (!quote.isNull()) {
        const qsizetype closing = url.indexOf(quote);
        if (closing >= 0)
            url.truncate(closing);
    }
    return url.trimmed();
}

// The URLs of a srcset, by the HTML spec's srcset parsing algorithm: a candidate is a URL (a run of
// non-whitespace, which may hold commas: "https://x.com/c,w_100.jpg 3x") and optional descriptors; candidates are
// separated by a comma that ends the URL itself ("a.jpg, b.jpg") or follows the descriptors (a comma inside
// parentheses does not count). Descriptors are not validated: a checker wants every URL written, even beside a
// malformed "2x 3x".
QStringList srcsetUrls(const QString& srcset)
{
    const auto isAsciiWhitespace = [](QChar c) {
        return c == u' ' || c == u'\t' || c == u'\n' || c == u'\f' || c == u'\r';
    };
    QStringList urls;
    const qsizetype end = srcset.size();
    qsizetype at = 0;
    while (true) {
        while (at < end && (isAsciiWhitespace(srcset[at]) || srcset[at] == u','))
            ++at;
        if (at == end)
            return urls;
        const qsizetype urlStart = at;
        while (at < end && !isAsciiWhitespace(srcset[at]))
            ++at;
        qsizetype urlEnd = at;
        if (srcset[urlEnd - 1] == u',') {
            while (urlEnd > urlStart && srcset[urlEnd - 1] == u',')
                --urlEnd; // the comma ends the candidate; no descriptors follow
        } else {
            // Skip the descriptors up to the comma that ends the candidate, or the end.
            bool inParens = false;
            for (; at < end; ++at) {
                const QChar c = srcset[at];
                if (inParens) {
                    inParens = c != u')';
                } else if (c == u'(') {
                    inParens = true;
                } else if (c == u',') {
                    ++at;
                    break;
                }
            }
        }
        urls.append(srcset.mid(urlStart, urlEnd - urlStart));
    }
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
    // Exactly the elements --html-only names. A meta refresh is a kind of redirect, but not a link a person
    // follows, and the option promises these four.
    return kind == LinkKind::Anchor || kind == LinkKind::Area || kind == LinkKind::Iframe || kind == LinkKind::Frame;
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
