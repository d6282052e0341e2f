// SPDX-FileCopyrightText: 2026 Pavutyna contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "xpath/XPathContext.h"

#include <cstring>
#include <memory>

#include <libxml/xpathInternals.h>

namespace pav::xpath {

namespace {

void ignoreStructured(void*, xmlErrorPtr) { }
void ignoreGeneric(void*, const char*, ...) { }

// The language of a node: xml:lang or, as HTML writes it, lang on the node or its nearest ancestor.
const xmlChar* languageOf(xmlNodePtr node)
{
    for (; node; node = node->parent) {
        if (node->type != XML_ELEMENT_NODE)
            continue;
        xmlAttrPtr attr = xmlHasNsProp(node, BAD_CAST "lang", XML_XML_NAMESPACE);
        if (!attr)
            attr = xmlHasNsProp(node, BAD_CAST "lang", nullptr);
        if (attr && attr->type == XML_ATTRIBUTE_NODE)
            return attr->children && attr->children->content ? attr->children->content : BAD_CAST "";
    }
    return nullptr;
}

// lang(string) per XPath 1.0 §4.3 (case-insensitive, "en" matches "en-GB"), but also honouring HTML's `lang`
// attribute: libxml2's own lang() reads only xml:lang, which HTML pages almost never use.
void htmlLang(xmlXPathParserContextPtr ctxt, int nargs)
{
    CHECK_ARITY(1);
    CAST_TO_STRING;
    CHECK_TYPE(XPATH_STRING);
    xmlXPathObjectPtr wanted = valuePop(ctxt);
    xmlNodePtr node = ctxt->context->node;
    if (node && node->type == XML_NAMESPACE_DECL)
        node = nullptr; // a namespace node has no parent pointer libxml2 lets us follow safely
    const xmlChar* language = languageOf(node);
    bool matches = false;
    if (language && wanted->stringval) {
        const auto* want = reinterpret_cast<const char*>(wanted->stringval);
        const auto* have = reinterpret_cast<const char*>(language);
        const std::size_t length = std::strlen(want);
        matches = xmlStrncasecmp(BAD_CAST have, BAD_CAST want, int(length)) == 0
            && (have[length] == '\0' || have[length] == '-');
    }
    xmlXPathFreeObject(wanted);
    valuePush(ctxt, xmlXPathNewBoolean(matches));
}

xmlXPathFunction lookupFunction(void*, const xmlChar* name, const xmlChar* namespaceUri)
{
    if (!namespaceUri && xmlStrEqual(name, BAD_CAST "lang"))
        return htmlLang;
    return nullptr; // the core library registered in the context
}

struct ContextDeleter
{
    void operator()(xmlXPathContextPtr context) const { xmlXPathFreeContext(context); }
};

} // namespace

QuietErrors::QuietErrors()
    : m_structured(xmlStructuredError)
    , m_structuredContext(xmlStructuredErrorContext)
    , m_generic(xmlGenericError)
    , m_genericContext(xmlGenericErrorContext)
{
    xmlSetStructuredErrorFunc(nullptr, ignoreStructured);
    xmlSetGenericErrorFunc(nullptr, ignoreGeneric);
}

QuietErrors::~QuietErrors()
{
    xmlSetStructuredErrorFunc(m_structuredContext, m_structured);
    xmlSetGenericErrorFunc(m_genericContext, m_generic);
}

xmlXPathContextPtr threadContext()
{
    thread_local std::unique_ptr<xmlXPathContext, ContextDeleter> context;
    if (!context) {
        initialiseLibxml2Once();
        QuietErrors quiet;
        context.reset(xmlXPathNewContext(nullptr));
        if (!context)
            return nullptr;
        xmlXPathRegisterNs(context.get(), BAD_CAST "xlink", BAD_CAST "http://www.w3.org/1999/xlink");
        xmlXPathRegisterFuncLookup(context.get(), lookupFunction, nullptr);
        context->error = ignoreStructured; // errors land in context->lastError, which failure() reads
    }
    return context.get();
}

void prepare(xmlXPathContextPtr context, xmlDocPtr doc, unsigned long opLimit)
{
    xmlResetError(&context->lastError);
    context->doc = doc;
    context->node = reinterpret_cast<xmlNodePtr>(doc);
    context->contextSize = 1; // XPath 1.0 §1: at the top, position() and last() are 1
    context->proximityPosition = 1;
    context->opLimit = opLimit;
    context->opCount = 0;
    context->depth = 0;
}

XPathFailure failure(xmlXPathContextPtr context)
{
    const xmlError& error = context->lastError;
    if (error.domain != XML_FROM_XPATH || error.code == XML_ERR_OK)
        return {};
    return XPathFailure {error.code - XML_XPATH_EXPRESSION_OK + XPATH_EXPRESSION_OK, error.int1};
}

} // namespace pav::xpath
