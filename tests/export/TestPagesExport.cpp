// SPDX-FileCopyrightText: 2026 Pavutyna contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <QBuffer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include "CrawlFixture.h"
#include "FailingDevice.h"
#include "export/CrawlExporter.h"
#include "export/Filters.h"
#include "store/Database.h"

using namespace pav;
using namespace pav::exporting;
using test::CrawlFixture;
using test::exported;

namespace {
constexpr auto Csv = ExportOptions::Format::Csv;
constexpr auto Jsonl = ExportOptions::Format::Jsonl;

const QByteArray Header = "url,status,content_type,size,response_ms,depth,title,meta_description,h1,canonical,"
                          "meta_robots,word_count,inlinks,outlinks,redirect_url,error,found_via,in_sitemap,"
                          "x_robots_tag,title_count,meta_description_count,h1_count,h2_count,canonical_count,"
                          "language,hreflang,http_version,encoding,ip,dns_ms,connect_ms,ttfb_ms,bytes_received,"
                          "attempts,fetched_at\r\n";

// The fixture's pages, by URL id (6 was never fetched and has no row).
const QByteArray Rows[] = {
    "https://example.com/,200,text/html; charset=utf-8,1000,50,0,\"Home, \"\"sweet\"\" home\",\"line1\nline2\","
    "\"Привіт, світе\",,\"index, follow\",321,2,5,,,seed,true,,1,1,1,3,0,,,1.1,UTF-8,127.0.0.1,1,2,20,400,2,"
    "2026-01-01T00:00:01Z\r\n",
    "https://example.com/about,200,text/html; charset=utf-8,1000,50,1,"
    "\"'=HYPERLINK(\"\"http://evil.example/\"\",\"\"click\"\")\",,Про нас,https://example.com/about,,150,2,3,,,"
    "link,false,,1,0,1,0,1,uk,\"[{\"\"lang\"\":\"\"uk\"\",\"\"href\"\":\"\"https://example.com/about\"\"},"
    "{\"\"lang\"\":\"\"en\"\",\"\"href\"\":\"\"https://example.com/en/about\"\"}]\",2,UTF-8,127.0.0.1,1,2,20,400,1,"
    "2026-01-01T00:00:02Z\r\n",
    "https://example.com/old,301,text/html; charset=utf-8,0,50,1,,,,,,0,1,0,https://example.com/new,,link,false,,"
    "0,0,0,0,0,,,1.1,UTF-8,127.0.0.1,1,2,20,400,1,2026-01-01T00:00:03Z\r\n",
    "https://example.com/new,200,text/html; charset=utf-8,1000,50,2,New,,,,,0,0,1,,,redirect,false,noindex,"
    "1,0,0,0,0,,,1.1,UTF-8,127.0.0.1,1,2,20,400,1,2026-01-01T00:00:04Z\r\n",
    "https://example.com/logo.png,200,image/png,4096,7,1,,,,,,0,1,0,,,link,false,,0,0,0,0,0,,,,,,0,0,0,0,1,"
    "2026-01-01T00:00:05Z\r\n",
    "https://example.com/private,0,,0,0,1,,,,,,0,2,0,,Blocked by robots.txt,link,false,,0,0,0,0,0,,,,,,0,0,0,0,0,"
    "2026-01-01T00:00:07Z\r\n",
    "https://example.com/from-sitemap,404,text/html; charset=utf-8,1000,50,1,Не знайдено,,,,,0,1,1,,,sitemap,true,,"
    "1,0,0,0,0,,,1.1,UTF-8,127.0.0.1,1,2,20,400,1,2026-01-01T00:00:08Z\r\n",
};

QByteArray allRows()
{
    QByteArray csv = Header;
    for (const QByteArray& row : Rows)
        csv += row;
    return csv;
}

QList<QJsonObject> parseLines(const QByteArray& jsonl)
{
    QList<QJsonObject> objects;
    const QList<QByteArray> lines = jsonl.split('\n');
    for (const QByteArray& line : lines) {
        if (line.isEmpty())
            continue;
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(line, &error);
        if (error.error != QJsonParseError::NoError || !document.isObject())
            qWarning("not a JSON object: %s (%s)", line.constData(), qPrintable(error.errorString()));
        objects.append(document.object());
    }
    return objects;
}

// The keys of one JSON Lines row in the order they were written (QJsonObject sorts them).
QStringList keysInOrder(const QByteArray& line, int count)
{
    QStringList keys;
    qsizetype from = 0;
    for (int i = 0; i < count; ++i) {
        const qsizetype start = line.indexOf(i == 0 ? "{\"" : ",\"", from) + 2;
        const qsizetype end = line.indexOf("\":", start);
        keys.append(QString::fromUtf8(line.mid(start, end - start)));
        from = end;
        // Skip the value, which for the keys we look at holds no `,"`.
        if (line.at(end + 2) == '"')
            from = line.indexOf('"', end + 3) + 1;
    }
    return keys;
}
} // namespace

class TestPagesExport : public QObject
{
    Q_OBJECT

private slots:
    void listsColumnsInTheDocumentedOrder()
    {
        QCOMPARE(pageColumns().join(u',').toUtf8() + "\r\n", Header);
        QCOMPARE(pageColumns().size(), 35);
    }

    void writesOneCsvRowPerFetchedUrlInIdOrder()
    {
        CrawlFixture crawl;
        QVERIFY2(crawl.isValid(), qPrintable(crawl.errorString()));
        qint64 rows = 0;
        const QByteArray csv = exported(exportPages, crawl.database(), {.format = Csv}, &rows);
        QCOMPARE(csv, allRows());
        QCOMPARE(rows, qint64(7));
    }

    void writesOnlyTheRowsOfAFilter()
    {
        CrawlFixture crawl;
        QVERIFY2(crawl.isValid(), qPrintable(crawl.errorString()));
        qint64 rows = 0;
        const QByteArray csv = exported(exportPages, crawl.database(), {.format = Csv, .where = "p.status >= 400"}, &rows);
        QList<QByteArray> expected{Header};
        for (const QByteArray& row : Rows) {
            if (row.contains(",404,"))
                expected.append(row);
        }
        QCOMPARE(rows, qint64(expected.size() - 1));
        QVERIFY(rows > 0);
        QCOMPARE(csv, expected.join());
    }

    void searchesUkrainianTextWhateverItsCase()
    {
        CrawlFixture crawl;
        QVERIFY2(crawl.isValid(), qPrintable(crawl.errorString()));
        // "Про нас" is the about page's H1, "Не знайдено" the 404's title: SQLite's LIKE alone folds ASCII only.
        for (const QString& typed : {QStringLiteral("про НАС"), QStringLiteral("ПРО нас"), QStringLiteral("Про нас")}) {
            qint64 rows = 0;
            const QByteArray csv = exported(exportPages, crawl.database(),
                                            {.format = Csv, .where = searchPredicate(typed, FilterKind::Pages)}, &rows);
            QCOMPARE(rows, qint64(1));
            QVERIFY2(csv.contains("https://example.com/about,"), csv.constData());
        }
        qint64 rows = 0;
        (void)exported(exportPages, crawl.database(), {.format = Csv, .where = searchPredicate(QStringLiteral("НЕ ЗНАЙДЕНО"))}, &rows);
        QCOMPARE(rows, qint64(1));
        (void)exported(exportPages, crawl.database(), {.format = Csv, .where = searchPredicate(QStringLiteral("щось інше"))}, &rows);
        QCOMPARE(rows, qint64(0));
    }

    void keepsFormulasWhenRawIsAsked()
    {
        CrawlFixture crawl;
        QVERIFY2(crawl.isValid(), qPrintable(crawl.errorString()));
        const QByteArray raw = exported(exportPages, crawl.database(), {.format = Csv, .neutraliseFormulas = false});
        QVERIFY(raw.contains(",\"=HYPERLINK(\"\"http://evil.example/\"\",\"\"click\"\")\","));
        QVERIFY(!raw.contains("'="));
        // Only the title changes: everything else is byte for byte the neutralised export.
        QByteArray safe = allRows();
        safe.replace("\"'=HYPERLINK", "\"=HYPERLINK");
        QCOMPARE(raw, safe);
    }

    void startsWithABomWhenAsked()
    {
        CrawlFixture crawl;
        QVERIFY2(crawl.isValid(), qPrintable(crawl.errorString()));
        const QByteArray csv = exported(exportPages, crawl.database(), {.format = Csv, .utf8Bom = true});
        QCOMPARE(csv, "\xEF\xBB\xBF" + allRows());
        // A BOM is for spreadsheets; JSON Lines never gets one.
        const QByteArray jsonl = exported(exportPages, crawl.database(), {.format = Jsonl, .utf8Bom = true});
        QVERIFY(jsonl.startsWith("{\"url\":"));
    }

    void writesJsonLinesWithTypedValues()
    {
        CrawlFixture crawl;
        QVERIFY2(crawl.isValid(), qPrintable(crawl.errorString()));
        qint64 rows = 0;
        const QByteArray jsonl = exported(exportPages, crawl.database(), {.format = Jsonl}, &rows);
        QCOMPARE(rows, qint64(7));
        QCOMPARE(jsonl.count('\n'), 7);
        QVERIFY(jsonl.endsWith('\n'));

        const QByteArray first = jsonl.left(jsonl.indexOf('\n') + 1);
        const QByteArray expected
            = R"({"url":"https://example.com/","status":200,"content_type":"text/html; charset=utf-8",)"
              R"("size":1000,"response_ms":50,"depth":0,)"
              "\"title\":\"Home, \\\"sweet\\\" home\","
              R"("meta_description":"line1\nline2","h1":"Привіт, світе","canonical":"",)"
              R"("meta_robots":"index, follow","word_count":321,"inlinks":2,"outlinks":5,)"
              R"("redirect_url":"","error":"","found_via":"seed","in_sitemap":true,"x_robots_tag":"",)"
              R"("title_count":1,"meta_description_count":1,"h1_count":1,"h2_count":3,)"
              R"("canonical_count":0,"language":"","hreflang":[],"http_version":"1.1",)"
              R"("encoding":"UTF-8","ip":"127.0.0.1","dns_ms":1,"connect_ms":2,"ttfb_ms":20,)"
              R"("bytes_received":400,"attempts":2,"fetched_at":"2026-01-01T00:00:01Z"})"
              "\n";
        QCOMPARE(first, expected);
        QCOMPARE(keysInOrder(first, 35), pageColumns());

        const QList<QJsonObject> pages = parseLines(jsonl);
        QCOMPARE(pages.size(), 7);
        const QJsonObject& about = pages[1];
        QCOMPARE(about["title"].toString(), QStringLiteral("=HYPERLINK(\"http://evil.example/\",\"click\")"));
        QCOMPARE(about["h1"].toString(), QStringLiteral("Про нас"));
        const QJsonArray hreflang = about["hreflang"].toArray();
        QCOMPARE(hreflang.size(), 2);
        QCOMPARE(hreflang[1].toObject()["lang"].toString(), QStringLiteral("en"));
        QCOMPARE(hreflang[1].toObject()["href"].toString(), QStringLiteral("https://example.com/en/about"));
        const QJsonObject& blocked = pages[5];
        QCOMPARE(blocked["url"].toString(), QStringLiteral("https://example.com/private"));
        QCOMPARE(blocked["status"].toInteger(-1), qint64(0));
        QCOMPARE(blocked["error"].toString(), QStringLiteral("Blocked by robots.txt"));
        QCOMPARE(pages[6]["found_via"].toString(), QStringLiteral("sitemap"));
        QCOMPARE(pages[6]["title"].toString(), QStringLiteral("Не знайдено"));
    }

    void countsInlinksAndOutlinks()
    {
        CrawlFixture crawl;
        QVERIFY2(crawl.isValid(), qPrintable(crawl.errorString()));
        const QList<QJsonObject> pages = parseLines(exported(exportPages, crawl.database(), {.format = Jsonl}));
        QStringList counts;
        for (const QJsonObject& page : pages)
            counts.append(QStringLiteral("%1 in %2 out %3")
                              .arg(page["url"].toString())
                              .arg(page["inlinks"].toInteger())
                              .arg(page["outlinks"].toInteger()));
        const QStringList expected = {
            "https://example.com/ in 2 out 5",             // from /about and the refresh on /new
            "https://example.com/about in 2 out 3",        // two links from / (a and area) both count
            "https://example.com/old in 1 out 0",          // the redirect itself is not a link
            "https://example.com/new in 0 out 1",          // reached by redirect only
            "https://example.com/logo.png in 1 out 0",     // an <img> is a link too
            "https://example.com/private in 2 out 0",      // blocked, but still linked to
            "https://example.com/from-sitemap in 1 out 1", // from the sitemap and an iframe
        };
        QCOMPARE(counts, expected);
    }

    void writesMissingMeasurementsAsEmptyOrNull()
    {
        CrawlFixture crawl;
        QVERIFY2(crawl.isValid(), qPrintable(crawl.errorString()));
        // What a row written before schema 2 looks like: the newer columns are NULL.
        QVERIFY(crawl.database().exec("UPDATE pages SET dns_ms = NULL, ip = NULL, hreflang = NULL WHERE url_id = 2"));
        const QByteArray csv = exported(exportPages, crawl.database(), {.format = Csv});
        QVERIFY(csv.contains(",1,uk,,2,UTF-8,,,2,20,400,1,2026-01-01T00:00:02Z\r\n"));
        const QList<QJsonObject> pages = parseLines(exported(exportPages, crawl.database(), {.format = Jsonl}));
        QVERIFY(pages[1]["dns_ms"].isNull());
        QCOMPARE(pages[1]["ip"].toString(QStringLiteral("missing")), QString()); // text stays text
        QCOMPARE(pages[1]["hreflang"].toArray(), QJsonArray());
        QVERIFY(pages[1]["hreflang"].isArray());
    }

    void writesOnlyTheHeaderForAnEmptyCrawl()
    {
        QTemporaryDir dir;
        auto store = CrawlFixture::openEmpty(dir);
        QVERIFY(store);
        qint64 rows = -1;
        QCOMPARE(exported(exportPages, store->database(), {.format = Csv}, &rows), Header);
        QCOMPARE(rows, qint64(0));
        QCOMPARE(exported(exportPages, store->database(), {.format = Jsonl}, &rows), QByteArray());
        QCOMPARE(rows, qint64(0));
    }

    void reportsAFullDisk_data()
    {
        QTest::addColumn<int>("format");
        QTest::addColumn<qint64>("budget");
        QTest::addColumn<QString>("message");
        const QString csvFull = QStringLiteral("Could not write the CSV file: No space left on device");
        const QString jsonFull = QStringLiteral("Could not write the JSON Lines file: No space left on device");
        QTest::newRow("csv header") << int(Csv) << qint64(10) << csvFull;
        QTest::newRow("csv third row") << int(Csv) << qint64(Header.size() + Rows[0].size() + Rows[1].size() + 5)
                                       << csvFull;
        QTest::newRow("jsonl first row") << int(Jsonl) << qint64(100) << jsonFull;
        QTest::newRow("jsonl later row") << int(Jsonl) << qint64(3000) << jsonFull;
    }

    void reportsAFullDisk()
    {
        QFETCH(int, format);
        QFETCH(qint64, budget);
        QFETCH(QString, message);
        CrawlFixture crawl;
        QVERIFY2(crawl.isValid(), qPrintable(crawl.errorString()));
        test::FailingDevice device(budget);
        Result<qint64> result = exportPages(crawl.database(), device, {.format = ExportOptions::Format(format)});
        QVERIFY(!result);
        QCOMPARE(result.error().kind, ErrorKind::Io);
        QCOMPARE(result.error().message, message);
        QVERIFY(device.written() <= budget);
    }

    void reportsAFullDiskWhenTheFileIsFlushed()
    {
        CrawlFixture crawl;
        QVERIFY2(crawl.isValid(), qPrintable(crawl.errorString()));
        QFile full(QStringLiteral("/dev/full"));
        if (!full.open(QIODevice::WriteOnly))
            QFAIL("/dev/full cannot be opened: this test needs Linux's always-full device");
        // Small enough to sit in QFile's buffer until the end: only the final flush reaches the disk.
        Result<qint64> result = exportPages(crawl.database(), full, {.format = Csv});
        QVERIFY(!result);
        QCOMPARE(result.error().kind, ErrorKind::Io);
        QVERIFY2(result.error().message.startsWith(QLatin1String("Could not write the CSV file: ")),
                 qPrintable(result.error().message));
    }

    void reportsDatabaseErrors()
    {
        CrawlFixture crawl;
        QVERIFY2(crawl.isValid(), qPrintable(crawl.errorString()));
        QVERIFY(crawl.database().exec("DROP TABLE links"));
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        Result<qint64> result = exportPages(crawl.database(), buffer, {});
        QVERIFY(!result);
        QCOMPARE(result.error().kind, ErrorKind::Io);
        QVERIFY2(result.error().message.contains(QLatin1String("no such table: links")),
                 qPrintable(result.error().message));
        QCOMPARE(buffer.size(), 0); // nothing half-written before the query even ran
    }

    void reportsAFileThatIsNotACrawl()
    {
        QTemporaryDir dir;
        const store::Migration other[] = {{1, "CREATE TABLE notes(text TEXT)"}};
        auto db = store::Database::open(dir.filePath(QStringLiteral("other.pavutyna")), other);
        QVERIFY(db);
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        Result<qint64> result = exportPages(**db, buffer, {});
        QVERIFY(!result);
        QCOMPARE(result.error().kind, ErrorKind::Io);
        QVERIFY2(result.error().message.startsWith(QLatin1String("Could not read the crawl file for the export: ")),
                 qPrintable(result.error().message));
        QVERIFY2(result.error().message.contains(QLatin1String("no such table")), qPrintable(result.error().message));
    }

    void countsLinksThroughTheirIndexes()
    {
        CrawlFixture crawl;
        QVERIFY2(crawl.isValid(), qPrintable(crawl.errorString()));
        const QString plan = queryPlan(crawl.database());
        // Walks pages in rowid order (no sort), finds each URL by key, counts inlinks on a covering index;
        // outlinks are stored with the page.
        QVERIFY2(plan.contains(QLatin1String("SCAN p")), qPrintable(plan));
        QVERIFY2(plan.contains(QLatin1String("SEARCH u USING INTEGER PRIMARY KEY")), qPrintable(plan));
        QVERIFY2(plan.contains(QLatin1String("SEARCH links USING COVERING INDEX links_target (target_id=?)")),
                 qPrintable(plan));
        QVERIFY2(!plan.contains(QLatin1String("TEMP B-TREE")), qPrintable(plan));
        QVERIFY2(!plan.contains(QLatin1String("SCAN links")), qPrintable(plan));
    }

    void countsInlinksWithoutTheTargetIndex()
    {
        CrawlFixture crawl(false);
        QVERIFY2(crawl.isValid(), qPrintable(crawl.errorString()));
        QCOMPARE(exported(exportPages, crawl.database(), {.format = Csv}), allRows());
        QCOMPARE(exported(exportPages, crawl.database(), {.format = Csv, .where = "p.status = 404"}),
                 Header + Rows[6]);
        // The counts come from one scan of links before the query, which itself never reads links (nor sorts).
        const QString plan = queryPlan(crawl.database());
        QVERIFY2(!plan.contains(QLatin1String("links")), qPrintable(plan));
        QVERIFY2(!plan.contains(QLatin1String("TEMP B-TREE")), qPrintable(plan));
    }

    void countsInlinksToUrlIdsNoCrawlerWrites()
    {
        // A file written by something else may number its URLs sparsely: those counts come from a map, not an
        // array as long as the largest id.
        CrawlFixture crawl(false);
        QVERIFY2(crawl.isValid(), qPrintable(crawl.errorString()));
        QVERIFY(crawl.database().exec(R"sql(
INSERT INTO urls(id, url, url_hash, depth, found_via, state) VALUES (4611686018427387904, 'https://far.example/', 99, 1, 1, 1);
INSERT INTO pages(url_id, status) VALUES (4611686018427387904, 200);
INSERT INTO links(source_id, target_id, kind) VALUES (1, 4611686018427387904, 0), (2, 4611686018427387904, 0), (1, -7, 0);
)sql"));
        const QList<QJsonObject> pages = parseLines(exported(exportPages, crawl.database(), {.format = Jsonl}));
        QCOMPARE(pages.size(), 8);
        QCOMPARE(pages[0]["inlinks"].toInteger(-1), qint64(2)); // unchanged
        QCOMPARE(pages[7]["url"].toString(), QStringLiteral("https://far.example/"));
        QCOMPARE(pages[7]["inlinks"].toInteger(-1), qint64(2));
    }

private:
    static QString queryPlan(store::Database& db)
    {
        const QByteArray sql = "EXPLAIN QUERY PLAN " + pagesQuery(db);
        auto plan = db.prepare(sql.constData());
        if (!plan)
            return plan.error().message;
        QStringList steps;
        while (true) {
            auto more = plan->step();
            if (!more)
                return more.error().message;
            if (!*more)
                break;
            steps.append(plan->text(3));
        }
        return steps.join(u'\n');
    }
};

QObject* makeTestPagesExport()
{
    return new TestPagesExport;
}

#include "TestPagesExport.moc"
