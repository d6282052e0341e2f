// SPDX-FileCopyrightText: 2026 Pavutyna contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <span>

#include <QByteArray>
#include <QString>
#include <QStringList>

#include "export/Cell.h"

class QIODevice;

namespace pav::exporting {

// Writes RFC 4180 CSV in UTF-8: CRLF line ends, a field quoted when it holds a comma, quote, CR or LF,
// quotes doubled. By default a cell that a spreadsheet would run as a formula (leading =, +, -, @, tab or
// CR) gets a leading apostrophe, so an exported crawl of a hostile site cannot execute anything when opened.
// Writes go straight to the device; the first failure is kept and every later write is refused.
class CsvWriter
{
public:
    struct Options
    {
        bool neutraliseFormulas = true;
        bool utf8Bom = false; // for Excel, which otherwise guesses a legacy code page
    };

    explicit CsvWriter(QIODevice* device, Options options);
    explicit CsvWriter(QIODevice* device)
        : CsvWriter(device, Options{})
    {
    }

    bool writeRow(const QStringList& cells);
    // The exporters' path: typed cells borrowed from SQLite, encoded without a round trip through QString.
    // Integer cells are written as plain numbers (never neutralised), null as an empty cell.
    bool writeRow(std::span<const Cell> cells);
    // Pushes a file's buffered bytes to disk, so a full disk is reported here rather than lost at close().
    bool flush();
    bool hasError() const { return !m_error.isEmpty(); }
    QString errorString() const { return m_error; }

    static QByteArray encodeCell(QStringView cell, bool neutraliseFormulas);
    static void appendCell(QByteArray& line, QByteArrayView utf8, bool neutraliseFormulas);

private:
    void beginLine();
    bool writeLine();
    void fail(const QString& reason);

    QIODevice* m_device;
    Options m_options;
    bool m_started = false;
    QByteArray m_line; // reused for every row: its capacity settles after the first few rows
    QString m_error;
};

} // namespace pav::exporting
