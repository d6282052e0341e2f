// SPDX-FileCopyrightText: 2026 Pavutyna contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <utility>
#include <variant>

#include "common/Error.h"

namespace pav {

// A value or an Error: our small stand-in for C++23's std::expected.
template <typename T>
class [[nodiscard]] Result
{
public:
    Result(T value)
        : m_state(std::in_place_index<0>, std::move(value))
    {
    }
    Result(Error error)
        : m_state(std::in_place_index<1>, std::move(error))
    {
    }

    bool hasValue() const noexcept { return m_state.index() == 0; }
    explicit operator bool() const noexcept { return hasValue(); }

    T& value() & { return checkedValue(); }
    const T& value() const& { return const_cast<Result*>(this)->checkedValue(); }
    // By value on temporaries: `for (auto& x : *store.queued(10))` must not iterate a dead Result.
    T value() && { return std::move(checkedValue()); }
    T* operator->() { return &checkedValue(); }
    const T* operator->() const { return &value(); }
    T& operator*() & { return checkedValue(); }
    const T& operator*() const& { return value(); }
    T operator*() && { return std::move(checkedValue()); }

    const Error& error() const { return std::get<1>(m_state); }
    // The value, or `fallback` when this holds an error: for the many "step() succeeded and found a row" checks.
    T valueOr(T fallback) const { return hasValue() ? std::get<0>(m_state) : std::move(fallback); }

private:
    T& checkedValue()
    {
        if (!hasValue())
            throw Exception(std::get<1>(m_state));
        return std::get<0>(m_state);
    }

    std::variant<T, Error> m_state;
};

template <>
class [[nodiscard]] Result<void>
{
public:
    Result() = default;
    Result(Error error)
        : m_error(std::move(error))
        , m_failed(true)
    {
    }

    bool hasValue() const noexcept { return !m_failed; }
    explicit operator bool() const noexcept { return hasValue(); }
    void value() const
    {
        if (m_failed)
            throw Exception(m_error);
    }
    const Error& error() const { return m_error; }

private:
    Error m_error;
    bool m_failed = false;
};

} // namespace pav
