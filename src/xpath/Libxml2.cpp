// SPDX-FileCopyrightText: 2026 Pavutyna contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "xpath/Libxml2.h"

#include <mutex>

#include <libxml/parser.h>

#include "xpath/XPathContext.h"

namespace pav::xpath {

void initialiseLibxml2Once()
{
    // xmlInitParser is idempotent but its first run is not thread-safe in 2.9: serialise it here too, for
    // tests and tools that never call initialiseLibxml2() from main().
    static std::once_flag once;
    std::call_once(once, [] { xmlInitParser(); });
}

void initialiseLibxml2() { initialiseLibxml2Once(); }

} // namespace pav::xpath
