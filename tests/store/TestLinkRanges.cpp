// SPDX-FileCopyrightText: 2026 Pavutyna contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// A page's links are one range of link ids recorded in its pages row (schema 3): how pages are saved, fetched
// again and upgraded from schema 2, where an index on links(source_id) found them.
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include "store/CrawlReader.h"
#include "store/CrawlSchema.h"
#include "store/CrawlStore.h"

using namespace pav;
using namespace pav::store;

namespace {
QList<LinkRecord> linksTo(qint64 target, const QString& prefix, int count)
{
    QList<LinkRecord> links;
    for (int i = 0; i < count; ++i)
        links.append({target, prefix + QString::number(i), QString(), 0});
    return links;
}

// The anchors of a page's links, read through its range as every reader does.
QStringList anchorsOf(Database& db, qint64 urlId)
{
    auto rows = db.prepare("SELECT l.anchor FROM pages p CROSS JOIN links l NOT INDEXED "
                           "ON l.id BETWEEN p.links_first AND p.links_first + p.links_count - 1 "
                           "WHERE p.url_id = ?1 ORDER BY l.id");
    QStringList anchors;
    if (!rows)
        return {QStringLiteral("error: ") + rows.error().message};
    rows->bind(1, urlId);
    while (rows->step().valueOr(false))
        anchors.append(rows->text(0));
    return anchors;
}

qint64 scalar(Database& db, const char* sql)
{
    auto statement = db.prepare(sql);
    return statement && statement->step().valueOr(false) ? statement->int64(0) : -1;
}
} // namespace

class TestLinkRanges : public QObject
{
    Q_OBJECT

private slots:
    void init() { QVERIFY(m_dir.isValid()); }

    void eachPageNamesItsOwnLinks()
    {
        auto store = open();
        const qint64 a = *store->addUrl("http://h/a", 0, FoundVia::Seed);
        const qint64 b = *store->addUrl("http://h/b", 1, FoundVia::Link);
        const qint64 c = *store->addUrl("http://h/c", 1, FoundVia::Link);
        // 2 links (one run of two), none, and 37 (runs of 32, 4 and 1).
        QVERIFY(store->savePage(a, PageRecord{}, linksTo(b, "a", 2)));
        QVERIFY(store->savePage(b, PageRecord{}, {}));
        QVERIFY(store->savePage(c, PageRecord{}, linksTo(a, "c", 37)));
        QVERIFY(store->flush());
        Database& db = store->database();
        QCOMPARE(anchorsOf(db, a), (QStringList{"a0", "a1"}));
        QCOMPARE(anchorsOf(db, b), QStringList());
        QStringList expected;
        for (int i = 0; i < 37; ++i)
            expected.append("c" + QString::number(i));
        QCOMPARE(anchorsOf(db, c), expected);
        QCOMPARE(scalar(db, "SELECT links_count FROM pages WHERE url_id = 3"), 37);
        QCOMPARE(scalar(db, "SELECT count(*) FROM sqlite_schema WHERE type = 'index' AND tbl_name = 'links'"), 0);
    }

    void storesEveryCountOfLinksInOrder_data()
    {
        QTest::addColumn<int>("count");
        // Links go in runs of 64, 32, … 1 rows: every run size alone, all of them, and more than one 64-row run.
        for (int count : {1, 2, 3, 4, 7, 8, 15, 16, 31, 32, 63, 64, 65, 127, 128, 200, 1000})
            QTest::addRow("%d", count) << count;
    }

    void storesEveryCountOfLinksInOrder()
    {
        QFETCH(int, count);
        auto store = open();
        const qint64 a = *store->addUrl("http://h/a", 0, FoundVia::Seed);
        const qint64 b = *store->addUrl("http://h/b", 1, FoundVia::Link);
        QVERIFY(store->savePage(a, PageRecord{}, linksTo(b, "a", count)));
        QVERIFY(store->savePage(b, PageRecord{}, linksTo(a, "b", 3))); // right after: its range must not overlap
        QVERIFY(store->flush());
        Database& db = store->database();
        QStringList expected;
        for (int i = 0; i < count; ++i)
            expected.append("a" + QString::number(i));
        QCOMPARE(anchorsOf(db, a), expected);
        QCOMPARE(anchorsOf(db, b), (QStringList{"b0", "b1", "b2"}));
        QCOMPARE(scalar(db, "SELECT count(*) FROM links"), count + 3);
    }

    void recrawlDropsOnlyThatPagesLinks()
    {
        auto store = open();
        const qint64 a = *store->addUrl("http://h/a", 0, FoundVia::Seed);
        const qint64 b = *store->addUrl("http://h/b", 1, FoundVia::Link);
        const qint64 c = *store->addUrl("http://h/c", 1, FoundVia::Link);
        QVERIFY(store->savePage(a, PageRecord{}, linksTo(b, "a", 3)));
        QVERIFY(store->savePage(b, PageRecord{}, linksTo(c, "b", 20)));
        QVERIFY(store->flush());
        // b's links are the last rows: once deleted, their ids go to the next links inserted.
        QVERIFY(store->requeueForRecrawl(b));
        QVERIFY(store->flush());
        Database& db = store->database();
        QCOMPARE(anchorsOf(db, b), QStringList());
        QCOMPARE(scalar(db, "SELECT links_count FROM pages WHERE url_id = 2"), 0);
        QCOMPARE(scalar(db, "SELECT count(*) FROM links"), 3);
        QCOMPARE(*store->countQueued(), 2); // b again, and c
        QVERIFY(store->savePage(c, PageRecord{}, linksTo(a, "c", 20)));
        QVERIFY(store->savePage(b, PageRecord{}, linksTo(a, "new b", 1)));
        QVERIFY(store->flush());
        QCOMPARE(anchorsOf(db, a), (QStringList{"a0", "a1", "a2"}));
        QCOMPARE(anchorsOf(db, b), QStringList{"new b0"});
        QCOMPARE(anchorsOf(db, c).size(), 20);
        QCOMPARE(anchorsOf(db, c).first(), QStringLiteral("c0"));
    }

    void upgradesAVersion2File()
    {
        const QString path = m_dir.filePath("old.pavutyna");
        {
            auto db = Database::open(path, crawlFileSchema().first(2));
            QVERIFY(db);
            QCOMPARE((*db)->schemaVersion(), 2);
            // Page 1's links in two runs with page 2's between them (as a page saved twice could leave them),
            // a page without links, and the target index a finished crawl has.
            QVERIFY((*db)->exec(R"sql(
INSERT INTO urls(id, url, url_hash, depth, found_via, state) VALUES
    (1, 'http://h/', 11, 0, 0, 1), (2, 'http://h/b', 12, 1, 1, 1), (3, 'http://h/c', 13, 1, 1, 1);
INSERT INTO pages(url_id, status) VALUES (1, 200), (2, 200), (3, 404);
INSERT INTO links(source_id, target_id, anchor, rel, kind) VALUES
    (1, 2, 'one', '', 0), (2, 1, 'back', 'nofollow', 0), (1, 3, 'two', '', 0), (2, 3, 'to c', '', 0),
    (1, 2, 'three', '', 3);
CREATE INDEX links_target ON links(target_id);
)sql"));
        }
        QVERIFY(!openCrawlReader(path)); // "needs upgrading": what the GUI met before it upgraded on open
        QCOMPARE(CrawlStore::prepareForViewing(path).valueOr(false), true);
        auto reader = openCrawlReader(path);
        QVERIFY2(reader, qPrintable(reader ? QString() : reader.error().message));
        Database& db = **reader;
        QCOMPARE(db.schemaVersion(), CrawlFileVersion);
        QCOMPARE(anchorsOf(db, 1), (QStringList{"one", "two", "three"}));
        QCOMPARE(anchorsOf(db, 2), (QStringList{"back", "to c"}));
        QCOMPARE(anchorsOf(db, 3), QStringList());
        QCOMPARE(scalar(db, "SELECT count(*) FROM links"), 5);
        QCOMPARE(scalar(db, "SELECT kind FROM links WHERE anchor = 'three'"), 3);
        QCOMPARE(scalar(db, "SELECT count(*) FROM sqlite_schema WHERE name = 'links_source'"), 0);
        QCOMPARE(scalar(db, "SELECT count(*) FROM sqlite_schema WHERE name = 'links_target'"), 1);
        QCOMPARE(scalar(db, "SELECT count(*) FROM links WHERE target_id = 2"), 2);
        QCOMPARE(CrawlStore::prepareForViewing(path).valueOr(true), false); // current now: nothing to do
    }

    void preparingLeavesOtherFilesAlone()
    {
        QCOMPARE(CrawlStore::prepareForViewing(m_dir.filePath("missing.pavutyna")).valueOr(true), false);
        QVERIFY(!QFile::exists(m_dir.filePath("missing.pavutyna")));
        const QString text = m_dir.filePath("notes.txt");
        {
            QFile file(text);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write("not a database at all\n");
        }
        QCOMPARE(CrawlStore::prepareForViewing(text).valueOr(true), false);
        QFile check(text);
        QVERIFY(check.open(QIODevice::ReadOnly));
        QCOMPARE(check.readAll(), QByteArray("not a database at all\n"));
    }

    void indexesACurrentFileThatLacksLinkTargets()
    {
        // What a headless crawl leaves: the current format, no links_target.
        const QString path = m_dir.filePath("headless.pavutyna");
        {
            auto store = CrawlStore::open(path);
            QVERIFY(store);
            const qint64 a = *(*store)->addUrl("http://h/", 0, FoundVia::Seed);
            const qint64 b = *(*store)->addUrl("http://h/b", 1, FoundVia::Link);
            QVERIFY((*store)->savePage(a, PageRecord{}, linksTo(b, "a", 1)));
            QVERIFY((*store)->flush());
        }
        {
            auto reader = openCrawlReader(path);
            QVERIFY(reader);
            QVERIFY(!hasLinkTargetIndex(**reader));
        }
        QCOMPARE(CrawlStore::prepareForViewing(path).valueOr(false), true);
        auto reader = openCrawlReader(path);
        QVERIFY(reader);
        QVERIFY(hasLinkTargetIndex(**reader));
        QCOMPARE(scalar(**reader, "SELECT count(*) FROM links WHERE target_id = 2"), 1);
        QCOMPARE(CrawlStore::prepareForViewing(path).valueOr(true), false); // indexed now: nothing to do
    }

private:
    std::unique_ptr<CrawlStore> open()
    {
        auto store = CrawlStore::open(m_dir.filePath(QStringLiteral("crawl-%1.pavutyna").arg(++m_files)));
        if (!store)
            qFatal("%s", qPrintable(store.error().message));
        return std::move(*store);
    }

    QTemporaryDir m_dir;
    int m_files = 0;
};

QObject* makeTestLinkRanges()
{
    return new TestLinkRanges;
}

#include "TestLinkRanges.moc"
