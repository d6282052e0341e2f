// SPDX-FileCopyrightText: 2026 Pavutyna contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArrayView>
#include <QtGlobal>

namespace pav::exporting {

// One value of an exported row, as CsvWriter and JsonlWriter take it. Text is UTF-8 and borrowed, not copied:
// an exporter points it straight at SQLite's column memory, so a million-row export allocates nothing per
// cell. The text must stay valid until the writeRow() call it is passed to returns.
struct Cell
{
    enum class Kind
    {
        Null,    // CSV: empty cell; JSON: null
        Integer, // never neutralised as a formula in CSV: "-5" is a number, not an instruction
        Bool,    // CSV: true/false; JSON: true/false
        Text,    // CSV: quoted as needed; JSON: a string
        Json,    // an already encoded, compact JSON value (JSON: written as is; CSV: written as its text)
    };

    Kind kind = Kind::Null;
    qint64 integer = 0;
    QByteArrayView utf8;

    static constexpr Cell null() { return {}; }
    static constexpr Cell number(qint64 value) { return {Kind::Integer, value, {}}; }
    static constexpr Cell boolean(bool value) { return {Kind::Bool, value ? 1 : 0, {}}; }
    static constexpr Cell text(QByteArrayView utf8) { return {Kind::Text, 0, utf8}; }
    static constexpr Cell json(QByteArrayView compactJson) { return {Kind::Json, 0, compactJson}; }
};

} // namespace pav::exporting
