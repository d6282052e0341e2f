// SPDX-FileCopyrightText: 2026 Pavutyna contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <memory>
#include <span>

#include <QString>

#include "common/Result.h"
#include "store/Statement.h"

struct sqlite3;

namespace pav::store {

// One schema step: applied once, in order, inside a transaction, recorded in PRAGMA user_version.
struct Migration
{
    int version;
    const char* sql;
};

// A crawl file: one SQLite connection (RAII over sqlite3*) in WAL mode, marked with our application_id,
// migrated to the newest schema on open. A file from a newer Pavutyna, or not ours at all, is refused with
// a sentence saying so. Thread affinity: the opening thread.
class Database
{
public:
    enum class Mode
    {
        ReadWrite, // creates the file when missing
        ReadOnly,
    };

    static constexpr int ApplicationId = 0x50415655; // "PAVU"

    static Result<std::unique_ptr<Database>> open(const QString& path, std::span<const Migration> migrations,
                                                  Mode mode = Mode::ReadWrite);
    // Checks that `path` already is a crawl file, one this process may write to, without creating or changing
    // anything: open() would make an empty or missing file a new crawl, which --resume and --export must not.
    // The message says what is wrong with the file, not which file it is.
    static Result<void> checkIsWritableCrawlFile(const QString& path);
    // The format version (PRAGMA user_version) of an existing file, read without changing it. No check that
    // the file is a crawl file: open() does that.
    static Result<int> fileVersion(const QString& path);
    // Turns off SQLite's memory statistics, process-wide: they put one global mutex around every sqlite3_malloc of
    // every connection. The GUI thread reading a window of rows then waited whenever a sorting worker or the crawl's
    // writer held it and was preempted (80-100 ms stalls on two cores), and the crawl's writer paid for the lock
    // on every allocation. Call once at startup, before any database is opened (SQLite refuses it afterwards, and
    // then this returns false and changes nothing). Nothing in Pavutyna reads those statistics.
    static bool disableMemoryStatistics();
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;
    ~Database();

    Result<void> exec(const char* sql);
    Result<Statement> prepare(const char* sql);
    // The rowid of this connection's most recent insert (for a multi-row INSERT, of its last row).
    qint64 lastInsertId() const;
    int schemaVersion() const { return m_version; }
    QString path() const { return m_path; }
    sqlite3* handle() const { return m_db; }

private:
    Database(sqlite3* db, QString path)
        : m_db(db)
        , m_path(std::move(path))
    {
    }
    Result<int> pragmaInt(const char* sql);
    Result<void> migrate(std::span<const Migration> migrations);

    sqlite3* m_db;
    QString m_path;
    int m_version = 0;
};

// BEGIN IMMEDIATE … COMMIT; rolls back when destroyed uncommitted (an error path or an exception).
class Transaction
{
public:
    static Result<Transaction> begin(Database& db);
    Transaction(Transaction&& other) noexcept
        : m_db(std::exchange(other.m_db, nullptr))
    {
    }
    Transaction(const Transaction&) = delete;
    Transaction& operator=(const Transaction&) = delete;
    ~Transaction();
    Result<void> commit();

private:
    explicit Transaction(Database* db)
        : m_db(db)
    {
    }
    Database* m_db;
};

} // namespace pav::store
