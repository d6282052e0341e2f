// SPDX-FileCopyrightText: 2026 Pavutyna contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/BatchScheduling.h"

#if defined(__linux__)
#include <sched.h>
#endif

namespace pav::cli {

bool scheduleAsBatchJob()
{
#if defined(__linux__) && defined(SCHED_BATCH)
    // On Linux the policy belongs to the thread (pid 0 = the caller), and new threads inherit their creator's.
    // SCHED_BATCH needs priority 0 and no privilege.
    const sched_param parameters{};
    return sched_setscheduler(0, SCHED_BATCH, &parameters) == 0;
#else
    return false;
#endif
}

} // namespace pav::cli
