// SPDX-FileCopyrightText: 2026 Pavutyna contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>
#include <tuple>
#include <variant>
#include <vector>

#include "async/Cancellation.h"
#include "async/Task.h"
#include "async/TaskGroup.h"
#include "common/Result.h"

namespace pav::async {

// asyncio.gather, two flavours. All tasks run concurrently on the loop; results come in input order.
//  - gather(tasks) / gather(a, b, …) is *settled* (cppcoro's when_all_ready, gather(return_exceptions=True)):
//    each slot holds the value or the Error, so one failed page never discards the others.
//  - gatherAll(siblings, tasks) / gatherAll(siblings, a, b, …) is *fail-fast*: the first failure requests
//    cancellation on `siblings` (build the tasks with siblings.token()), waits for the rest to settle,
//    then rethrows that first failure. Void results become std::monostate in the pack form.

template <typename T>
using ValueOrMonostate = std::conditional_t<std::is_void_v<T>, std::monostate, T>;

namespace detail {

// Awaits `task` and stores what it produced in `slot` (an optional of Result<T> or of T/monostate).
template <typename T, typename Slot>
Task<> awaitInto(Task<T> task, Slot* slot)
{
    if constexpr (std::is_void_v<T>) {
        co_await std::move(task);
        slot->emplace();
    } else {
        slot->emplace(co_await std::move(task));
    }
}

template <typename T>
Task<> settleInto(Task<T> task, std::optional<Result<T>>* slot)
{
    try {
        co_await awaitInto(std::move(task), slot);
    } catch (...) {
        slot->emplace(errorFromException(std::current_exception()));
    }
}

struct FailFast
{
    CancellationSource siblings;
    std::exception_ptr firstFailure;
};

template <typename T>
Task<> storeOrCancel(Task<T> task, std::optional<ValueOrMonostate<T>>* slot, FailFast* state)
{
    try {
        co_await awaitInto(std::move(task), slot);
    } catch (...) {
        if (!state->firstFailure) {
            state->firstFailure = std::current_exception();
            state->siblings.requestCancellation();
        }
    }
}

template <typename Cells, typename... Ts, std::size_t... I>
void spawnSettled(TaskGroup& group, Cells& cells, std::index_sequence<I...>, Task<Ts>&... tasks)
{
    (group.spawn(settleInto(std::move(tasks), &std::get<I>(cells))), ...);
}

template <typename Cells, typename... Ts, std::size_t... I>
void spawnFailFast(TaskGroup& group, Cells& cells, FailFast& state, std::index_sequence<I...>, Task<Ts>&... tasks)
{
    (group.spawn(storeOrCancel(std::move(tasks), &std::get<I>(cells), &state)), ...);
}

template <typename Tuple, std::size_t... I>
auto unwrapAll(Tuple& cells, std::index_sequence<I...>)
{
    return std::make_tuple(std::move(*std::get<I>(cells))...);
}

} // namespace detail

template <typename T>
Task<std::vector<Result<T>>> gather(std::vector<Task<T>> tasks)
{
    std::vector<std::optional<Result<T>>> cells(tasks.size());
    TaskGroup group;
    for (std::size_t i = 0; i < tasks.size(); ++i)
        group.spawn(detail::settleInto(std::move(tasks[i]), &cells[i]));
    co_await group.join();
    std::vector<Result<T>> results;
    results.reserve(cells.size());
    for (auto& slot : cells)
        results.push_back(std::move(*slot));
    co_return results;
}

template <typename... Ts>
Task<std::tuple<Result<Ts>...>> gather(Task<Ts>... tasks)
{
    std::tuple<std::optional<Result<Ts>>...> cells;
    TaskGroup group;
    detail::spawnSettled(group, cells, std::index_sequence_for<Ts...>{}, tasks...);
    co_await group.join();
    co_return detail::unwrapAll(cells, std::index_sequence_for<Ts...>{});
}

template <typename T>
Task<std::vector<ValueOrMonostate<T>>> gatherAll(CancellationSource siblings, std::vector<Task<T>> tasks)
{
    std::vector<std::optional<ValueOrMonostate<T>>> cells(tasks.size());
    detail::FailFast state{siblings, nullptr};
    TaskGroup group;
    for (std::size_t i = 0; i < tasks.size(); ++i)
        group.spawn(detail::storeOrCancel(std::move(tasks[i]), &cells[i], &state));
    co_await group.join();
    if (state.firstFailure)
        std::rethrow_exception(state.firstFailure);
    std::vector<ValueOrMonostate<T>> values;
    values.reserve(cells.size());
    for (auto& slot : cells)
        values.push_back(std::move(*slot));
    co_return values;
}

template <typename... Ts>
Task<std::tuple<ValueOrMonostate<Ts>...>> gatherAll(CancellationSource siblings, Task<Ts>... tasks)
{
    std::tuple<std::optional<ValueOrMonostate<Ts>>...> cells;
    detail::FailFast state{siblings, nullptr};
    TaskGroup group;
    detail::spawnFailFast(group, cells, state, std::index_sequence_for<Ts...>{}, tasks...);
    co_await group.join();
    if (state.firstFailure)
        std::rethrow_exception(state.firstFailure);
    co_return detail::unwrapAll(cells, std::index_sequence_for<Ts...>{});
}

} // namespace pav::async
