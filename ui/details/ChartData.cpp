// SPDX-FileCopyrightText: 2026 Pavutyna contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/details/ChartData.h"

#include <sqlite3.h>

#include "store/CrawlStore.h"
#include "store/Database.h"

namespace pav::ui {

namespace {
// Called by SQLite once per pages row with (status, response_ms, blocked): counts it into the ChartData that
// is the function's user data. No exception can leave it (a C callback).
void tally(sqlite3_context* context, int, sqlite3_value** values)
{
    auto* data = static_cast<ChartData*>(sqlite3_user_data(context));
    const qint64 status = sqlite3_value_int64(values[0]);
    if (status == 0) {
        data->statusClasses[sqlite3_value_int64(values[2]) != 0 ? ChartData::Blocked : ChartData::NoResponse] += 1;
        sqlite3_result_null(context);
        return;
    }
    if (status >= 200 && status < 600)
        data->statusClasses[std::size_t(ChartData::Success + status / 100 - 2)] += 1;
    const qint64 ms = sqlite3_value_int64(values[1]);
    std::size_t bucket = 0;
    while (bucket < ChartData::BucketLimitsMs.size() && ms >= ChartData::BucketLimitsMs[bucket])
        ++bucket;
    data->responseTimes[bucket] += 1;
    sqlite3_result_null(context);
}
} // namespace

Result<ChartData> loadChartData(store::Database& db)
{
    static_assert(int(store::UrlState::BlockedByRobots) == 2, "the SQL below spells the state out");
    // One scan of pages, each row counted by a C function inside the scan: measured 1.5–4× faster than GROUP BY
    // (a sorter over every row), a dozen conditional sum()s, or stepping every row out to C++; what is left is
    // reading the table. The function exists on this connection only while the query runs. Status-0 rows (robots refusals
    // and failed fetches look alike in pages) are told apart by their URL's state, looked up only for them.
    ChartData data;
    const char* name = "pav_chart_tally";
    if (int rc = sqlite3_create_function_v2(db.handle(), name, 3, SQLITE_UTF8 | SQLITE_DIRECTONLY, &data, tally,
                                            nullptr, nullptr, nullptr);
        rc != SQLITE_OK)
        return store::sqliteError(db.handle(), rc);
    Result<bool> done = false;
    {
        auto statement = db.prepare("SELECT count(pav_chart_tally(status, response_ms, "
                                    "CASE WHEN status = 0 THEN (SELECT state = 2 FROM urls WHERE id = url_id) END)) "
                                    "FROM pages");
        done = statement ? statement->step() : Result<bool>(statement.error());
    }
    sqlite3_create_function_v2(db.handle(), name, 3, SQLITE_UTF8, nullptr, nullptr, nullptr, nullptr, nullptr);
    if (!done)
        return done.error();
    return data;
}

} // namespace pav::ui
