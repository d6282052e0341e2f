// SPDX-FileCopyrightText: 2026 Pavutyna contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "selectors/Selector.h"

#include <algorithm>
#include <array>
#include <string_view>

namespace pav::selectors {

bool AnPlusB::matches(int position) const
{
    const qint64 offset = qint64(position) - b;
    if (a == 0)
        return offset == 0;
    // position = a*n + b for some n >= 0: the offset has a's sign (or is zero) and is a multiple of a.
    return offset / a >= 0 && offset % a == 0;
}

bool isHtmlCaseInsensitiveAttribute(QByteArrayView lowerName)
{
    // Sorted, for binary search; the list is the HTML standard's, verbatim.
    static constexpr std::array<std::string_view, 46> Names = { "accept", "accept-charset", "align", "alink", "axis",
        "bgcolor", "charset", "checked", "clear", "codetype", "color", "compact", "declare", "defer", "dir",
        "direction", "disabled", "enctype", "face", "frame", "hreflang", "http-equiv", "lang", "language", "link",
        "media", "method", "multiple", "nohref", "noresize", "noshade", "nowrap", "readonly", "rel", "rev", "rules",
        "scope", "scrolling", "selected", "shape", "target", "text", "type", "valign", "valuetype", "vlink" };
    static_assert(std::is_sorted(Names.begin(), Names.end()));
    return std::binary_search(Names.begin(), Names.end(), std::string_view(lowerName.data(), lowerName.size()));
}

} // namespace pav::selectors
