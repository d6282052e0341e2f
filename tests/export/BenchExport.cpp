// SPDX-FileCopyrightText: 2026 Pavutyna contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// bench_export [FILE] [PAGES] [LINKS_PER_PAGE]
// Builds (or reuses) a synthetic crawl file of PAGES pages (default 1,000,000) with LINKS_PER_PAGE links each
// (default 10), then times exportPages and exportLinks in both formats into /dev/null and prints one line per
// run: rows, seconds, and the peak RSS so far, which must stay flat (the exports stream). Run by hand, never
// by ctest; it belongs in bench/ next to pav_bench_fetch once that directory takes it.
#include <sys/resource.h>

#include <cstdio>

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>

#include "export/CrawlExporter.h"
#include "store/CrawlStore.h"

using namespace pav;

namespace {
long peakRssMiB()
{
    rusage usage = {};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss / 1024;
}

// Straight SQL rather than CrawlStore::savePage: 11 million rows through prepared inserts would take longer
// than the exports being measured. Indexes are built after the rows, as a sort, for the same reason.
bool fill(store::Database& db, qint64 pages, int linksPerPage)
{
    const QByteArray sql = QByteArray(R"sql(
BEGIN;
DROP INDEX IF EXISTS links_target;
WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < %PAGES%)
INSERT INTO urls(id, url, url_hash, depth, found_via, state, in_sitemap)
SELECT i, 'https://example.com/section-' || (i % 100) || '/page-' || i || '.html', i, i % 6, 1, 1, i % 3 = 0 FROM n;
INSERT INTO pages(url_id, status, content_type, size, response_ms, title, meta_description, h1, canonical,
    meta_robots, x_robots_tag, word_count, title_count, meta_description_count, h1_count, h2_count, language,
    redirect_url, error, http_version, encoding, fetched_at, dns_ms, connect_ms, ttfb_ms, bytes_received, ip,
    headers, hreflang, canonical_count, attempts)
SELECT id, CASE WHEN id % 50 = 0 THEN 404 ELSE 200 END, 'text/html; charset=utf-8', 20000 + id % 7000, 80 + id % 300,
    'Сторінка ' || id || ', "заголовок" як у справжньому сайті', 'Опис сторінки номер ' || id || ' для пошуку',
    'Заголовок ' || id, url, 'index, follow', '', 350 + id % 900, 1, 1, 1, 4, 'uk', '', '', '2', 'UTF-8',
    1767225600 + id, 1, 3, 40, 9000, '127.0.0.1', 'content-type: text/html',
    CASE WHEN id % 10 = 0 THEN '[{"lang":"uk","href":"' || url || '"},{"lang":"en","href":"' || url || '?en"}]'
         ELSE '' END, 1, 1
FROM urls;
WITH RECURSIVE k(j) AS (SELECT 0 UNION ALL SELECT j + 1 FROM k WHERE j < %LINKS% - 1)
INSERT INTO links(source_id, target_id, anchor, rel, kind)
SELECT u.id, (u.id * 7919 + k.j * 104729) % %PAGES% + 1, 'Посилання ' || k.j, CASE WHEN k.j = 0 THEN 'nofollow' ELSE '' END,
    k.j % 4
FROM urls AS u, k ORDER BY u.id, k.j;
-- Every URL (ids from 1) got %LINKS% links, inserted in url order from link id 1: each page's range follows.
UPDATE pages SET links_first = (url_id - 1) * %LINKS% + 1, links_count = %LINKS%;
CREATE INDEX links_target ON links(target_id); -- what CrawlStore::indexLinkTargets() adds when a crawl stops
COMMIT;
)sql")
                               .replace("%PAGES%", QByteArray::number(pages))
                               .replace("%LINKS%", QByteArray::number(linksPerPage));
    if (auto done = db.exec(sql.constData()); !done) {
        std::fprintf(stderr, "filling the crawl file failed: %s\n", qPrintable(done.error().message));
        return false;
    }
    return true;
}

bool run(const char* name, Result<qint64> (*exporter)(store::Database&, QIODevice&, const exporting::ExportOptions&),
         store::Database& db, exporting::ExportOptions::Format format)
{
    QFile sink(QStringLiteral("/dev/null"));
    if (!sink.open(QIODevice::WriteOnly))
        return false;
    QElapsedTimer timer;
    timer.start();
    Result<qint64> rows = exporter(db, sink, {.format = format});
    const double seconds = double(timer.elapsed()) / 1000;
    if (!rows) {
        std::fprintf(stderr, "%s failed: %s\n", name, qPrintable(rows.error().message));
        return false;
    }
    std::printf("%-12s %10lld rows %7.2f s %6.2f M rows/s  peak RSS %ld MiB\n", name, *rows, seconds,
                double(*rows) / seconds / 1e6, peakRssMiB());
    std::fflush(stdout);
    return true;
}
} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const QString path = args.value(1, QStringLiteral("/tmp/pav-export-bench.pavutyna"));
    const qint64 pages = args.value(2, QStringLiteral("1000000")).toLongLong();
    const int linksPerPage = args.value(3, QStringLiteral("10")).toInt();

    auto store = store::CrawlStore::open(path);
    if (!store) {
        std::fprintf(stderr, "%s\n", qPrintable(store.error().message));
        return 1;
    }
    store::Database& db = (*store)->database();
    auto existing = (*store)->countDone();
    if (existing && *existing == 0) {
        QElapsedTimer timer;
        timer.start();
        if (!fill(db, pages, linksPerPage))
            return 1;
        std::printf("built %s: %lld pages, %lld links in %.1f s\n", qPrintable(path), pages, pages * linksPerPage,
                    double(timer.elapsed()) / 1000);
    }
    using Format = exporting::ExportOptions::Format;
    const bool ok = run("pages csv", exporting::exportPages, db, Format::Csv)
        && run("pages jsonl", exporting::exportPages, db, Format::Jsonl)
        && run("links csv", exporting::exportLinks, db, Format::Csv)
        && run("links jsonl", exporting::exportLinks, db, Format::Jsonl);
    return ok ? 0 : 1;
}
