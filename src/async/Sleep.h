// SPDX-FileCopyrightText: 2026 Pavutyna contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <chrono>

#include "async/Cancellation.h"
#include "async/Task.h"

namespace pav::async {

// asyncio.sleep: suspends for `duration` on the event loop; a zero duration still yields one loop pass.
// Throws Cancelled promptly when the token fires.
Task<> sleepFor(std::chrono::milliseconds duration, CancellationToken token = {});

} // namespace pav::async
