// SPDX-FileCopyrightText: 2026 Pavutyna contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <gumbo.h>

#include "html/Match.h"

namespace pav::html {

// The GumboAttribute a Match points at (see Match.h for why it is typed opaquely there).
inline const GumboAttribute* attributeOf(const Match& match)
{
    return reinterpret_cast<const GumboAttribute*>(match.attribute);
}

} // namespace pav::html
