// SPDX-FileCopyrightText: 2026 Pavutyna contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "export/Filters.h"

#include <QCoreApplication>

#include "store/Database.h"

namespace pav::exporting {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(pav::ui::FilterCatalogue)
};

// A fetched HTML page, over alias `a` (pages). 2xx only: a redirect or an error page has no title to audit.
QByteArray htmlOver(const char* a)
{
    return QByteArray("(%1.status BETWEEN 200 AND 299 AND (%1.content_type LIKE 'text/html%' OR %1.content_type "
                      "LIKE '%xhtml%'))")
        .replace("%1", a);
}

QByteArray missing(const char* column)
{
    return htmlOver("p") + " AND trim(coalesce(p." + column + ", '')) = ''";
}

// Rows whose `column` equals another HTML page's: the set of repeated values is built once per query
// (a non-correlated IN), not per row.
QByteArray duplicate(const char* column)
{
    return htmlOver("p") + " AND coalesce(p." + column + ", '') <> '' AND p." + column + " IN (SELECT d." + column
        + " FROM pages AS d WHERE " + htmlOver("d") + " AND coalesce(d." + column + ", '') <> '' GROUP BY d."
        + column + " HAVING count(*) > 1)";
}

// A robots directive in meta robots or X-Robots-Tag; "none" means both noindex and nofollow. A substring
// match (LIKE ignores ASCII case): no other directive contains these words, and tokenising both columns per
// row with replace() made the noindex filter ten times slower (6 s instead of 0.6 s on a million pages).
QByteArray directiveOver(const char* a, const char* token)
{
    return QByteArray("(%a.meta_robots LIKE '%%t%' OR %a.x_robots_tag LIKE '%%t%' OR %a.meta_robots LIKE '%none%' "
                      "OR %a.x_robots_tag LIKE '%none%')")
        .replace("%a", a)
        .replace("%t", token);
}

constexpr const char* Redirect = "coalesce(p.redirect_url, '') <> ''";

// Every redirect page whose chain comes back to a URL it already passed (A → A, A → B → A, A → B → C → B).
// The chain is followed through the redirect pages only (a URL that is not itself a redirect ends it), with
// `seen` holding the URLs passed so far; 50 hops without an end also counts as a loop.
constexpr const char* LoopIds = R"sql(u.id IN (WITH RECURSIVE
  r(id, url, next) AS MATERIALIZED (SELECT ru.id, ru.url, rp.redirect_url FROM pages AS rp JOIN urls AS ru ON ru.id = rp.url_id
                       WHERE coalesce(rp.redirect_url, '') <> ''),
  walk(start, cur, hops, seen, looped) AS (
    SELECT id, next, 1, '|' || url || '|', next = url FROM r
    UNION ALL
    SELECT w.start, r.next, w.hops + 1, w.seen || w.cur || '|', instr(w.seen || w.cur || '|', '|' || r.next || '|') > 0
    FROM walk AS w JOIN r ON r.url = w.cur WHERE NOT w.looped AND w.hops < 50)
  SELECT start FROM walk WHERE looped OR hops >= 50))sql";

// Link targets that were fetched and failed: 4xx/5xx, or no response at all (not a robots.txt refusal).
constexpr const char* Broken = "l.target_id IN (SELECT b.url_id FROM pages AS b LEFT JOIN urls AS bu ON bu.id = b.url_id "
                               "WHERE b.status >= 400 OR (b.status = 0 AND coalesce(bu.state, 0) <> 2 "
                               "AND coalesce(b.error, '') <> 'blocked by robots.txt'))";

Filter pageFilter(const char* id, const char* label, QByteArray predicate)
{
    return {QString::fromLatin1(id), label, std::move(predicate), FilterKind::Pages};
}

QList<FilterTab> buildTabs()
{
    const QByteArray html = htmlOver("p");
    const QByteArray blocked = "(coalesce(u.state, 0) = 2 OR p.error = 'blocked by robots.txt')";
    // A canonical target counts as non-indexable when it was fetched and is not a 2xx page, or says noindex.
    // Targets never fetched are unknown and not listed.
    const QByteArray nonIndexableTarget = "p.canonical IN (SELECT cu.url FROM pages AS cp JOIN urls AS cu ON cu.id = "
                                          "cp.url_id WHERE cp.status NOT BETWEEN 200 AND 299 OR "
        + directiveOver("cp", "noindex") + ")";
    QList<FilterTab> tabs;
    tabs.append({QStringLiteral("pages"), QT_TRANSLATE_NOOP("pav::ui::FilterCatalogue", "All pages"), FilterKind::Pages,
                 {pageFilter("pages.all", QT_TRANSLATE_NOOP("pav::ui::FilterCatalogue", "All"), "1")}});
    tabs.append({QStringLiteral("codes"), QT_TRANSLATE_NOOP("pav::ui::FilterCatalogue", "Response codes"),
                 FilterKind::Pages,
                 {pageFilter("codes.all", QT_TRANSLATE_NOOP("pav::ui::FilterCatalogue", "All"), "1"),
                  pageFilter("codes.2xx", QT_TRANSLATE_NOOP("pav::ui::FilterCatalogue", "Success (2xx)"),
                             "p.status BETWEEN 200 AND 299"),
                  pageFilter("codes.3xx", QT_TRANSLATE_NOOP("pav::ui::FilterCatalogue", "Redirection (3xx)"),
                             "p.status BETWEEN 300 AND 399"),
                  pageFilter("codes.4xx", QT_TRANSLATE_NOOP("pav::ui::FilterCatalogue", "Client error (4xx)"),
                             "p.status BETWEEN 400 AND 499"),
                  pageFilter("codes.5xx", QT_TRANSLATE_NOOP("pav::ui::FilterCatalogue", "Server error (5xx)"),
                             "p.status BETWEEN 500 AND 599"),
                  pageFilter("codes.blocked", QT_TRANSLATE_NOOP("pav::ui::FilterCatalogue", "Blocked by robots.txt"),
                             blocked),
                  pageFilter("codes.noresponse", QT_TRANSLATE_NOOP("pav::ui::FilterCatalogue", "No response"),
                             "p.status = 0 AND NOT " + blocked)}});
    tabs.append({QStringLiteral("titles"), QT_TRANSLATE_NOOP("pav::ui::FilterCatalogue", "Page titles"),
                 FilterKind::Pages,
                 {pageFilter("titles.all", QT_TRANSLATE_NOOP("pav::ui::FilterCatalogue", "All HTML pages"), html),
                  pageFilter("titles.missing", QT_TRANSLATE_NOOP("pav::ui::FilterCatalogue", "Missing"),
                             missing("title")),
                  pageFilter("titles.duplicate", QT_TRANSLATE_NOOP("pav::ui::FilterCatalogue", "Duplicate"),
                             duplicate("title")),
                  pageFilter("titles.toolong", QT_TRANSLATE_NOOP("pav::ui::FilterCatalogue", "Over 60 characters"),
                             html + " AND length(p.title) > 60"),
                  pageFilter("titles.multiple", QT_TRANSLATE_NOOP("pav::ui::FilterCatalogue", "Multiple"),
                             html + " AND p.title_count > 1")}});
    tabs.append({QStringLiteral("meta"), QT_TRANSLATE_NOOP("pav::ui::FilterCatalogue", "Meta descriptions"),
                 FilterKind::Pages,
                 {pageFilter("meta.all", QT_TRANSLATE_NOOP("pav::ui::FilterCatalogue", "All HTML pages"), html),
                  pageFilter("meta.missing", QT_TRANSLATE_NOOP("pav::ui::FilterCatalogue", "Missing"),
                             missing("meta_description")),
                  pageFilter("meta.duplicate", QT_TRANSLATE_NOOP("pav::ui::FilterCatalogue", "Duplicate"),
                             duplicate("meta_description")),
                  pageFilter("meta.toolong", QT_TRANSLATE_NOOP("pav::ui::FilterCatalogue", "Over 155 characters"),
                             html + " AND length(p.meta_description) > 155"),
                  pageFilter("meta.multiple", QT_TRANSLATE_NOOP("pav::ui::FilterCatalogue", "Multiple"),
                             html + " AND p.meta_description_count > 1")}});
    tabs.append({QStringLiteral("h1"), QT_TRANSLATE_NOOP("pav::ui::FilterCatalogue", "H1"), FilterKind::Pages,
                 {pageFilter("h1.all", QT_TRANSLATE_NOOP("pav::ui::FilterCatalogue", "All HTML pages"), html),
                  pageFilter("h1.missing", QT_TRANSLATE_NOOP("pav::ui::FilterCatalogue", "Missing"), missing("h1")),
                  pageFilter("h1.duplicate", QT_TRANSLATE_NOOP("pav::ui::FilterCatalogue", "Duplicate"),
                             duplicate("h1")),
                  pageFilter("h1.multiple", QT_TRANSLATE_NOOP("pav::ui::FilterCatalogue", "Multiple"),
                             html + " AND p.h1_count > 1")}});
    tabs.append({QStringLiteral("canonicals"), QT_TRANSLATE_NOOP("pav::ui::FilterCatalogue", "Canonicals"),
                 FilterKind::Pages,
                 {pageFilter("canonicals.all", QT_TRANSLATE_NOOP("pav::ui::FilterCatalogue", "All HTML pages"), html),
                  pageFilter("canonicals.missing", QT_TRANSLATE_NOOP("pav::ui::FilterCatalogue", "Missing"),
                             missing("canonical")),
                  pageFilter("canonicals.self", QT_TRANSLATE_NOOP("pav::ui::FilterCatalogue", "Self-referencing"),
                             html + " AND p.canonical = u.url"),
                  pageFilter("canonicals.elsewhere",
                             QT_TRANSLATE_NOOP("pav::ui::FilterCatalogue", "Canonicalised elsewhere"),
                             html + " AND coalesce(p.canonical, '') <> '' AND p.canonical <> u.url"),
                  pageFilter("canonicals.nonindexable",
                             QT_TRANSLATE_NOOP("pav::ui::FilterCatalogue", "Non-indexable canonical"),
                             html + " AND coalesce(p.canonical, '') <> '' AND " + nonIndexableTarget)}});
    tabs.append({QStringLiteral("directives"), QT_TRANSLATE_NOOP("pav::ui::FilterCatalogue", "Directives"),
                 FilterKind::Pages,
                 {pageFilter("directives.all", QT_TRANSLATE_NOOP("pav::ui::FilterCatalogue", "Any directive"),
                             "(coalesce(p.meta_robots, '') <> '' OR coalesce(p.x_robots_tag, '') <> '')"),
                  pageFilter("directives.noindex", QT_TRANSLATE_NOOP("pav::ui::FilterCatalogue", "Noindex"),
                             directiveOver("p", "noindex")),
                  pageFilter("directives.nofollow", QT_TRANSLATE_NOOP("pav::ui::FilterCatalogue", "Nofollow"),
                             directiveOver("p", "nofollow"))}});
    tabs.append({QStringLiteral("redirects"), QT_TRANSLATE_NOOP("pav::ui::FilterCatalogue", "Redirects"),
                 FilterKind::Redirects,
                 {{QStringLiteral("redirects.all"), QT_TRANSLATE_NOOP("pav::ui::FilterCatalogue", "All redirects"),
                   Redirect, FilterKind::Redirects},
                  {QStringLiteral("redirects.loops"), QT_TRANSLATE_NOOP("pav::ui::FilterCatalogue", "Redirect loops"),
                   QByteArray(Redirect) + " AND " + LoopIds, FilterKind::Redirects}}});
    tabs.append({QStringLiteral("links"), QT_TRANSLATE_NOOP("pav::ui::FilterCatalogue", "Links"), FilterKind::Links,
                 {{QStringLiteral("links.broken"), QT_TRANSLATE_NOOP("pav::ui::FilterCatalogue", "Broken links"),
                   Broken, FilterKind::Links}}});
    return tabs;
}

QByteArray like(const char* column, const QByteArray& pattern)
{
    return QByteArray(column) + " LIKE " + pattern + " ESCAPE '\\'";
}
} // namespace

const QList<FilterTab>& FilterCatalogue::tabs()
{
    static const QList<FilterTab> all = buildTabs(); // thread-safe static initialisation
    return all;
}

const FilterTab* FilterCatalogue::tab(const QString& tabId)
{
    for (const FilterTab& t : tabs()) {
        if (t.id == tabId)
            return &t;
    }
    return nullptr;
}

const Filter* FilterCatalogue::filter(const QString& filterId)
{
    for (const FilterTab& t : tabs()) {
        for (const Filter& f : t.filters) {
            if (f.id == filterId)
                return &f;
        }
    }
    return nullptr;
}

const FilterTab* FilterCatalogue::tabOf(const QString& filterId)
{
    for (const FilterTab& t : tabs()) {
        for (const Filter& f : t.filters) {
            if (f.id == filterId)
                return &t;
        }
    }
    return nullptr;
}

QString FilterCatalogue::label(const Filter& filter)
{
    return Tr::tr(filter.label);
}

QString FilterCatalogue::label(const FilterTab& tab)
{
    return Tr::tr(tab.label);
}

QByteArray sqlLiteral(const QString& text)
{
    QByteArray utf8 = text.toUtf8();
    utf8.replace('\0', ""); // SQLite would end the literal's text there
    return '\'' + utf8.replace('\'', "''") + '\'';
}

QByteArray searchPredicate(const QString& text, FilterKind kind)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return {};
    // SQLite's LIKE ignores case for ASCII only; other text is compared case-folded (pav_fold, registered on every
    // connection by store::Database), which costs a conversion per cell and so only runs when needed.
    bool ascii = true;
    for (QChar c : trimmed)
        ascii = ascii && c.unicode() < 0x80;
    QString escaped = ascii ? trimmed : trimmed.toCaseFolded();
    escaped.replace(u'\\', QStringLiteral("\\\\")).replace(u'%', QStringLiteral("\\%")).replace(u'_', QStringLiteral("\\_"));
    const QByteArray pattern = sqlLiteral(u'%' + escaped + u'%');
    const std::initializer_list<const char*> pageColumns = {"u.url", "p.title", "p.meta_description", "p.h1",
                                                            "p.redirect_url"};
    const std::initializer_list<const char*> linkColumns = {"s.url", "t.url", "l.anchor"};
    QByteArray sql;
    for (const char* column : kind == FilterKind::Links ? linkColumns : pageColumns) {
        if (!sql.isEmpty())
            sql += " OR ";
        sql += ascii ? like(column, pattern) : like(("pav_fold(" + QByteArray(column) + ')').constData(), pattern);
    }
    return '(' + sql + ')';
}

QByteArray combinePredicates(const QByteArray& a, const QByteArray& b)
{
    if (a.isEmpty() || a == "1")
        return b.isEmpty() ? a : '(' + b + ')';
    if (b.isEmpty())
        return '(' + a + ')';
    return '(' + a + ") AND (" + b + ')';
}

Result<QList<FilterCount>> countFilters(store::Database& db)
{
    QList<FilterCount> counts;
    QByteArray pagesSql = "SELECT ";
    QList<const Filter*> others;
    for (const FilterTab& t : FilterCatalogue::tabs()) {
        for (const Filter& f : t.filters) {
            // The loop walk and the link scan are queries of their own; everything else shares one pass.
            if (f.id == u"redirects.loops" || f.kind == FilterKind::Links) {
                others.append(&f);
                continue;
            }
            if (counts.size() > 0)
                pagesSql += ", ";
            pagesSql += "count(*) FILTER (WHERE " + f.predicate + ')';
            counts.append({f.id, 0});
        }
    }
    pagesSql += " FROM pages AS p LEFT JOIN urls AS u ON u.id = p.url_id";
    auto pages = db.prepare(pagesSql.constData());
    if (!pages)
        return pages.error();
    auto row = pages->step();
    if (!row)
        return row.error();
    for (int i = 0; *row && i < counts.size(); ++i)
        counts[i].count = pages->int64(i);
    for (const Filter* f : others) {
        const QByteArray sql = f->kind == FilterKind::Links
            ? "SELECT count(*) FROM links AS l WHERE " + f->predicate
            : "SELECT count(*) FROM pages AS p LEFT JOIN urls AS u ON u.id = p.url_id WHERE " + f->predicate;
        auto statement = db.prepare(sql.constData());
        if (!statement)
            return statement.error();
        auto counted = statement->step();
        if (!counted)
            return counted.error();
        counts.append({f->id, *counted ? statement->int64(0) : 0});
    }
    return counts;
}

} // namespace pav::exporting
