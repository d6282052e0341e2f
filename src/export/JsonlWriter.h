// SPDX-FileCopyrightText: 2026 Pavutyna contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <span>

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include "export/Cell.h"

class QIODevice;

namespace pav::exporting {

// Writes JSON Lines (jsonlines.org): one compact JSON object per row, UTF-8, each ended by "\n", keys in the
// order given to the constructor. A small encoder of our own rather than QJsonDocument: going through
// QJsonObject would convert every cell to QString and back and lose the key order (it sorts keys).
// Errors behave like CsvWriter's: the first failure is kept and every later write is refused.
class JsonlWriter
{
public:
    JsonlWriter(QIODevice* device, const QStringList& keys);

    // One cell per key, in key order; missing cells are written as null, extra cells are ignored.
    // Text cells must be valid UTF-8 (everything SQLite holds from Pavutyna is).
    bool writeRow(std::span<const Cell> cells);
    // Pushes a file's buffered bytes to disk, so a full disk is reported here rather than lost at close().
    bool flush();
    bool hasError() const { return !m_error.isEmpty(); }
    QString errorString() const { return m_error; }

    // Appends `utf8` as a quoted JSON string: " and \ escaped, control characters as \n, \t… or \u00XX.
    static void appendString(QByteArray& out, QByteArrayView utf8);

private:
    void fail(const QString& reason);

    QIODevice* m_device;
    QList<QByteArray> m_keyPrefixes; // `{"url":`, `,"status":` … encoded once
    QByteArray m_line;               // reused for every row
    QString m_error;
};

} // namespace pav::exporting
