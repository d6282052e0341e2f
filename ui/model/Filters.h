// SPDX-FileCopyrightText: 2026 Pavutyna contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The filter catalogue lives in src/export, where the CLI's --filter uses it too; the GUI's tabs, overview and
// exports know it by these names.
#include "export/Filters.h"

namespace pav::ui {

using exporting::combinePredicates;
using exporting::countFilters;
using exporting::Filter;
using exporting::FilterCatalogue;
using exporting::FilterCount;
using exporting::FilterKind;
using exporting::FilterTab;
using exporting::searchPredicate;
using exporting::sqlLiteral;

} // namespace pav::ui
