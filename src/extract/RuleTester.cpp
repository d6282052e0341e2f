// SPDX-FileCopyrightText: 2026 Pavutyna contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "extract/RuleTester.h"

#include <algorithm>

#include <gumbo.h>

#include "extract/CompiledRules.h"
#include "extract/Extractor.h"
#include "extract/RuleEvaluation.h"
#include "extract/RuleSet.h"
#include "html/GumboMatch.h"
#include "html/HtmlDocument.h"

namespace pav::extract {

namespace {
using Range = std::pair<qsizetype, qsizetype>;

// Where a matched node is in the UTF-8 source, as Gumbo recorded it: an element from its start tag to the end
// of its end tag (or of its start tag, when the end was implied), a text node's text, an attribute's value.
std::optional<Range> byteRangeOf(const html::Match& match)
{
    if (match.isValue())
        return std::nullopt;
    if (match.isAttribute()) {
        const GumboAttribute* attribute = html::attributeOf(match);
        if (attribute->original_value.length == 0)
            return Range{qsizetype(attribute->name_start.offset), qsizetype(attribute->original_name.length)};
        return Range{qsizetype(attribute->value_start.offset), qsizetype(attribute->original_value.length)};
    }
    const GumboNode* node = match.node;
    switch (node->type) {
    case GUMBO_NODE_ELEMENT:
    case GUMBO_NODE_TEMPLATE: {
        const GumboElement& element = node->v.element;
        if (element.original_tag.length == 0) // inserted by the parser: nowhere in the source
            return std::nullopt;
        const qsizetype start = qsizetype(element.start_pos.offset);
        qsizetype end = start + qsizetype(element.original_tag.length);
        if (element.original_end_tag.length > 0 && element.end_pos.offset >= element.start_pos.offset)
            end = qsizetype(element.end_pos.offset) + qsizetype(element.original_end_tag.length);
        return Range{start, end - start};
    }
    case GUMBO_NODE_TEXT:
    case GUMBO_NODE_WHITESPACE:
    case GUMBO_NODE_CDATA:
    case GUMBO_NODE_COMMENT:
        if (node->v.text.original_text.length == 0)
            return std::nullopt;
        return Range{qsizetype(node->v.text.start_pos.offset), qsizetype(node->v.text.original_text.length)};
    case GUMBO_NODE_DOCUMENT:
        return std::nullopt;
    }
    return std::nullopt;
}

// UTF-16 units of a UTF-8 run (Gumbo's input is valid UTF-8): one per sequence, two for four-byte ones.
qsizetype utf16Length(QByteArrayView utf8)
{
    qsizetype units = 0;
    for (const char c : utf8) {
        const auto byte = static_cast<unsigned char>(c);
        if ((byte & 0xC0) != 0x80) // not a continuation byte: a character starts here
            units += byte >= 0xF0 ? 2 : 1;
    }
    return units;
}

// UTF-8 byte ranges to UTF-16 ones, counting from one range's start to the next (ranges sorted by start), so
// the whole source is counted about once however many matches there are.
QList<Range> toUtf16(QList<Range> ranges, QByteArrayView utf8)
{
    std::sort(ranges.begin(), ranges.end());
    QList<Range> out;
    qsizetype byte = 0;
    qsizetype unit = 0;
    for (const Range& range : ranges) {
        const qsizetype start = std::clamp<qsizetype>(range.first, byte, utf8.size());
        unit += utf16Length(utf8.sliced(byte, start - byte));
        byte = start;
        const qsizetype end = std::min(utf8.size(), start + range.second);
        out.append({unit, utf16Length(utf8.sliced(start, end - start))});
    }
    return out;
}
} // namespace

RuleTrial tryRule(const Rule& rule, const QByteArray& utf8Html)
{
    RuleTrial trial;
    Result<RuleSet> compiled = RuleSet::compile({rule});
    trial.source = QString::fromUtf8(utf8Html);
    if (!compiled) {
        trial.error = compiled.error().message;
        return trial;
    }
    const html::HtmlDocument document{QByteArray(utf8Html)};
    PageContext page(compiled->compiled(), document, utf8Html);
    RuleOutput output = evaluate(compiled->compiled().compiled.front(), page);
    trial.values = output.values;
    trial.cell = cellOf(compiled->rules().front(), trial.values);
    if (!output.sourceRanges.isEmpty()) {
        trial.ranges = output.sourceRanges; // regexes and searches ran over this very text (or the readable one)
        if (rule.isSearch() && rule.searchText)
            trial.ranges.clear(); // positions in the readable text, not in the source
        return trial;
    }
    QList<Range> bytes;
    for (const html::Match& match : output.matches) {
        if (std::optional<Range> range = byteRangeOf(match))
            bytes.append(*range);
    }
    trial.ranges = toUtf16(bytes, utf8Html);
    return trial;
}

} // namespace pav::extract
