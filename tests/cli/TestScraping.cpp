// SPDX-FileCopyrightText: 2026 Pavutyna contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include "CatalogueSite.h"
#include "CliSupport.h"
#include "store/CrawlStore.h"

using namespace pav::test;

namespace {
QByteArray readAll(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// Every value, as --extract-output writes them: url, rule, index, value (crawled one at a time, so URL ids,
// and with them the row order, are those of a breadth-first crawl).
QByteArray expectedValues(const QString& base)
{
    struct Row
    {
        const char* path;
        const char* rule;
        int index;
        const char* value;
    };
    const Row rows[] = {
        {"/", "instock", 1, "0"},
        {"/", "noprice", 1, "1"},
        {"/c/phones", "heading", 1, "Phones"},
        {"/c/phones", "instock", 1, "0"},
        {"/c/phones", "noprice", 1, "1"},
        {"/c/books", "heading", 1, "Books"},
        {"/c/books", "instock", 1, "0"},
        {"/c/books", "noprice", 1, "1"},
        {"/p/1", "name", 1, "Phone One"},
        {"/p/1", "price", 1, "1299.00"},
        {"/p/1", "sku", 1, "PH-1"},
        {"/p/1", "tags", 1, "new"},
        {"/p/1", "tags", 2, "sale"},
        {"/p/1", "ld_price", 1, "1299.00"},
        {"/p/1", "heading", 1, "Phone One"},
        {"/p/1", "instock", 1, "1"},
        {"/p/1", "noprice", 1, "0"},
        {"/p/2", "name", 1, "Phone & Case"},
        {"/p/2", "price", 1, "49.50"},
        {"/p/2", "sku", 1, "PH-2"},
        {"/p/2", "tags", 1, "case"},
        {"/p/2", "ld_price", 1, "49.5"},
        {"/p/2", "heading", 1, "Phone & Case"},
        {"/p/2", "instock", 1, "1"},
        {"/p/2", "noprice", 1, "0"},
        {"/p/3", "name", 1, "Phone Three"},
        {"/p/3", "sku", 1, "PH-3"},
        {"/p/3", "heading", 1, "Phone Three"},
        {"/p/3", "instock", 1, "0"},
        {"/p/3", "noprice", 1, "1"},
        {"/p/4", "name", 1, "Book"},
        {"/p/4", "price", 1, "12.00"},
        {"/p/4", "sku", 1, "BK-4"},
        {"/p/4", "ld_price", 1, "12.00"},
        {"/p/4", "ld_price", 2, "10.00"},
        {"/p/4", "heading", 1, "Book Four"},
        {"/p/4", "instock", 1, "1"},
        {"/p/4", "noprice", 1, "0"},
        {"/p/5", "name", 1, "Кобзар"},
        {"/p/5", "price", 1, "150.00"},
        {"/p/5", "sku", 1, "KB-5"},
        {"/p/5", "tags", 1, "поезія"},
        {"/p/5", "tags", 2, "класика"},
        {"/p/5", "ld_price", 1, "150.00"},
        {"/p/5", "heading", 1, "Кобзар"},
        {"/p/5", "instock", 1, "0"},
        {"/p/5", "noprice", 1, "0"},
    };
    QByteArray csv = "url,rule,index,value\r\n";
    for (const Row& row : rows) {
        csv += (base + QString::fromLatin1(row.path)).toUtf8() + ',' + row.rule + ',' + QByteArray::number(row.index)
            + ',' + row.value + "\r\n";
    }
    return csv;
}

// The rule columns of the pages table, by URL path, as JSON Lines gives them.
QHash<QString, QJsonObject> ruleCells(const QByteArray& jsonl, const QString& base, const QStringList& names)
{
    QHash<QString, QJsonObject> cells;
    for (const QByteArray& line : jsonl.split('\n')) {
        if (line.isEmpty())
            continue;
        const QJsonObject row = QJsonDocument::fromJson(line).object();
        QJsonObject picked;
        for (const QString& name : names)
            picked.insert(name, row.value(name));
        cells.insert(row.value("url").toString().mid(base.size()), picked);
    }
    return cells;
}
} // namespace

// What the bodies table of a crawl file holds: how many pages, and their compressed bytes in all.
struct StoredBodies
{
    explicit StoredBodies(const QString& path)
    {
        auto store = pav::store::CrawlStore::open(path);
        if (!store)
            return;
        auto select = (*store)->database().prepare("SELECT count(*), coalesce(sum(length(body)), 0) FROM bodies");
        if (select && *select->step()) {
            count = select->int64(0);
            bytes = select->int64(1);
        }
    }
    qint64 count = 0;
    qint64 bytes = 0;
};

class TestScraping : public QObject
{
    Q_OBJECT

private slots:
    void init() { QVERIFY(m_dir.isValid()); }

    void scrapesACatalogueIntoExactlyTheExpectedTable()
    {
        LocalHttpServer server;
        buildCatalogue(server);
        const QString db = m_dir.filePath("shop.pavutyna");
        Run run = runPavutyna(QStringList{"--headless", server.url(), "--db", db, "-c", "1", "-q", "--no-sitemaps",
                                          "-o", m_dir.filePath("pages.csv"), "--extract-output",
                                          m_dir.filePath("values.csv"), "--store-html"}
                              + CatalogueRules);
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.err.isEmpty(), run.err.constData());
        QCOMPARE(readAll(m_dir.filePath("values.csv")), expectedValues(server.url().chopped(1)));

        const QList<QByteArray> lines = csvLines(readAll(m_dir.filePath("pages.csv")));
        QVERIFY(lines.first().endsWith(",fetched_at,name,price,sku,tags,ld_price,heading,instock,noprice"));
        QCOMPARE(lines.size(), 1 + 8);
        const QByteArray p1 = server.url("/p/1").toUtf8() + ",200,";
        const auto row = std::find_if(lines.begin(), lines.end(), [&](const QByteArray& l) { return l.startsWith(p1); });
        QVERIFY(row != lines.end());
        QVERIFY2(row->endsWith(",Phone One,1299.00,PH-1,new|sale,1299.00,Phone One,1,0"), row->constData());

        // The same crawl as JSON Lines: an `all` rule is one joined string, counts are text as stored.
        QVERIFY(runPavutyna({"--headless", "--export", db, "-o", m_dir.filePath("pages.jsonl")}).exitCode == 0);
        const QString base = server.url().chopped(1);
        const auto cells = ruleCells(readAll(m_dir.filePath("pages.jsonl")), base, {"name", "tags", "ld_price", "noprice"});
        QCOMPARE(cells.value("/p/4").value("ld_price").toString(), QString("12.00; 10.00"));
        QCOMPARE(cells.value("/p/5").value("tags").toString(), QString("поезія|класика"));
        QCOMPARE(cells.value("/p/3").value("name").toString(), QString("Phone Three"));
        QCOMPARE(cells.value("/").value("noprice").toString(), QString("1"));
    }

    void reextractsNewRulesFromStoredPagesWithoutFetching()
    {
        LocalHttpServer server;
        buildCatalogue(server);
        const QString db = m_dir.filePath("stored.pavutyna");
        QCOMPARE(runPavutyna(QStringList{"--headless", server.url(), "--db", db, "-q", "--store-html",
                                         "--extract", "name=css:h1"})
                     .exitCode,
                 0);
        const qsizetype requests = server.requests().size();
        Run run = runPavutyna({"--headless", "--reextract", db, "-q", "--extract", "sku[filter=SKU: (\\S+)]=css:.sku",
                               "--extract", "tags[json]=css:.tags li", "--extract-output", m_dir.filePath("values.csv"),
                               "-o", m_dir.filePath("pages.csv")});
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.err.isEmpty(), run.err.constData());
        QCOMPARE(server.requests().size(), requests); // nothing fetched
        const QList<QByteArray> pages = csvLines(readAll(m_dir.filePath("pages.csv")));
        QVERIFY2(pages.first().endsWith(",fetched_at,sku,tags"), pages.first().constData()); // name is gone
        const QByteArray p5 = server.url("/p/5").toUtf8() + ",200,";
        const auto row = std::find_if(pages.begin(), pages.end(), [&](const QByteArray& l) { return l.startsWith(p5); });
        QVERIFY(row != pages.end());
        QVERIFY2(row->endsWith(",KB-5,\"[\"\"поезія\"\",\"\"класика\"\"]\""), row->constData());
        const QByteArray values = readAll(m_dir.filePath("values.csv"));
        QVERIFY(values.contains(server.url("/p/1").toUtf8() + ",tags,2,sale\r\n"));
        QVERIFY(!values.contains(",name,"));

        // No rules given: the stored ones run again. A crawl without stored HTML says what is missing.
        QCOMPARE(runPavutyna({"--headless", "--reextract", db, "-q"}).exitCode, 0);
        const QString bare = m_dir.filePath("bare.pavutyna");
        QCOMPARE(runPavutyna({"--headless", server.url(), "--db", bare, "-q"}).exitCode, 0);
        Run noRules = runPavutyna({"--headless", "--reextract", bare});
        QCOMPARE(noRules.exitCode, 2);
        QVERIFY2(noRules.err.contains("no extraction rules"), noRules.err.constData());
        Run without = runPavutyna({"--headless", "--reextract", bare, "--extract", "x=css:h1"});
        QCOMPARE(without.exitCode, 0);
        QVERIFY2(without.err.contains("have no stored HTML"), without.err.constData());
    }

    void keepsStoredHtmlWithinItsLimit()
    {
        LocalHttpServer server;
        buildCatalogue(server);
        const QString db = m_dir.filePath("capped.pavutyna");
        constexpr int Limit = 1200; // a few of the shop's pages, compressed, not all eight
        QCOMPARE(runPavutyna({"--headless", server.url(), "--db", db, "-q", "-c", "1", "--store-html",
                              "--store-html-limit", QString::number(Limit), "--extract", "h=css:h1"})
                     .exitCode,
                 0);
        StoredBodies bodies(db);
        QVERIFY(bodies.count > 0);
        QVERIFY(bodies.count < 8);
        QVERIFY2(bodies.bytes <= Limit, qPrintable(QString::number(bodies.bytes)));
        Run again = runPavutyna({"--headless", "--reextract", db, "--extract", "h=css:h1"});
        QCOMPARE(again.exitCode, 0);
        QVERIFY2(again.err.contains(QString::number(8 - bodies.count).toUtf8() + " HTML page"), again.err.constData());
    }

    void refusesInvalidRulesBeforeFetching_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("message");
        QTest::newRow("unterminated attribute selector")
            << QStringList{"--extract", "price=css:.price["} << "unterminated attribute selector at column 7";
        QTest::newRow("bad xpath") << QStringList{"--extract", "p=xpath://div["} << "column";
        QTest::newRow("bad regex") << QStringList{"--extract", "p=re:(unclosed"} << "column";
        QTest::newRow("bad json path") << QStringList{"--extract", "p=jsonld:$.offers["} << "column";
        QTest::newRow("no name") << QStringList{"--extract", "=css:h1"} << "no name";
        QTest::newRow("no expression") << QStringList{"--extract", "h=css:"} << "empty";
        QTest::newRow("standard column") << QStringList{"--extract", "title=css:h1"} << "standard column";
        QTest::newRow("twice the same name")
            << QStringList{"--extract", "a=css:h1", "--extract", "A=css:h2"} << "two rules have this name";
        QTest::newRow("unknown option") << QStringList{"--extract", "a[every]=css:h1"} << "unknown option";
        QTest::newRow("bad filter") << QStringList{"--extract", "a[filter=*]=css:h1"} << "filter";
        QTest::newRow("empty search") << QStringList{"--contains", "a="} << "empty";
    }

    void refusesInvalidRulesBeforeFetching()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, message);
        LocalHttpServer server;
        buildCatalogue(server);
        const QString db = m_dir.filePath("never.pavutyna");
        Run run = runPavutyna(QStringList{"--headless", server.url(), "--db", db} + arguments);
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(message.toUtf8()), run.err.constData());
        QCOMPARE(run.err.count('\n'), 1);
        QVERIFY(server.requests().isEmpty());
        QVERIFY(!QFile::exists(db));
    }

private:
    QTemporaryDir m_dir;
};

QObject* makeTestScraping()
{
    return new TestScraping;
}

#include "TestScraping.moc"
