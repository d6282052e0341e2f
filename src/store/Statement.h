// SPDX-FileCopyrightText: 2026 Pavutyna contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

#include "common/Result.h"

struct sqlite3;
struct sqlite3_stmt;

namespace pav::store {

// One prepared statement (RAII over sqlite3_stmt). Bind by 1-based index, step, read columns by 0-based
// index, reset to run again. Move-only; must not outlive its Database.
class Statement
{
public:
    Statement() = default;
    Statement(sqlite3* db, sqlite3_stmt* statement)
        : m_db(db)
        , m_statement(statement)
    {
    }
    Statement(Statement&& other) noexcept;
    Statement& operator=(Statement&& other) noexcept;
    Statement(const Statement&) = delete;
    Statement& operator=(const Statement&) = delete;
    ~Statement();

    Statement& bind(int index, qint64 value);
    Statement& bind(int index, int value) { return bind(index, qint64(value)); }
    Statement& bind(int index, double value);
    Statement& bind(int index, const QString& value);
    // Binds the text without copying it: `value` must stay alive and unchanged until the statement has run.
    // For the hot write paths (a page's fields, about 50 links a page), where the copy and the UTF-8
    // conversion into a temporary were two allocations per value.
    Statement& bindBorrowed(int index, const QString& value);
    // bindBorrowed for text that is already UTF-8, which SQLite then stores as it is (a UTF-16 bind is
    // converted again inside SQLite). Null binds the empty text, like bind(const QString&).
    Statement& bindBorrowedUtf8(int index, QByteArrayView utf8);
    Statement& bind(int index, const QByteArray& value); // as a blob
    Statement& bindNull(int index);

    // true: a row is ready to read; false: done. Errors (disk full, constraint…) come back as values.
    Result<bool> step();
    // Steps to the end, for statements that return no rows.
    Result<void> run();
    void reset();

    qint64 int64(int column) const;
    double real(int column) const;
    QString text(int column) const;
    // The column's UTF-8 bytes without a copy; valid until the next step() or reset().
    QByteArrayView utf8(int column) const;
    QByteArray blob(int column) const;
    bool isNull(int column) const;

private:
    sqlite3* m_db = nullptr;
    sqlite3_stmt* m_statement = nullptr;
    int m_bindError = 0;
};

// Turns an SQLite result code into a sentence a user understands (disk full, read-only, locked…).
Error sqliteError(sqlite3* db, int code);

} // namespace pav::store
