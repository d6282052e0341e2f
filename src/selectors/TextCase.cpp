// SPDX-FileCopyrightText: 2026 Pavutyna contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "selectors/TextCase.h"

namespace pav::selectors {

namespace {
char lowerAscii(char c) { return c >= 'A' && c <= 'Z' ? char(c + 32) : c; }
} // namespace

QByteArray asciiLower(QByteArrayView text)
{
    QByteArray out(text.data(), text.size());
    for (char& c : out)
        c = lowerAscii(c);
    return out;
}

QString asciiLowerText(const QString& text)
{
    QString out = text;
    for (QChar& c : out) {
        if (c.unicode() >= 'A' && c.unicode() <= 'Z')
            c = QChar(c.unicode() + 32);
    }
    return out;
}

bool equalsIgnoringAsciiCase(QByteArrayView a, QByteArrayView b)
{
    if (a.size() != b.size())
        return false;
    for (qsizetype i = 0; i < a.size(); ++i) {
        if (lowerAscii(a[i]) != lowerAscii(b[i]))
            return false;
    }
    return true;
}

} // namespace pav::selectors
