// SPDX-FileCopyrightText: 2026 Pavutyna contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace pav::xpath {

// Initialises libxml2's globals (xmlInitParser). libxml2 2.9 does this lazily but not thread-safely the first
// time, so main() calls it once before any parse worker starts. Idempotent; never paired with xmlCleanupParser
// (other libraries in the process may use libxml2 too).
void initialiseLibxml2();

} // namespace pav::xpath
