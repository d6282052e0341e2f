// SPDX-FileCopyrightText: 2026 Pavutyna contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstddef>

#include <QByteArray>

namespace pav::test {

// A literal with embedded NUL bytes as a QByteArray, its length taken from the array type: counting bytes
// by hand went wrong twice (caught by ASan) before this existed.
template <std::size_t N>
QByteArray bytes(const char (&literal)[N])
{
    return QByteArray(literal, qsizetype(N - 1));
}

} // namespace pav::test
