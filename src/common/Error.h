// SPDX-FileCopyrightText: 2026 Pavutyna contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <exception>
#include <stdexcept>

#include <QString>

namespace pav {

// What went wrong, in categories callers branch on; the message is for people and already translated.
enum class ErrorKind
{
    Cancelled,
    TimedOut,
    InvalidArgument,
    Network,
    Io,
    Internal,
};

struct Error
{
    ErrorKind kind = ErrorKind::Internal;
    QString message;
};

// Carries an Error through code that unwinds with exceptions (coroutines), so it can be turned back
// into a value at a boundary such as gather().
class Exception : public std::runtime_error
{
public:
    explicit Exception(Error error);
    const Error& error() const noexcept { return m_error; }

private:
    Error m_error;
};

// Thrown by an awaited operation whose cancellation token fired (asyncio's CancelledError).
class Cancelled : public std::exception
{
public:
    const char* what() const noexcept override { return "operation cancelled"; }
};

// Thrown by withTimeout() when the deadline passes first (asyncio's TimeoutError).
class TimedOut : public std::exception
{
public:
    const char* what() const noexcept override { return "operation timed out"; }
};

// Converts whatever a task threw into an Error value; Cancelled and TimedOut keep their kinds.
Error errorFromException(std::exception_ptr exception);

} // namespace pav
