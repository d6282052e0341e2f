// SPDX-FileCopyrightText: 2026 Pavutyna contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "export/JsonlWriter.h"

#include <charconv>

#include <QCoreApplication>
#include <QIODevice>

#include "export/FlushDevice.h"

namespace pav::exporting {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(pav::exporting::JsonlWriter)
};

// JSON (RFC 8259) must escape ", \ and control characters; everything else, including every byte of a
// multi-byte UTF-8 sequence (all >= 0x80), is written as it is. This is what each escaped byte becomes.
const char* escapeFor(unsigned char byte)
{
    static constexpr const char* Controls[0x20] = {
        "\\u0000", "\\u0001", "\\u0002", "\\u0003", "\\u0004", "\\u0005", "\\u0006", "\\u0007",
        "\\b",     "\\t",     "\\n",     "\\u000b", "\\f",     "\\r",     "\\u000e", "\\u000f",
        "\\u0010", "\\u0011", "\\u0012", "\\u0013", "\\u0014", "\\u0015", "\\u0016", "\\u0017",
        "\\u0018", "\\u0019", "\\u001a", "\\u001b", "\\u001c", "\\u001d", "\\u001e", "\\u001f",
    };
    if (byte < 0x20)
        return Controls[byte];
    return byte == '"' ? "\\\"" : "\\\\";
}
} // namespace

JsonlWriter::JsonlWriter(QIODevice* device, const QStringList& keys)
    : m_device(device)
{
    m_keyPrefixes.reserve(keys.size());
    for (const QString& key : keys) {
        QByteArray prefix(m_keyPrefixes.isEmpty() ? "{" : ",");
        appendString(prefix, key.toUtf8());
        prefix += ':';
        m_keyPrefixes.append(prefix);
    }
}

void JsonlWriter::appendString(QByteArray& out, QByteArrayView utf8)
{
    out += '"';
    // Copy runs of plain bytes in one go; most cells (URLs, words) have nothing to escape at all. Raw pointers
    // rather than QByteArrayView::operator[], which is an out-of-line, asserting call in debug builds.
    const char* run = utf8.data();
    const char* const end = run + utf8.size();
    for (const char* p = run; p != end; ++p) {
        const auto byte = static_cast<unsigned char>(*p);
        if (byte >= 0x20 && byte != '"' && byte != '\\')
            continue;
        out.append(run, p - run);
        out += escapeFor(byte);
        run = p + 1;
    }
    out.append(run, end - run);
    out += '"';
}

bool JsonlWriter::writeRow(std::span<const Cell> cells)
{
    if (hasError())
        return false;
    m_line.resize(0);
    for (qsizetype i = 0; i < m_keyPrefixes.size(); ++i) {
        m_line += m_keyPrefixes[i];
        const Cell cell = std::size_t(i) < cells.size() ? cells[i] : Cell::null();
        switch (cell.kind) {
        case Cell::Kind::Null:
            m_line += "null";
            break;
        case Cell::Kind::Integer: {
            char digits[24];
            const auto end = std::to_chars(digits, digits + sizeof digits, cell.integer).ptr;
            m_line.append(digits, end - digits);
            break;
        }
        case Cell::Kind::Bool:
            m_line += cell.integer ? "true" : "false";
            break;
        case Cell::Kind::Text:
            appendString(m_line, cell.utf8);
            break;
        case Cell::Kind::Json:
            m_line += cell.utf8;
            break;
        }
    }
    m_line += m_keyPrefixes.isEmpty() ? "{}\n" : "}\n";
    if (m_device->write(m_line) != m_line.size()) {
        fail(m_device->errorString());
        return false;
    }
    return true;
}

bool JsonlWriter::flush()
{
    if (hasError())
        return false;
    if (const std::optional<QString> failure = flushDevice(m_device)) {
        fail(*failure);
        return false;
    }
    return true;
}

void JsonlWriter::fail(const QString& reason)
{
    m_error
        = Tr::tr("Could not write the JSON Lines file: %1").arg(reason.isEmpty() ? Tr::tr("unknown error") : reason);
}

} // namespace pav::exporting
