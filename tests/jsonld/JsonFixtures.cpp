// SPDX-FileCopyrightText: 2026 Pavutyna contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "JsonFixtures.h"

// JSON kept out of the test classes' files: moc does not understand raw string literals, and a "//" inside one
// (https://schema.org) makes it skip the rest of the line.

const char* const Product = R"({
  "@context": "https://schema.org", "@type": "Product", "name": "Чайник", "sku": "K-1",
  "offers": [
    {"@type": "Offer", "price": 1299.00, "priceCurrency": "UAH", "availability": "InStock"},
    {"@type": "Offer", "price": "999.50", "priceCurrency": "UAH"}
  ],
  "aggregateRating": {"@type": "AggregateRating", "ratingValue": 4.5, "reviewCount": 12},
  "image": ["a.jpg", "b.jpg", "c.jpg"],
  "brand": {"@type": "Brand", "name": "Тефаль"},
  "gtin": 12345678901234, "назва": "кириличний ключ", "tags": ["a", "b"], "isNew": true, "discontinued": null,
  "a.b": "dotted", "it's": "quoted"
})";

const char* const GraphBlock = R"({"@context":"https://schema.org","@graph":[
    {"@type":"Organization","name":"Org"},{"@type":"Product","name":"P","offers":{"price":"10"}}]})";
