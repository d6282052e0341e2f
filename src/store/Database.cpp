// SPDX-FileCopyrightText: 2026 Pavutyna contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/Database.h"

#include <sqlite3.h>

#include <QCoreApplication>
#include <QFileInfo>

namespace pav::store {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(pav::store::Database)
};
} // namespace

namespace {
// pav_fold(text): Unicode case folding, for searches that SQLite's ASCII-only LIKE would miss ("головна" in
// "Головна"). Searches call it only when their text is not plain ASCII, since it costs a conversion per cell.
void foldCase(sqlite3_context* context, int, sqlite3_value** arguments)
{
    if (sqlite3_value_type(arguments[0]) == SQLITE_NULL) {
        sqlite3_result_null(context);
        return;
    }
    const auto* text = reinterpret_cast<const char*>(sqlite3_value_text(arguments[0]));
    const QByteArray folded = QString::fromUtf8(text, sqlite3_value_bytes(arguments[0])).toCaseFolded().toUtf8();
    sqlite3_result_text(context, folded.constData(), int(folded.size()), SQLITE_TRANSIENT);
}

void registerFunctions(sqlite3* handle)
{
    sqlite3_create_function(handle, "pav_fold", 1, SQLITE_UTF8 | SQLITE_DETERMINISTIC | SQLITE_INNOCUOUS, nullptr,
                            foldCase, nullptr, nullptr);
}
} // namespace

Result<std::unique_ptr<Database>> Database::open(const QString& path, std::span<const Migration> migrations, Mode mode)
{
    const int flags = (mode == Mode::ReadOnly ? SQLITE_OPEN_READONLY : SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE)
        | SQLITE_OPEN_NOMUTEX;
    sqlite3* handle = nullptr;
    const int rc = sqlite3_open_v2(path.toUtf8().constData(), &handle, flags, nullptr);
    std::unique_ptr<Database> db(new Database(handle, path));
    if (rc != SQLITE_OK)
        return sqliteError(handle, rc);
    sqlite3_busy_timeout(handle, 5000);
    registerFunctions(handle);
    sqlite3_extended_result_codes(handle, 1);

    // Reading the header is what tells a database from any other file.
    Result<int> applicationId = db->pragmaInt("PRAGMA application_id");
    if (!applicationId)
        return applicationId.error();
    Result<int> tables = db->pragmaInt("SELECT count(*) FROM sqlite_schema");
    if (!tables)
        return tables.error();
    if (*applicationId != ApplicationId && (*applicationId != 0 || *tables != 0))
        return Error{ErrorKind::InvalidArgument, Tr::tr("%1 is not a Pavutyna crawl file").arg(path)};

    Result<int> version = db->pragmaInt("PRAGMA user_version");
    if (!version)
        return version.error();
    db->m_version = *version;
    const int newest = migrations.empty() ? 0 : migrations.back().version;
    if (db->m_version > newest)
        return Error{ErrorKind::InvalidArgument,
                     Tr::tr("%1 was written by a newer version of Pavutyna (crawl file format %2; this version reads up to %3)")
                         .arg(path)
                         .arg(db->m_version)
                         .arg(newest)};
    if (mode == Mode::ReadOnly) {
        // A writer makes an empty file a new crawl; a reader has nothing to show in it.
        if (*applicationId == 0 && *tables == 0)
            return Error{ErrorKind::InvalidArgument, Tr::tr("%1 is empty: it holds no crawl").arg(path)};
        if (db->m_version < newest)
            return Error{ErrorKind::InvalidArgument,
                         Tr::tr("%1 needs upgrading to the current crawl file format; open it for writing first").arg(path)};
        return db;
    }
    // WAL: readers (the GUI) never block the writer, and a killed process loses nothing committed.
    // synchronous=NORMAL is durable against process crashes, which is what resume depends on.
    // A 64 MiB page cache keeps the url and link indexes of a million-URL crawl in memory; SQLite's 2 MiB
    // default made every insert a round of pread/pwrite calls (measured: 155 s for a million URLs, 40 s of it
    // in the kernel).
    for (const char* pragma : {"PRAGMA journal_mode=WAL", "PRAGMA synchronous=NORMAL", "PRAGMA foreign_keys=ON",
                               "PRAGMA cache_size=-65536"}) {
        if (Result<void> done = db->exec(pragma); !done)
            return done.error();
    }
    if (Result<void> migrated = db->migrate(migrations); !migrated)
        return migrated.error();
    return db;
}

bool Database::disableMemoryStatistics()
{
    return sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0) == SQLITE_OK;
}

Result<void> Database::checkIsWritableCrawlFile(const QString& path)
{
    const QFileInfo info(path);
    if (!info.exists())
        return Error{ErrorKind::InvalidArgument, Tr::tr("the file does not exist")};
    if (!info.isFile())
        return Error{ErrorKind::InvalidArgument, Tr::tr("it is not a file")};
    if (info.size() == 0) // SQLite would take it for a new, empty database
        return Error{ErrorKind::InvalidArgument, Tr::tr("the file is empty, so it is not a Pavutyna crawl file")};
    // No SQLITE_OPEN_CREATE, and only reads: nothing is written to a file that turns out not to be ours.
    sqlite3* handle = nullptr;
    const int rc = sqlite3_open_v2(path.toUtf8().constData(), &handle, SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOMUTEX,
                                   nullptr);
    std::unique_ptr<Database> db(new Database(handle, path));
    if (rc != SQLITE_OK)
        return sqliteError(handle, rc);
    // SQLITE_OPEN_READWRITE quietly falls back to read-only; the crawl would then fail at its first write.
    if (sqlite3_db_readonly(handle, "main") == 1)
        return Error{ErrorKind::Io, Tr::tr("the file is read-only, and Pavutyna writes to a crawl file when it "
                                           "continues or exports it")};
    Result<int> applicationId = db->pragmaInt("PRAGMA application_id");
    if (!applicationId)
        return applicationId.error();
    if (*applicationId != ApplicationId)
        return Error{ErrorKind::InvalidArgument, Tr::tr("it is not a Pavutyna crawl file")};
    return {};
}

Result<int> Database::fileVersion(const QString& path)
{
    if (!QFileInfo(path).isFile())
        return Error{ErrorKind::InvalidArgument, Tr::tr("the file does not exist")};
    sqlite3* handle = nullptr;
    const int rc = sqlite3_open_v2(path.toUtf8().constData(), &handle, SQLITE_OPEN_READONLY | SQLITE_OPEN_NOMUTEX,
                                   nullptr);
    std::unique_ptr<Database> db(new Database(handle, path));
    if (rc != SQLITE_OK)
        return sqliteError(handle, rc);
    return db->pragmaInt("PRAGMA user_version");
}

qint64 Database::lastInsertId() const
{
    return sqlite3_last_insert_rowid(m_db);
}

Database::~Database()
{
    sqlite3_close_v2(m_db);
}

Result<void> Database::exec(const char* sql)
{
    char* message = nullptr;
    const int rc = sqlite3_exec(m_db, sql, nullptr, nullptr, &message);
    sqlite3_free(message);
    if (rc != SQLITE_OK)
        return sqliteError(m_db, rc);
    return {};
}

Result<Statement> Database::prepare(const char* sql)
{
    sqlite3_stmt* statement = nullptr;
    const int rc = sqlite3_prepare_v3(m_db, sql, -1, SQLITE_PREPARE_PERSISTENT, &statement, nullptr);
    if (rc != SQLITE_OK)
        return sqliteError(m_db, rc);
    return Statement(m_db, statement);
}

Result<int> Database::pragmaInt(const char* sql)
{
    Result<Statement> statement = prepare(sql);
    if (!statement)
        return statement.error();
    Result<bool> row = statement->step();
    if (!row)
        return row.error();
    return *row ? int(statement->int64(0)) : 0;
}

Result<void> Database::migrate(std::span<const Migration> migrations)
{
    for (const Migration& migration : migrations) {
        if (migration.version <= m_version)
            continue;
        Result<Transaction> transaction = Transaction::begin(*this);
        if (!transaction)
            return transaction.error();
        if (Result<void> done = exec(migration.sql); !done)
            return done.error();
        const QByteArray setVersion = "PRAGMA user_version=" + QByteArray::number(migration.version);
        const QByteArray setId = "PRAGMA application_id=" + QByteArray::number(ApplicationId);
        if (Result<void> done = exec(setVersion.constData()); !done)
            return done.error();
        if (Result<void> done = exec(setId.constData()); !done)
            return done.error();
        if (Result<void> done = transaction->commit(); !done)
            return done.error();
        m_version = migration.version;
    }
    return {};
}

Result<Transaction> Transaction::begin(Database& db)
{
    if (Result<void> done = db.exec("BEGIN IMMEDIATE"); !done)
        return done.error();
    return Transaction(&db);
}

Transaction::~Transaction()
{
    if (m_db)
        (void)m_db->exec("ROLLBACK");
}

Result<void> Transaction::commit()
{
    Database* db = std::exchange(m_db, nullptr);
    if (Result<void> done = db->exec("COMMIT"); !done) {
        (void)db->exec("ROLLBACK");
        return done.error();
    }
    return {};
}

} // namespace pav::store
