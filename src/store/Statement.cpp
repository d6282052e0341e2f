// SPDX-FileCopyrightText: 2026 Pavutyna contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/Statement.h"

#include <sqlite3.h>

#include <QCoreApplication>

namespace pav::store {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(pav::store::Database)
};
} // namespace

Error sqliteError(sqlite3* db, int code)
{
    const QString detail = QString::fromUtf8(db ? sqlite3_errmsg(db) : sqlite3_errstr(code));
    switch (code & 0xff) {
    case SQLITE_FULL:
        return {ErrorKind::Io, Tr::tr("The disk is full: the crawl file cannot grow (%1)").arg(detail)};
    case SQLITE_READONLY:
        return {ErrorKind::Io, Tr::tr("The crawl file is read-only (%1)").arg(detail)};
    case SQLITE_CANTOPEN:
        return {ErrorKind::Io, Tr::tr("The crawl file cannot be opened (%1)").arg(detail)};
    case SQLITE_NOTADB:
        return {ErrorKind::InvalidArgument, Tr::tr("This is not a Pavutyna crawl file (%1)").arg(detail)};
    case SQLITE_CORRUPT:
        return {ErrorKind::Io, Tr::tr("The crawl file is damaged (%1)").arg(detail)};
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
        return {ErrorKind::Io, Tr::tr("The crawl file is in use by another program (%1)").arg(detail)};
    case SQLITE_IOERR:
        return {ErrorKind::Io, Tr::tr("Reading or writing the crawl file failed (%1)").arg(detail)};
    default:
        return {ErrorKind::Io, Tr::tr("Database error: %1").arg(detail)};
    }
}

Statement::Statement(Statement&& other) noexcept
    : m_db(other.m_db)
    , m_statement(std::exchange(other.m_statement, nullptr))
    , m_bindError(other.m_bindError)
{
}

Statement& Statement::operator=(Statement&& other) noexcept
{
    if (this != &other) {
        sqlite3_finalize(m_statement);
        m_db = other.m_db;
        m_statement = std::exchange(other.m_statement, nullptr);
        m_bindError = other.m_bindError;
    }
    return *this;
}

Statement::~Statement()
{
    sqlite3_finalize(m_statement);
}

Statement& Statement::bind(int index, qint64 value)
{
    if (int rc = sqlite3_bind_int64(m_statement, index, value); rc != SQLITE_OK && !m_bindError)
        m_bindError = rc;
    return *this;
}

Statement& Statement::bind(int index, double value)
{
    if (int rc = sqlite3_bind_double(m_statement, index, value); rc != SQLITE_OK && !m_bindError)
        m_bindError = rc;
    return *this;
}

Statement& Statement::bind(int index, const QString& value)
{
    const QByteArray utf8 = value.toUtf8();
    if (int rc = sqlite3_bind_text64(m_statement, index, utf8.constData(), sqlite3_uint64(utf8.size()), SQLITE_TRANSIENT,
                                     SQLITE_UTF8);
        rc != SQLITE_OK && !m_bindError)
        m_bindError = rc;
    return *this;
}

Statement& Statement::bindBorrowedUtf8(int index, QByteArrayView utf8)
{
    const char* text = utf8.data() ? utf8.data() : "";
    if (int rc = sqlite3_bind_text64(m_statement, index, text, sqlite3_uint64(utf8.size()), SQLITE_STATIC, SQLITE_UTF8);
        rc != SQLITE_OK && !m_bindError)
        m_bindError = rc;
    return *this;
}

Statement& Statement::bindBorrowed(int index, const QString& value)
{
    // A null QString has no buffer; sqlite3_bind_text16 would store NULL rather than the empty text bind() stores.
    const void* text = value.isNull() ? static_cast<const void*>(u"") : static_cast<const void*>(value.utf16());
    if (int rc = sqlite3_bind_text64(m_statement, index, static_cast<const char*>(text),
                                     sqlite3_uint64(value.size()) * 2, SQLITE_STATIC, SQLITE_UTF16);
        rc != SQLITE_OK && !m_bindError)
        m_bindError = rc;
    return *this;
}

Statement& Statement::bind(int index, const QByteArray& value)
{
    if (int rc = sqlite3_bind_blob64(m_statement, index, value.constData(), sqlite3_uint64(value.size()), SQLITE_TRANSIENT);
        rc != SQLITE_OK && !m_bindError)
        m_bindError = rc;
    return *this;
}

Statement& Statement::bindNull(int index)
{
    if (int rc = sqlite3_bind_null(m_statement, index); rc != SQLITE_OK && !m_bindError)
        m_bindError = rc;
    return *this;
}

Result<bool> Statement::step()
{
    if (m_bindError) {
        const int rc = std::exchange(m_bindError, 0);
        return sqliteError(m_db, rc);
    }
    const int rc = sqlite3_step(m_statement);
    if (rc == SQLITE_ROW)
        return true;
    if (rc == SQLITE_DONE)
        return false;
    Error error = sqliteError(m_db, rc);
    sqlite3_reset(m_statement);
    return error;
}

Result<void> Statement::run()
{
    while (true) {
        Result<bool> more = step();
        if (!more)
            return more.error();
        if (!*more)
            break;
    }
    reset();
    return {};
}

void Statement::reset()
{
    sqlite3_reset(m_statement);
    sqlite3_clear_bindings(m_statement);
}

qint64 Statement::int64(int column) const
{
    return sqlite3_column_int64(m_statement, column);
}

double Statement::real(int column) const
{
    return sqlite3_column_double(m_statement, column);
}

QString Statement::text(int column) const
{
    const auto* data = reinterpret_cast<const char*>(sqlite3_column_text(m_statement, column));
    return QString::fromUtf8(data, sqlite3_column_bytes(m_statement, column));
}

QByteArrayView Statement::utf8(int column) const
{
    const auto* data = reinterpret_cast<const char*>(sqlite3_column_text(m_statement, column));
    return QByteArrayView(data, sqlite3_column_bytes(m_statement, column));
}

QByteArray Statement::blob(int column) const
{
    const auto* data = static_cast<const char*>(sqlite3_column_blob(m_statement, column));
    return QByteArray(data, sqlite3_column_bytes(m_statement, column));
}

bool Statement::isNull(int column) const
{
    return sqlite3_column_type(m_statement, column) == SQLITE_NULL;
}

} // namespace pav::store
