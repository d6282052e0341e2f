// SPDX-FileCopyrightText: 2026 Pavutyna contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Internal to pav::xpath: libxml2 state shared by XmlView and XPathExpression.

#include <libxml/xmlerror.h>
#include <libxml/xpath.h>

namespace pav::xpath {

void initialiseLibxml2Once();

// Keeps libxml2 from printing: its structured and generic error handlers are per thread in 2.9 and default
// to stderr. Installs silent ones for the scope's lifetime and then restores whatever the thread had.
class QuietErrors
{
public:
    QuietErrors();
    ~QuietErrors();
    QuietErrors(const QuietErrors&) = delete;
    QuietErrors& operator=(const QuietErrors&) = delete;

private:
    xmlStructuredErrorFunc m_structured;
    void* m_structuredContext;
    xmlGenericErrorFunc m_generic;
    void* m_genericContext;
};

// What libxml2 last reported through a context: an xmlXPathError code and the byte offset into the expression
// (meaningful for compile errors only).
struct XPathFailure
{
    int code = XPATH_EXPRESSION_OK;
    int offset = 0;
};

// This thread's XPath context (created on first use, freed when the thread ends): the core function library,
// lang() that also reads HTML's `lang` attribute, the `xlink` prefix, and errors captured instead of printed.
// prepare() resets it for one compile or evaluation; failure() reads what went wrong.
xmlXPathContextPtr threadContext();
void prepare(xmlXPathContextPtr context, xmlDocPtr doc, unsigned long opLimit);
XPathFailure failure(xmlXPathContextPtr context);

} // namespace pav::xpath
