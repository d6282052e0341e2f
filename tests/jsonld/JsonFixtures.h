// SPDX-FileCopyrightText: 2026 Pavutyna contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// A schema.org Product with offers, a rating, a brand, arrays, Cyrillic keys and values, and odd key names.
extern const char* const Product;
// A JSON-LD block with an @graph of an Organization and a Product.
extern const char* const GraphBlock;
