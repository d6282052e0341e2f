// SPDX-FileCopyrightText: 2026 Pavutyna contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <QBuffer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include "CrawlFixture.h"
#include "FailingDevice.h"
#include "export/CrawlExporter.h"

using namespace pav;
using namespace pav::exporting;
using test::CrawlFixture;
using test::exported;

namespace {
constexpr auto Csv = ExportOptions::Format::Csv;
constexpr auto Jsonl = ExportOptions::Format::Jsonl;

const QByteArray Header = "source,target,anchor,rel,target_status,kind\r\n";

// Source 1's links come first although source 2 was saved first; within a source, the order they were found.
const QByteArray Rows
    = "https://example.com/,https://example.com/about,About,,200,a\r\n"
      "https://example.com/,https://example.com/old,Old page,,301,a\r\n"
      "https://example.com/,https://example.com/private,Private,nofollow,0,a\r\n"
      "https://example.com/,https://example.com/about,Map area,,200,area\r\n"
      "https://example.com/,https://example.com/from-sitemap,,,404,iframe\r\n"
      "https://example.com/about,https://example.com/,Home,,200,a\r\n"
      "https://example.com/about,https://example.com/logo.png,Logo,,200,img\r\n"
      "https://example.com/about,https://other.example/,\"Other, \"\"site\"\"\",nofollow external,,a\r\n"
      "https://example.com/new,https://example.com/,,,200,refresh\r\n"
      "https://example.com/from-sitemap,https://example.com/private,'=cmd|' /C calc'!A0,,0,42\r\n";
} // namespace

class TestLinksExport : public QObject
{
    Q_OBJECT

private slots:
    void listsColumnsInTheDocumentedOrder() { QCOMPARE(linkColumns().join(u',').toUtf8() + "\r\n", Header); }

    void writesOneCsvRowPerLinkBySourceThenDiscovery()
    {
        CrawlFixture crawl;
        QVERIFY2(crawl.isValid(), qPrintable(crawl.errorString()));
        qint64 rows = 0;
        QCOMPARE(exported(exportLinks, crawl.database(), {.format = Csv}, &rows), Header + Rows);
        QCOMPARE(rows, qint64(10));
    }

    void writesOnlyTheLinksOfAFilter()
    {
        CrawlFixture crawl;
        QVERIFY2(crawl.isValid(), qPrintable(crawl.errorString()));
        qint64 rows = 0;
        const QByteArray csv = exported(exportLinks, crawl.database(), {.format = Csv, .where = "l.rel LIKE '%nofollow%'"}, &rows);
        QList<QByteArray> expected{Header};
        for (const QByteArray& line : QByteArray(Rows).split('\n')) {
            if (line.contains("nofollow"))
                expected.append(line + '\n');
        }
        QVERIFY(rows > 0);
        QCOMPARE(rows, qint64(expected.size() - 1));
        QCOMPARE(csv, expected.join());
    }

    void keepsFormulasWhenRawIsAsked()
    {
        CrawlFixture crawl;
        QVERIFY2(crawl.isValid(), qPrintable(crawl.errorString()));
        QByteArray expected = Header + Rows;
        expected.replace(",'=cmd", ",=cmd");
        QCOMPARE(exported(exportLinks, crawl.database(), {.format = Csv, .neutraliseFormulas = false}), expected);
        QCOMPARE(exported(exportLinks, crawl.database(), {.format = Csv, .utf8Bom = true}),
                 "\xEF\xBB\xBF" + Header + Rows);
    }

    void writesJsonLinesWithNullForUnfetchedTargets()
    {
        CrawlFixture crawl;
        QVERIFY2(crawl.isValid(), qPrintable(crawl.errorString()));
        const QByteArray jsonl = exported(exportLinks, crawl.database(), {.format = Jsonl});
        const QList<QByteArray> lines = jsonl.split('\n');
        QCOMPARE(lines.size(), 11); // ten rows and the empty remainder after the last "\n"
        const QByteArray expected[] = {
            R"({"source":"https://example.com/","target":"https://example.com/about",)"
            R"("anchor":"About","rel":"","target_status":200,"kind":"a"})",
            R"({"source":"https://example.com/","target":"https://example.com/private",)"
            R"("anchor":"Private","rel":"nofollow","target_status":0,"kind":"a"})",
            R"({"source":"https://example.com/about","target":"https://other.example/",)"
            "\"anchor\":\"Other, \\\"site\\\"\",\"rel\":\"nofollow external\",\"target_status\":null,"
            R"("kind":"a"})",
            R"({"source":"https://example.com/from-sitemap",)"
            R"("target":"https://example.com/private","anchor":"=cmd|' /C calc'!A0",)"
            R"("rel":"","target_status":0,"kind":"42"})",
        };
        const int checked[] = {0, 2, 7, 9};
        for (int i = 0; i < 4; ++i)
            QCOMPARE(lines[checked[i]], expected[i]);
        for (const QByteArray& line : lines.first(10))
            QVERIFY2(QJsonDocument::fromJson(line).isObject(), line.constData());
    }

    void namesEveryLinkKind()
    {
        QTemporaryDir dir;
        auto store = CrawlFixture::openEmpty(dir);
        QVERIFY(store);
        auto source = store->addUrl(QStringLiteral("https://example.com/"), 0, store::FoundVia::Seed);
        QVERIFY(source);
        QList<store::LinkRecord> links;
        for (int kind = 0; kind <= 9; ++kind)
            links.append({*source, QString(), QString(), kind});
        QVERIFY(store->savePage(*source, {}, links));
        QVERIFY(store->flush());
        QStringList kinds;
        const QList<QByteArray> lines = exported(exportLinks, store->database(), {.format = Csv}).split('\n');
        for (const QByteArray& line : lines.sliced(1, 10))
            kinds.append(QString::fromUtf8(line.sliced(line.lastIndexOf(',') + 1).trimmed()));
        // pav::html::LinkKind's order; 9 does not exist (yet) and keeps its number.
        QCOMPARE(kinds.join(u' '), QStringLiteral("a area link img script iframe frame media refresh 9"));
    }

    void writesOnlyTheHeaderForAnEmptyCrawl()
    {
        QTemporaryDir dir;
        auto store = CrawlFixture::openEmpty(dir);
        QVERIFY(store);
        qint64 rows = -1;
        QCOMPARE(exported(exportLinks, store->database(), {.format = Csv}, &rows), Header);
        QCOMPARE(rows, qint64(0));
        QCOMPARE(exported(exportLinks, store->database(), {.format = Csv, .utf8Bom = true}), "\xEF\xBB\xBF" + Header);
        QCOMPARE(exported(exportLinks, store->database(), {.format = Jsonl}, &rows), QByteArray());
        QCOMPARE(rows, qint64(0));
    }

    void reportsAFullDisk()
    {
        CrawlFixture crawl;
        QVERIFY2(crawl.isValid(), qPrintable(crawl.errorString()));
        for (const auto format : {Csv, Jsonl}) {
            test::FailingDevice device(200);
            Result<qint64> result = exportLinks(crawl.database(), device, {.format = format});
            QVERIFY(!result);
            QCOMPARE(result.error().kind, ErrorKind::Io);
            QVERIFY2(result.error().message.endsWith(QLatin1String(": No space left on device")),
                     qPrintable(result.error().message));
        }
    }

    void reportsDatabaseErrors()
    {
        CrawlFixture crawl;
        QVERIFY2(crawl.isValid(), qPrintable(crawl.errorString()));
        QVERIFY(crawl.database().exec("ALTER TABLE pages DROP COLUMN links_first"));
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        Result<qint64> result = exportLinks(crawl.database(), buffer, {});
        QVERIFY(!result);
        QCOMPARE(result.error().kind, ErrorKind::Io);
        QVERIFY2(result.error().message.contains(QLatin1String("links_first")), qPrintable(result.error().message));
    }

    void walksLinkRangesInPageOrderWithoutSorting()
    {
        CrawlFixture crawl;
        QVERIFY2(crawl.isValid(), qPrintable(crawl.errorString()));
        const QString all = queryPlan(crawl.database(), linksQuery());
        QVERIFY2(all.contains(QLatin1String("SCAN p")), qPrintable(all));
        QVERIFY2(all.contains(QLatin1String("SEARCH l USING INTEGER PRIMARY KEY (rowid>? AND rowid<?)")),
                 qPrintable(all));
        QVERIFY2(all.contains(QLatin1String("SEARCH s USING INTEGER PRIMARY KEY")), qPrintable(all));
        QVERIFY2(all.contains(QLatin1String("SEARCH t USING INTEGER PRIMARY KEY")), qPrintable(all));
        QVERIFY2(!all.contains(QLatin1String("TEMP B-TREE")), qPrintable(all));
        // A filter on targets keeps the id ranges: links_target instead would be a search per page and target.
        QByteArray filteredSql = linksQuery();
        filteredSql.insert(filteredSql.lastIndexOf(" ORDER BY "),
                           " WHERE (l.target_id IN (SELECT url_id FROM pages WHERE status >= 400))");
        const QString filtered = queryPlan(crawl.database(), filteredSql);
        QVERIFY2(filtered.contains(QLatin1String("SEARCH l USING INTEGER PRIMARY KEY (rowid>? AND rowid<?)")),
                 qPrintable(filtered));
        QVERIFY2(!filtered.contains(QLatin1String("links_target")), qPrintable(filtered));
        QVERIFY2(!filtered.contains(QLatin1String("TEMP B-TREE")), qPrintable(filtered));
    }

private:
    // The steps of SQLite's plan for `sql`, one per line; an error's message if it cannot be planned.
    static QString queryPlan(store::Database& db, const QByteArray& sql)
    {
        auto plan = db.prepare(("EXPLAIN QUERY PLAN " + sql).constData());
        if (!plan)
            return plan.error().message;
        QStringList steps;
        while (plan->step().valueOr(false))
            steps.append(plan->text(3));
        return steps.join(u'\n');
    }
};

QObject* makeTestLinksExport()
{
    return new TestLinksExport;
}

#include "TestLinksExport.moc"
