// SPDX-FileCopyrightText: 2026 Pavutyna contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

#include "LocalHttpServer.h"

namespace pav::test {

// A small shop: a home page, two categories, five products. /p/5 is windows-1251, as old Ukrainian shops are.
// (Its own file: moc misreads raw string literals holding // or quotes.)
void buildCatalogue(LocalHttpServer& server);

// Eight rules over it, one of each kind and option worth checking: name, price, sku, tags, ld_price, heading,
// instock, noprice.
extern const QStringList CatalogueRules;

} // namespace pav::test
