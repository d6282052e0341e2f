// SPDX-FileCopyrightText: 2026 Pavutyna contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <utility>

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include "extract/Rule.h"

namespace pav::extract {

// One rule tried on one page, for the window's live tester: what the rule takes, and where in the page's
// source its matches are, so they can be highlighted as the user types.
struct RuleTrial
{
    QString error;       // why the rule is invalid (with its column), or empty
    QStringList values;  // what the crawl would store
    QString cell;        // what the pages table would show
    QString source;      // the page as UTF-16, the text `ranges` index
    QList<std::pair<qsizetype, qsizetype>> ranges; // (start, length) of each match in `source`, in order
};

// Thread-safe and pure: the tester runs it on a worker for big pages. `utf8Html` is a stored page.
RuleTrial tryRule(const Rule& rule, const QByteArray& utf8Html);

} // namespace pav::extract
