// SPDX-FileCopyrightText: 2026 Pavutyna contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "xpath/XmlView.h"

#include <cstring>
#include <string>
#include <utility>
#include <vector>

#include <gumbo.h>
#include <libxml/HTMLtree.h>
#include <libxml/tree.h>
#include <libxml/valid.h>

#include "html/HtmlDocument.h"
#include "xpath/XPathContext.h"

namespace pav::xpath {

namespace {

// The XLink namespace, which Gumbo gives `xlink:href` and friends in SVG and MathML.
constexpr auto XLinkNamespace = "http://www.w3.org/1999/xlink";

void appendChild(xmlNodePtr parent, xmlNodePtr child)
{
    // Linked by hand rather than with xmlAddChild, which merges adjacent text nodes (we map nodes one to one).
    child->parent = parent;
    child->doc = parent->doc;
    if (!parent->children) {
        parent->children = child;
    } else {
        parent->last->next = child;
        child->prev = parent->last;
    }
    parent->last = child;
}

void lowerAscii(std::string& name)
{
    for (char& c : name) {
        if (c >= 'A' && c <= 'Z')
            c = char(c + 32);
    }
}

// The name an element gets: lower case, SVG's mixed-case names as the HTML parser spec adjusts them.
const char* elementName(const GumboElement& element, std::string& scratch)
{
    GumboStringPiece original = element.original_tag;
    gumbo_tag_from_original_text(&original);
    if (element.tag_namespace == GUMBO_NAMESPACE_SVG && original.data) {
        if (const char* adjusted = gumbo_normalize_svg_tagname(&original))
            return adjusted;
    }
    if (element.tag != GUMBO_TAG_UNKNOWN)
        return gumbo_normalized_tagname(element.tag);
    scratch.assign(original.data ? original.data : "", original.length);
    lowerAscii(scratch);
    return scratch.c_str();
}

// Text is shared with the Gumbo tree: the node's content points into it and is cleared again before the
// document is freed, so libxml2 never frees memory it does not own.
xmlNodePtr sharedText(xmlDocPtr doc, xmlNodePtr node, const char* text)
{
    node->content = reinterpret_cast<xmlChar*>(const_cast<char*>(text));
    node->doc = doc;
    return node;
}

class Builder
{
public:
    explicit Builder(xmlDocPtr doc)
        : m_doc(doc)
    { }

    int build(const GumboNode* root)
    {
        m_doc->_private = const_cast<GumboNode*>(root);
        std::vector<std::pair<const GumboNode*, xmlNodePtr>> stack;
        pushChildren(stack, root->v.document.children, reinterpret_cast<xmlNodePtr>(m_doc));
        while (!stack.empty()) {
            const auto [node, parent] = stack.back();
            stack.pop_back();
            xmlNodePtr created = create(node);
            if (!created)
                continue;
            ++m_count;
            created->_private = const_cast<GumboNode*>(node);
            appendChild(parent, created);
            if (node->type == GUMBO_NODE_ELEMENT || node->type == GUMBO_NODE_TEMPLATE) {
                addAttributes(created, node->v.element.attributes);
                pushChildren(stack, node->v.element.children, created);
            }
        }
        return m_count;
    }

private:
    static void pushChildren(
        std::vector<std::pair<const GumboNode*, xmlNodePtr>>& stack, const GumboVector& children, xmlNodePtr parent)
    {
        for (unsigned i = children.length; i > 0; --i) // reversed, so the first child is built first
            stack.emplace_back(static_cast<const GumboNode*>(children.data[i - 1]), parent);
    }

    xmlNodePtr create(const GumboNode* node)
    {
        switch (node->type) {
        case GUMBO_NODE_ELEMENT:
        case GUMBO_NODE_TEMPLATE: {
            xmlNodePtr element = xmlNewDocNode(m_doc, nullptr, BAD_CAST elementName(node->v.element, m_name), nullptr);
            // Document order for libxml2's fast node comparison (what xmlXPathOrderDocElems stores): we build in
            // document order, so the index is simply the running count.
            if (element)
                element->content = reinterpret_cast<xmlChar*>(-static_cast<std::ptrdiff_t>(++m_order));
            return element;
        }
        case GUMBO_NODE_TEXT:
        case GUMBO_NODE_WHITESPACE:
        case GUMBO_NODE_CDATA:
            if (xmlNodePtr text = xmlNewDocTextLen(m_doc, nullptr, 0))
                return sharedText(m_doc, text, node->v.text.text);
            return nullptr;
        case GUMBO_NODE_COMMENT:
            if (xmlNodePtr comment = xmlNewDocComment(m_doc, nullptr))
                return sharedText(m_doc, comment, node->v.text.text);
            return nullptr;
        case GUMBO_NODE_DOCUMENT: return nullptr;
        }
        return nullptr;
    }

    xmlNsPtr xlinkNamespace(xmlNodePtr element)
    {
        for (xmlNsPtr ns = element->nsDef; ns; ns = ns->next) {
            if (ns->prefix && std::strcmp(reinterpret_cast<const char*>(ns->prefix), "xlink") == 0)
                return ns;
        }
        return xmlNewNs(element, BAD_CAST XLinkNamespace, BAD_CAST "xlink");
    }

    xmlNsPtr xmlNamespace(xmlNodePtr element)
    {
        if (!m_xmlNs)
            m_xmlNs = xmlSearchNsByHref(m_doc, element, XML_XML_NAMESPACE);
        return m_xmlNs;
    }

    // Which namespace and local name an attribute gets: Gumbo's foreign-content namespaces, and the same
    // `xml:` / `xlink:` prefixes written on HTML elements, so `@xml:lang` and `@xlink:href` find both.
    xmlNsPtr attributeNamespace(xmlNodePtr element, const GumboAttribute& attribute, const char*& name)
    {
        name = attribute.name;
        switch (attribute.attr_namespace) {
        case GUMBO_ATTR_NAMESPACE_XLINK: return xlinkNamespace(element);
        case GUMBO_ATTR_NAMESPACE_XML: return xmlNamespace(element);
        case GUMBO_ATTR_NAMESPACE_XMLNS:
            // Namespace declarations are not attributes in XPath's model, but HTML has no namespaces to
            // declare: keep them as the plain attributes lxml.html shows.
            m_name = std::strcmp(attribute.name, "xmlns") == 0 ? std::string("xmlns")
                                                               : std::string("xmlns:") + attribute.name;
            name = m_name.c_str();
            return nullptr;
        case GUMBO_ATTR_NAMESPACE_NONE: break;
        }
        if (std::strncmp(name, "xml:", 4) == 0 && name[4]) {
            name += 4;
            return xmlNamespace(element);
        }
        if (std::strncmp(name, "xlink:", 6) == 0 && name[6]) {
            name += 6;
            return xlinkNamespace(element);
        }
        return nullptr;
    }

    void addAttributes(xmlNodePtr element, const GumboVector& attributes)
    {
        xmlAttrPtr last = nullptr;
        for (unsigned i = 0; i < attributes.length; ++i) {
            const auto* attribute = static_cast<const GumboAttribute*>(attributes.data[i]);
            const char* name = nullptr;
            xmlNsPtr ns = attributeNamespace(element, *attribute, name);
            xmlAttrPtr attr = xmlNewDocProp(m_doc, BAD_CAST name, nullptr);
            if (!attr)
                continue;
            attr->ns = ns;
            attr->parent = element;
            attr->_private = const_cast<GumboAttribute*>(attribute);
            if (xmlNodePtr value = xmlNewDocTextLen(m_doc, nullptr, 0)) {
                sharedText(m_doc, value, attribute->value);
                value->parent = reinterpret_cast<xmlNodePtr>(attr);
                attr->children = attr->last = value;
            }
            if (last) {
                last->next = attr;
                attr->prev = last;
            } else {
                element->properties = attr;
            }
            last = attr;
            // HTML has no DTD to declare IDs; registering them is what makes id() work. A repeated id is
            // refused by xmlAddID, so the first element keeps it, as with getElementById.
            if (!ns && attribute->value[0] && std::strcmp(name, "id") == 0)
                xmlAddID(nullptr, m_doc, BAD_CAST attribute->value, attr);
        }
    }

    xmlDocPtr m_doc;
    xmlNsPtr m_xmlNs = nullptr;
    std::string m_name;
    std::size_t m_order = 0;
    int m_count = 0;
};

// Clears the contents shared with the Gumbo tree (text, comments, attribute values) so xmlFreeDoc frees only
// what libxml2 allocated. Iterative: documents nest up to HtmlDocument::MaxNestingDepth deep.
void unshareText(xmlDocPtr doc)
{
    xmlNodePtr node = doc->children;
    while (node) {
        if (node->type == XML_TEXT_NODE || node->type == XML_COMMENT_NODE) {
            node->content = nullptr;
        } else if (node->type == XML_ELEMENT_NODE) {
            for (xmlAttrPtr attr = node->properties; attr; attr = attr->next) {
                if (attr->children)
                    attr->children->content = nullptr;
            }
            if (node->children) {
                node = node->children;
                continue;
            }
        }
        while (node && !node->next) {
            node = node->parent;
            if (node == reinterpret_cast<xmlNodePtr>(doc))
                node = nullptr;
        }
        if (node)
            node = node->next;
    }
}

} // namespace

XmlView::XmlView(const html::HtmlDocument& document)
    : XmlView(document.root())
{ }

XmlView::XmlView(const GumboNode* root)
{
    initialiseLibxml2Once();
    QuietErrors quiet; // only an allocation can fail here, but libxml2 would print it
    m_doc = htmlNewDocNoDtD(nullptr, nullptr);
    if (!m_doc)
        return;
    // Element and attribute names come from a small set; a per-document dictionary saves a copy of each.
    m_doc->dict = xmlDictCreate();
    if (root && root->type == GUMBO_NODE_DOCUMENT)
        m_nodeCount = Builder(m_doc).build(root);
}

XmlView::XmlView(XmlView&& other) noexcept
    : m_doc(std::exchange(other.m_doc, nullptr))
    , m_nodeCount(std::exchange(other.m_nodeCount, 0))
{ }

XmlView& XmlView::operator=(XmlView&& other) noexcept
{
    if (this != &other) {
        release();
        m_doc = std::exchange(other.m_doc, nullptr);
        m_nodeCount = std::exchange(other.m_nodeCount, 0);
    }
    return *this;
}

XmlView::~XmlView() { release(); }

void XmlView::release()
{
    if (!m_doc)
        return;
    unshareText(m_doc);
    xmlFreeDoc(m_doc);
    m_doc = nullptr;
}

} // namespace pav::xpath
