// SPDX-FileCopyrightText: 2026 Pavutyna contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

struct GumboInternalNode;
struct _xmlDoc;

namespace pav::html {
class HtmlDocument;
}

namespace pav::xpath {

// A libxml2 document mirroring a Gumbo tree, so XPath 1.0 runs over the tree an HTML5 browser builds:
// - every element in no namespace with a lower-case name (unknown tags by their lower-cased source name, SVG
//   elements case-adjusted as Gumbo's gumbo_normalize_svg_tagname gives them: `foreignObject`), so `//div` and
//   `//svg/path` work as in lxml.html and Scrapy; names that are not XML names (`x:y`, `a"b`) are kept as they
//   are and reached with `//*[name()='x:y']`;
// - attributes in no namespace, except xlink:* (prefix `xlink`) and xml:* (prefix `xml`), which are in theirs;
// - text, white space and CDATA as text nodes, comments as comment nodes; no doctype;
// - every `id` attribute registered, so id() works (the first element with an id wins, as getElementById).
// Every xmlNode's and xmlAttr's `_private` points back at its GumboNode / GumboAttribute. Text is not copied:
// the view points into the Gumbo tree, so it must not outlive the HtmlDocument. Built on the thread that uses
// it; move-only; building is iterative (no recursion on tree depth).
class XmlView
{
public:
    explicit XmlView(const html::HtmlDocument& document);
    explicit XmlView(const GumboInternalNode* root); // a GUMBO_NODE_DOCUMENT node, or null for an empty document
    XmlView(XmlView&& other) noexcept;
    XmlView& operator=(XmlView&& other) noexcept;
    XmlView(const XmlView&) = delete;
    XmlView& operator=(const XmlView&) = delete;
    ~XmlView();

    _xmlDoc* document() const noexcept { return m_doc; }
    int nodeCount() const noexcept { return m_nodeCount; } // elements, text and comments (not attributes)

private:
    void release();

    _xmlDoc* m_doc = nullptr;
    int m_nodeCount = 0;
};

} // namespace pav::xpath
