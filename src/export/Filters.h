// SPDX-FileCopyrightText: 2026 Pavutyna contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

#include "common/Result.h"

namespace pav::store {
class Database;
}

namespace pav::exporting {

// Which table a filter's predicate is written over.
enum class FilterKind
{
    Pages,     // aliases p (pages) and u (urls, LEFT JOINed on u.id = p.url_id)
    Redirects, // the same aliases; rows are pages that redirect
    Links,     // aliases l (links), s (the source's urls row), t (the target's urls row)
};

struct Filter
{
    QString id;          // stable: "titles.duplicate"; kept in settings and passed around by the window
    const char* label;   // untranslated source text; FilterCatalogue::label() translates it
    QByteArray predicate; // self-contained SQL WHERE fragment (no bound parameters)
    FilterKind kind = FilterKind::Pages;
};

struct FilterTab
{
    QString id; // "titles"
    const char* label;
    FilterKind kind = FilterKind::Pages;
    QList<Filter> filters; // the first is the tab's "All" view
};

struct FilterCount
{
    QString id;
    qint64 count = 0;
};

// The results tabs and their filters as data: what the views list, what the overview counts and what the
// exporter is given as WHERE clause, so a filtered tab, its count and its export are the same rows.
// "HTML page" (the titles, meta description, H1 and canonical tabs) means status 2xx and a content type of
// text/html or application/xhtml+xml: redirects, errors and images have no title worth auditing. Duplicates
// are among HTML pages. A canonical target is non-indexable when it was fetched and is not 2xx, or says
// noindex (meta robots or X-Robots-Tag); targets never fetched are not listed. A redirect loops when its chain
// comes back to a URL it passed, or runs 50 hops. A broken link's target was fetched with status >= 400, or
// got no response (status 0 and not refused by robots.txt).
// Stateless and thread-safe: everything is built once on first use.
class FilterCatalogue
{
public:
    static const QList<FilterTab>& tabs();
    static const FilterTab* tab(const QString& tabId);
    static const Filter* filter(const QString& filterId);
    static const FilterTab* tabOf(const QString& filterId);
    static QString label(const Filter& filter);
    static QString label(const FilterTab& tab);
};

// A WHERE fragment matching rows whose text columns contain `text`, ignoring case in any script (plain ASCII
// text uses SQLite's LIKE; other text case-folded through pav_fold(), which store::Database registers on every
// connection). The text is quoted as an SQL literal and LIKE's wildcards are escaped, so any input is safe.
// Empty text gives an empty fragment. Pages/Redirects: URL, title, meta description, H1, redirect URL;
// Links: source, target and anchor.
QByteArray searchPredicate(const QString& text, FilterKind kind = FilterKind::Pages);

// Quotes `text` as an SQL string literal ('it''s').
QByteArray sqlLiteral(const QString& text);

// Joins non-empty WHERE fragments with AND, each in parentheses; empty when all are empty.
QByteArray combinePredicates(const QByteArray& a, const QByteArray& b);

// The number of rows of every filter, for the overview panel. One pass over pages for all page filters, plus
// one query each for redirect loops and broken links. Run it on a worker thread with its own connection.
Result<QList<FilterCount>> countFilters(store::Database& db);

} // namespace pav::exporting
