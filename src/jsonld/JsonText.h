// SPDX-FileCopyrightText: 2026 Pavutyna contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonValue>
#include <QString>

namespace pav::jsonld {

// A JSON value as a table cell: strings as they are, true/false, null (and undefined) as empty, objects and
// arrays as compact JSON. Numbers never in exponent form: integers exactly ("1299", "9007199254740993" when
// the page wrote an integer that fits 64 bits), other numbers with the fewest digits that round-trip ("12.99").
// QJsonValue keeps a number written with a fraction as a double, so 1299.00 becomes "1299"; a price written
// as a string ("1299.00") stays as written.
QString jsonValueToText(const QJsonValue& value);

} // namespace pav::jsonld
