// SPDX-FileCopyrightText: 2026 Pavutyna contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QJsonValue>
#include <QList>
#include <QString>

struct GumboInternalNode;

namespace pav::jsonld {

// One <script type="application/ld+json"> of a page.
struct JsonLdBlock
{
    QByteArray source; // the script's text as the page has it (UTF-8)
    QJsonValue value;  // the parsed object or array; undefined when !isValid
    bool isValid = false;
    QString error; // translated, lower case: "unterminated string at byte 120" (an offset into source, from 0)
};

// Every JSON-LD block under `root` (a Gumbo document or any node), in document order, head and body alike.
// The type is compared case-insensitively with white space and parameters allowed ("Application/LD+JSON;
// charset=utf-8"). Wrappers that pages put around the JSON are tolerated: an HTML comment `<!-- ... -->`,
// `/*<![CDATA[*/ ... /*]]>*/`, `//<![CDATA[ ... //]]>`, `<![CDATA[ ... ]]>`, and a trailing `;`. Blocks that do
// not parse are kept, with isValid false and the reason. Iterative; safe on any thread.
QList<JsonLdBlock> findJsonLd(const GumboInternalNode* root);

} // namespace pav::jsonld
