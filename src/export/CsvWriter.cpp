// SPDX-FileCopyrightText: 2026 Pavutyna contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "export/CsvWriter.h"

#include <QCoreApplication>
#include <QIODevice>

namespace pav::exporting {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(pav::exporting::CsvWriter)
};

bool looksLikeFormula(QStringView cell)
{
    if (cell.isEmpty())
        return false;
    const QChar first = cell.front();
    return first == u'=' || first == u'+' || first == u'-' || first == u'@' || first == u'\t' || first == u'\r';
}
} // namespace

CsvWriter::CsvWriter(QIODevice* device, Options options)
    : m_device(device)
    , m_options(options)
{
}

QByteArray CsvWriter::encodeCell(QStringView cell, bool neutraliseFormulas)
{
    QByteArray bytes = cell.toUtf8();
    if (neutraliseFormulas && looksLikeFormula(cell))
        bytes.prepend('\'');
    const bool needsQuotes = bytes.contains(',') || bytes.contains('"') || bytes.contains('\r') || bytes.contains('\n');
    if (!needsQuotes)
        return bytes;
    bytes.replace("\"", "\"\"");
    return '"' + bytes + '"';
}

bool CsvWriter::writeRow(const QStringList& cells)
{
    if (hasError())
        return false;
    QByteArray line;
    if (!m_started && m_options.utf8Bom)
        line = "\xEF\xBB\xBF";
    m_started = true;
    for (qsizetype i = 0; i < cells.size(); ++i) {
        if (i > 0)
            line += ',';
        line += encodeCell(cells[i], m_options.neutraliseFormulas);
    }
    line += "\r\n";
    return write(line);
}

bool CsvWriter::write(const QByteArray& bytes)
{
    if (m_device->write(bytes) != bytes.size()) {
        const QString reason = m_device->errorString();
        m_error = Tr::tr("Could not write the CSV file: %1").arg(reason.isEmpty() ? Tr::tr("unknown error") : reason);
        return false;
    }
    return true;
}

} // namespace pav::exporting
