// SPDX-FileCopyrightText: 2026 Pavutyna contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "export/CsvWriter.h"

#include <charconv>

#include <QCoreApplication>
#include <QIODevice>

#include "export/FlushDevice.h"

namespace pav::exporting {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(pav::exporting::CsvWriter)
};

// The triggers are all ASCII, so looking at the first UTF-8 byte is the same as looking at the first character.
bool looksLikeFormula(QByteArrayView cell)
{
    if (cell.isEmpty())
        return false;
    const char first = cell.front();
    return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r';
}

bool needsQuotes(QByteArrayView cell)
{
    for (const char c : cell) {
        if (c == ',' || c == '"' || c == '\r' || c == '\n')
            return true;
    }
    return false;
}

void appendNumber(QByteArray& line, qint64 value)
{
    char digits[24];
    const auto end = std::to_chars(digits, digits + sizeof digits, value).ptr;
    line.append(digits, end - digits);
}
} // namespace

CsvWriter::CsvWriter(QIODevice* device, Options options)
    : m_device(device)
    , m_options(options)
{
}

void CsvWriter::appendCell(QByteArray& line, QByteArrayView utf8, bool neutraliseFormulas)
{
    const bool neutralise = neutraliseFormulas && looksLikeFormula(utf8);
    if (!needsQuotes(utf8)) {
        if (neutralise)
            line += '\'';
        line.append(utf8);
        return;
    }
    line += '"';
    if (neutralise)
        line += '\'';
    // Raw pointers rather than QByteArrayView::operator[], an out-of-line, asserting call in debug builds.
    const char* run = utf8.data();
    const char* const end = run + utf8.size();
    for (const char* p = run; p != end; ++p) {
        if (*p == '"') {
            line.append(run, p + 1 - run);
            line += '"';
            run = p + 1;
        }
    }
    line.append(run, end - run);
    line += '"';
}

QByteArray CsvWriter::encodeCell(QStringView cell, bool neutraliseFormulas)
{
    QByteArray bytes;
    appendCell(bytes, cell.toUtf8(), neutraliseFormulas);
    return bytes;
}

void CsvWriter::beginLine()
{
    m_line.resize(0);
    if (!m_started && m_options.utf8Bom)
        m_line = "\xEF\xBB\xBF";
    m_started = true;
}

bool CsvWriter::writeRow(const QStringList& cells)
{
    if (hasError())
        return false;
    beginLine();
    for (qsizetype i = 0; i < cells.size(); ++i) {
        if (i > 0)
            m_line += ',';
        appendCell(m_line, cells[i].toUtf8(), m_options.neutraliseFormulas);
    }
    return writeLine();
}

bool CsvWriter::writeRow(std::span<const Cell> cells)
{
    if (hasError())
        return false;
    beginLine();
    bool first = true;
    for (const Cell& cell : cells) {
        if (!first)
            m_line += ',';
        first = false;
        switch (cell.kind) {
        case Cell::Kind::Null:
            break;
        case Cell::Kind::Integer:
            appendNumber(m_line, cell.integer);
            break;
        case Cell::Kind::Bool:
            m_line += cell.integer ? "true" : "false";
            break;
        case Cell::Kind::Text:
        case Cell::Kind::Json:
            appendCell(m_line, cell.utf8, m_options.neutraliseFormulas);
            break;
        }
    }
    return writeLine();
}

bool CsvWriter::writeLine()
{
    m_line += "\r\n";
    if (m_device->write(m_line) != m_line.size()) {
        fail(m_device->errorString());
        return false;
    }
    return true;
}

bool CsvWriter::flush()
{
    if (hasError())
        return false;
    if (const std::optional<QString> failure = flushDevice(m_device)) {
        fail(*failure);
        return false;
    }
    return true;
}

void CsvWriter::fail(const QString& reason)
{
    m_error = Tr::tr("Could not write the CSV file: %1").arg(reason.isEmpty() ? Tr::tr("unknown error") : reason);
}

} // namespace pav::exporting
