// SPDX-FileCopyrightText: 2026 Pavutyna contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "html/PageParser.h"

#include <vector>

#include <gumbo.h>

#include "html/GumboWalk.h"
#include "html/HtmlDocument.h"
#include "html/Utf8Text.h"

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

// The attribute's UTF-8 bytes without surrounding ASCII white space (what HTML strips from URLs).
QByteArray attributeBytes(const GumboNode* node, const char* name)
{
    const char* value = attribute(node, name);
    return value ? QByteArrayView(value).trimmed().toByteArray() : QByteArray();
}

bool isSkippedForText(GumboTag tag)
{
    return tag == GUMBO_TAG_SCRIPT || tag == GUMBO_TAG_STYLE || tag == GUMBO_TAG_TEMPLATE;
}

// All text below `node`, whitespace-normalised, as UTF-8; <img alt> counts, as it is what a reader "sees" of a
// link. `stack` is scratch space the caller keeps across calls (one allocation a page, not one a link).
QByteArray textOf(const GumboNode* node, std::vector<const GumboNode*>& stack)
{
    QByteArray text;
    stack.assign(1, node);
    while (!stack.empty()) {
        const GumboNode* current = stack.back();
        stack.pop_back();
        if (current->type == GUMBO_NODE_TEXT || current->type == GUMBO_NODE_WHITESPACE || current->type == GUMBO_NODE_CDATA) {
            appendSimplified(text, current->v.text.text);
            continue;
        }
        if (current->type != GUMBO_NODE_ELEMENT)
            continue;
        if (isSkippedForText(current->v.element.tag))
            continue;
        if (current->v.element.tag == GUMBO_TAG_IMG) {
            appendSimplified(text, " ");
            if (const char* alt = attribute(current, "alt"))
                appendSimplified(text, alt);
            appendSimplified(text, " ");
            continue;
        }
        const GumboVector& children = current->v.element.children;
        for (unsigned i = children.length; i > 0; --i)
            stack.push_back(static_cast<const GumboNode*>(children.data[i - 1]));
    }
    chopTrailingSpace(text);
    return text;
}

QByteArray simplifiedAttribute(const GumboNode* node, const char* name)
{
    const char* value = attribute(node, name);
    return value ? simplified(value) : QByteArray();
}

bool isDroppedHref(QByteArrayView href)
{
    if (href.isEmpty())
        return true;
    for (QByteArrayView scheme : {QByteArrayView("javascript:"), QByteArrayView("mailto:"), QByteArrayView("data:"),
                                  QByteArrayView("tel:")}) {
        if (href.size() >= scheme.size() && qstrnicmp(href.data(), scheme.data(), scheme.size()) == 0)
            return true;
    }
    return false;
}

QByteArray relTokens(const GumboNode* node)
{
    return simplifiedAttribute(node, "rel").toLower(); // ASCII only: rel tokens are ASCII keywords
}

// The URL of <meta http-equiv=refresh content>, by the HTML spec's "shared declarative refresh steps": a delay
// ("0", "5", "1.5"), then `;`, `,` or whitespace, then an optional `url =` and optional quotes:
// "0;/next", "5; URL='/x'", "0;url=/y" → "/next", "/x", "/y". Empty when there is none (a refresh of the page
// itself) or the content is not a valid refresh.
QByteArray refreshTarget(const QByteArray& content)
{
    const auto isAsciiWhitespace = [](char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\f' || c == '\r';
    };
    const qsizetype end = content.size();
    qsizetype at = 0;
    const auto skipWhitespace = [&] {
        while (at < end && isAsciiWhitespace(content[at]))
            ++at;
    };
    skipWhitespace();
    const auto isDigit = [](char c) { return c >= '0' && c <= '9'; };
    const qsizetype delay = at;
    while (at < end && isDigit(content[at]))
        ++at;
    if (at == delay && (at == end || content[at] != '.'))
        return {}; // no delay: not a refresh
    while (at < end && (isDigit(content[at]) || content[at] == '.'))
        ++at;
    if (at < end) {
        if (content[at] != ';' && content[at] != ',' && !isAsciiWhitespace(content[at]))
            return {};
        skipWhitespace();
        if (at < end && (content[at] == ';' || content[at] == ','))
            ++at;
        skipWhitespace();
    }
    if (at == end)
        return {};
    // "url", then optional whitespace and "=": without the "=", the text from "u" on is the URL itself.
    qsizetype urlStart = at;
    if (end - at >= 3 && qstrnicmp(content.constData() + at, "url", 3) == 0) {
        qsizetype afterUrl = at + 3;
        while (afterUrl < end && isAsciiWhitespace(content[afterUrl]))
            ++afterUrl;
        if (afterUrl < end && content[afterUrl] == '=') {
            at = afterUrl + 1;
            skipWhitespace();
            urlStart = at;
        }
    }
    char quote = 0;
    if (urlStart < end && (content[urlStart] == '\'' || content[urlStart] == '"'))
        quote = content[urlStart++];
    QByteArray url = content.mid(urlStart);
    if (quote != 0) {
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
QList<QByteArray> srcsetUrls(const QByteArray& srcset)
{
    const auto isAsciiWhitespace = [](char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\f' || c == '\r';
    };
    QList<QByteArray> urls;
    const qsizetype end = srcset.size();
    qsizetype at = 0;
    while (true) {
        while (at < end && (isAsciiWhitespace(srcset[at]) || srcset[at] == ','))
            ++at;
        if (at == end)
            return urls;
        const qsizetype urlStart = at;
        while (at < end && !isAsciiWhitespace(srcset[at]))
            ++at;
        qsizetype urlEnd = at;
        if (srcset[urlEnd - 1] == ',') {
            while (urlEnd > urlStart && srcset[urlEnd - 1] == ',')
                --urlEnd; // the comma ends the candidate; no descriptors follow
        } else {
            // Skip the descriptors up to the comma that ends the candidate, or the end.
            bool inParens = false;
            for (; at < end; ++at) {
                const char c = srcset[at];
                if (inParens) {
                    inParens = c != ')';
                } else if (c == '(') {
                    inParens = true;
                } else if (c == ',') {
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
    void add(QByteArray href, LinkKind kind, QByteArray anchor = {}, QByteArray rel = {})
    {
        if (!isDroppedHref(href))
            page.links.append({std::move(href), std::move(anchor), std::move(rel), kind});
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
            add(attributeBytes(node, "src"), LinkKind::Script);
            return false;
        case GUMBO_TAG_STYLE:
            return false;
        case GUMBO_TAG_TITLE:
            if (f.titleCount++ == 0)
                f.title = QString::fromUtf8(textOf(node, m_stack));
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
            add(attributeBytes(node, "href"), LinkKind::Anchor, textOf(node, m_stack), relTokens(node));
            return true;
        case GUMBO_TAG_AREA:
            add(attributeBytes(node, "href"), LinkKind::Area, simplifiedAttribute(node, "alt"), relTokens(node));
            return false;
        case GUMBO_TAG_IMG:
            add(attributeBytes(node, "src"), LinkKind::Image, simplifiedAttribute(node, "alt"));
            if (attribute(node, "srcset")) {
                for (QByteArray& url : srcsetUrls(attributeBytes(node, "srcset")))
                    add(std::move(url), LinkKind::Image);
            }
            return false;
        case GUMBO_TAG_SOURCE:
            add(attributeBytes(node, "src"), LinkKind::Media);
            if (attribute(node, "srcset")) {
                for (QByteArray& url : srcsetUrls(attributeBytes(node, "srcset")))
                    add(std::move(url), LinkKind::Media);
            }
            return false;
        case GUMBO_TAG_VIDEO:
        case GUMBO_TAG_AUDIO:
            add(attributeBytes(node, "src"), LinkKind::Media);
            return true;
        case GUMBO_TAG_IFRAME:
            add(attributeBytes(node, "src"), LinkKind::Iframe);
            return false;
        case GUMBO_TAG_FRAME:
            add(attributeBytes(node, "src"), LinkKind::Frame);
            return false;
        case GUMBO_TAG_H1:
            if (f.h1Count++ == 0)
                f.h1 = QString::fromUtf8(textOf(node, m_stack));
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
            add(refreshTarget(attributeBytes(node, "content")), LinkKind::MetaRefresh);
        }
    }

    void visitLink(const GumboNode* node)
    {
        PageFields& f = page.fields;
        QByteArray rel = relTokens(node);
        QByteArray href = attributeBytes(node, "href");
        if (hasRelToken(rel, "canonical")) {
            if (f.canonicalCount++ == 0)
                f.canonical = QString::fromUtf8(href);
            return;
        }
        if (hasRelToken(rel, "alternate") && attribute(node, "hreflang")) {
            f.hreflang.append({attributeText(node, "hreflang"), QString::fromUtf8(href)});
            return;
        }
        add(std::move(href), LinkKind::Link, {}, std::move(rel));
    }

    bool m_inBody = false;
    std::vector<const GumboNode*> m_stack; // textOf's
};
} // namespace

bool ExtractedLink::isNavigational(LinkKind kind)
{
    // Exactly the elements --html-only names. A meta refresh is a kind of redirect, but not a link a person
    // follows, and the option promises these four.
    return kind == LinkKind::Anchor || kind == LinkKind::Area || kind == LinkKind::Iframe || kind == LinkKind::Frame;
}

bool hasRelToken(QByteArrayView rel, QByteArrayView token)
{
    for (qsizetype at = 0; at < rel.size();) {
        qsizetype end = rel.indexOf(' ', at);
        if (end < 0)
            end = rel.size();
        if (rel.sliced(at, end - at) == token)
            return true;
        at = end + 1;
    }
    return false;
}

ParsedPage parsePage(const HtmlDocument& document)
{
    Collector collector;
    collector.page.links.reserve(64); // a typical page's links without growing the list several times over
    std::vector<const GumboNode*> stack;
    stack.reserve(64);
    walkTree(document.root(), stack, [&collector](const GumboNode* node) { return collector.visit(node); });
    return std::move(collector.page);
}

} // namespace pav::html
