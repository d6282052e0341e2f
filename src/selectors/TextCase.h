// SPDX-FileCopyrightText: 2026 Pavutyna contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

namespace pav::selectors {

// ASCII-only case folding, as CSS and HTML specify for names and the `i` flag: "ǅ" and "K" (Kelvin) stay.
QByteArray asciiLower(QByteArrayView text);
QString asciiLowerText(const QString& text);
bool equalsIgnoringAsciiCase(QByteArrayView a, QByteArrayView b);

} // namespace pav::selectors
