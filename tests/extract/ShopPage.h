// SPDX-FileCopyrightText: 2026 Pavutyna contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>

// A product page with JSON-LD, Cyrillic text, links and a comment: the page most extraction tests read.
// In a file of its own because moc misreads raw string literals holding // or quotes.
extern const QByteArray Shop;
