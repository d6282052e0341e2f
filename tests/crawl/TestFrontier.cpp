// SPDX-FileCopyrightText: 2026 Pavutyna contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Frontier over a real crawl file: breadth-first hand-out through the (depth, id) cursor and its 512-row window,
// entries that land behind the cursor, requeues, reloading after a reopen; and UrlIndex, the seen-set under it.
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

#include "crawl/Frontier.h"
#include "crawl/UrlIndex.h"
#include "store/CrawlStore.h"

using namespace pav;
using namespace pav::crawl;
using store::FoundVia;
using store::QueuedUrl;
using store::UrlState;

namespace {
QString url(const QString& path)
{
    return QStringLiteral("http://127.0.0.1:1") + path;
}

QString numbered(int depth, int n)
{
    return url(QStringLiteral("/d%1/n%2").arg(depth).arg(n));
}

// Takes up to `limit` entries (all when negative) and returns their URLs; fails the Result on a store error.
Result<QStringList> take(Frontier& frontier, int limit = -1)
{
    QStringList urls;
    while (limit < 0 || urls.size() < limit) {
        auto next = frontier.next();
        if (!next)
            return next.error();
        if (!*next)
            break;
        urls.append((*next)->url);
    }
    return urls;
}

// A crawl file in a temporary directory that can be closed and opened again.
struct StoreFile
{
    QTemporaryDir dir;
    std::unique_ptr<store::CrawlStore> store;

    bool open()
    {
        store.reset();
        auto opened = store::CrawlStore::open(dir.filePath(QStringLiteral("frontier.pavutyna")));
        if (!opened)
            return false;
        store = std::move(*opened);
        return true;
    }
};
} // namespace

#define TAKE(frontier, limit, out)                                                                                     \
    QStringList out;                                                                                                   \
    do {                                                                                                               \
        auto taken = take(frontier, limit);                                                                            \
        QVERIFY2(taken.hasValue(), qPrintable(taken ? QString() : taken.error().message));                             \
        out = *taken;                                                                                                  \
    } while (false)

#define ADD(frontier, ...)                                                                                             \
    do {                                                                                                               \
        auto added = (frontier).add(__VA_ARGS__);                                                                      \
        QVERIFY2(added.hasValue(), qPrintable(added ? QString() : added.error().message));                             \
    } while (false)

class TestFrontier : public QObject
{
    Q_OBJECT

private slots:
    void handsOutBreadthFirst()
    {
        StoreFile file;
        QVERIFY(file.open());
        Frontier frontier(*file.store);
        ADD(frontier, url("/d2a"), 2, FoundVia::Link);
        ADD(frontier, url("/d0"), 0, FoundVia::Seed);
        ADD(frontier, url("/d1a"), 1, FoundVia::Link);
        ADD(frontier, url("/d1b"), 1, FoundVia::Sitemap);
        ADD(frontier, url("/d0b"), 0, FoundVia::Seed);
        ADD(frontier, url("/d2b"), 2, FoundVia::Redirect);
        ADD(frontier, url("/never"), 1, FoundVia::Link, UrlState::NotCrawled);

        TAKE(frontier, -1, order);
        QCOMPARE(order, (QStringList{url("/d0"), url("/d0b"), url("/d1a"), url("/d1b"), url("/d2a"), url("/d2b")}));
        TAKE(frontier, -1, again);
        QVERIFY(again.isEmpty()); // handed out once, even though the rows stay Queued until saved
        QCOMPARE(int(frontier.knownUrls()), 7);
    }

    void keepsOneRowPerUrl()
    {
        StoreFile file;
        QVERIFY(file.open());
        Frontier frontier(*file.store);
        auto first = frontier.add(url("/a"), 1, FoundVia::Link);
        auto second = frontier.add(url("/a"), 0, FoundVia::Seed);
        QVERIFY(first && second);
        QVERIFY(first->isNew);
        QVERIFY(!second->isNew);
        QCOMPARE(second->id, first->id);
        QCOMPARE(frontier.find(url("/a")), std::optional<qint64>(first->id));
        QCOMPARE(frontier.find(url("/b")), std::nullopt);
        TAKE(frontier, -1, order);
        QCOMPARE(order, QStringList{url("/a")});
    }

    void readsBeyondOneWindow_data()
    {
        QTest::addColumn<int>("count");
        QTest::newRow("511") << 511;
        QTest::newRow("512: exactly one window") << 512;
        QTest::newRow("513") << 513;
        QTest::newRow("1200") << 1200;
        QTest::newRow("2048: four full windows") << 2048;
    }
    void readsBeyondOneWindow()
    {
        QFETCH(int, count);
        StoreFile file;
        QVERIFY(file.open());
        Frontier frontier(*file.store);
        QStringList expected;
        for (int i = 0; i < count; ++i) {
            expected.append(numbered(1, i));
            ADD(frontier, expected.last(), 1, FoundVia::Link);
        }
        TAKE(frontier, -1, order);
        QCOMPARE(order, expected);
        TAKE(frontier, -1, rest);
        QVERIFY(rest.isEmpty());
        // More rows after the cursor ran dry are read again.
        ADD(frontier, numbered(1, count), 1, FoundVia::Link);
        TAKE(frontier, -1, late);
        QCOMPARE(late, QStringList{numbered(1, count)});
    }

    void mergesRowsAddedWhileWindowsAreOut()
    {
        StoreFile file;
        QVERIFY(file.open());
        Frontier frontier(*file.store);
        QStringList depth1;
        QStringList depth2;
        for (int i = 0; i < 600; ++i) {
            depth1.append(numbered(1, i));
            ADD(frontier, depth1.last(), 1, FoundVia::Link);
        }
        TAKE(frontier, 100, first);
        QCOMPARE(first, depth1.first(100));
        for (int i = 0; i < 600; ++i) {
            depth2.append(numbered(2, i));
            ADD(frontier, depth2.last(), 2, FoundVia::Link);
            if (i % 10 == 0) {
                depth1.append(numbered(1, 600 + i));
                ADD(frontier, depth1.last(), 1, FoundVia::Link);
            }
        }
        TAKE(frontier, -1, rest);
        QCOMPARE(rest, depth1.mid(100) + depth2);
    }

    void handsOutAnEntryBehindTheCursorNext()
    {
        StoreFile file;
        QVERIFY(file.open());
        Frontier frontier(*file.store);
        for (int i = 0; i < 10; ++i)
            ADD(frontier, numbered(2, i), 2, FoundVia::Link);
        TAKE(frontier, 1, first);
        QCOMPARE(first, QStringList{numbered(2, 0)});
        // Shallower than the cursor (a redirect target keeps its source's depth): next in line.
        ADD(frontier, url("/shallow"), 1, FoundVia::Redirect);
        TAKE(frontier, 1, second);
        QCOMPARE(second, QStringList{url("/shallow")});
        TAKE(frontier, -1, rest);
        QCOMPARE(int(rest.size()), 9);
        QCOMPARE(rest.first(), numbered(2, 1));
        // And after the queue ran dry.
        ADD(frontier, url("/seed"), 0, FoundVia::Seed);
        TAKE(frontier, -1, last);
        QCOMPARE(last, QStringList{url("/seed")});
    }

    void requeuesARecordedUrl_data()
    {
        QTest::addColumn<int>("depth");
        QTest::newRow("behind the cursor") << 1;
        QTest::newRow("ahead of the cursor") << 3;
    }
    void requeuesARecordedUrl()
    {
        QFETCH(int, depth);
        StoreFile file;
        QVERIFY(file.open());
        Frontier frontier(*file.store);
        auto recorded = frontier.add(url("/later"), 5, FoundVia::Link, UrlState::NotCrawled);
        QVERIFY(recorded);
        frontier.defer(recorded->id);
        for (int i = 0; i < 3; ++i)
            ADD(frontier, numbered(2, i), 2, FoundVia::Link);
        TAKE(frontier, 2, first);
        QCOMPARE(int(first.size()), 2);
        QVERIFY(frontier.isDeferred(recorded->id));

        auto requeued = frontier.requeue(recorded->id, url("/later"), depth, FoundVia::Link, 0);
        QVERIFY(requeued);
        QVERIFY(!frontier.isDeferred(recorded->id));
        TAKE(frontier, -1, rest);
        QCOMPARE(rest, depth < 2 ? (QStringList{url("/later"), numbered(2, 2)})
                                 : (QStringList{numbered(2, 2), url("/later")}));
        QCOMPARE(file.store->countQueued().value(), qint64(4));
    }

    void reloadsOnlyQueuedRowsAfterReopening()
    {
        StoreFile file;
        QVERIFY(file.open());
        qint64 sitemapId = 0;
        qint64 recordedId = 0;
        {
            Frontier frontier(*file.store);
            QList<qint64> ids;
            for (int i = 0; i < 6; ++i) {
                auto added = frontier.add(numbered(i % 2, i), i % 2, FoundVia::Link);
                QVERIFY(added);
                ids.append(added->id);
            }
            auto fromSitemap = frontier.add(url("/map"), 1, FoundVia::Sitemap);
            auto recorded = frontier.add(url("/recorded"), 1, FoundVia::Link, UrlState::NotCrawled);
            QVERIFY(fromSitemap && recorded);
            sitemapId = fromSitemap->id;
            recordedId = recorded->id;
            TAKE(frontier, 3, handedOut);
            QCOMPARE(int(handedOut.size()), 3);
            // Two of the three handed out were saved; the third was in flight when the process ended.
            QVERIFY(file.store->savePage(ids[0], store::PageRecord{}, {}));
            QVERIFY(file.store->savePage(ids[2], store::PageRecord{}, {}, UrlState::BlockedByRobots));
        }
        QVERIFY(file.open());
        Frontier frontier(*file.store);
        QVERIFY(frontier.load());
        QCOMPARE(int(frontier.knownUrls()), 8);
        QCOMPARE(frontier.find(numbered(0, 0)).has_value(), true);
        QCOMPARE(frontier.find(url("/recorded")), std::optional<qint64>(recordedId));
        QVERIFY(frontier.isSitemapOnly(sitemapId));
        QVERIFY(frontier.isDeferred(recordedId));
        TAKE(frontier, -1, order);
        QCOMPARE(order, (QStringList{numbered(0, 4), numbered(1, 1), numbered(1, 3), numbered(1, 5), url("/map")}));
        // Known URLs are still deduplicated after the reload.
        auto again = frontier.add(numbered(0, 0), 0, FoundVia::Link);
        QVERIFY(again);
        QVERIFY(!again->isNew);
    }

    void indexFindsEveryInsertedHash_data()
    {
        QTest::addColumn<int>("count");
        QTest::addColumn<bool>("clustered");
        QTest::newRow("1 URL") << 1 << false;
        QTest::newRow("768: the first growth") << 768 << false;
        QTest::newRow("100000 URLs") << 100000 << false;
        QTest::newRow("5000 hashes sharing their low bits") << 5000 << true;
    }
    void indexFindsEveryInsertedHash()
    {
        QFETCH(int, count);
        QFETCH(bool, clustered);
        UrlIndex index;
        QCOMPARE(index.find(UrlIndex::hash("http://x/")), std::nullopt);
        std::vector<std::uint64_t> hashes;
        hashes.reserve(count);
        for (int i = 0; i < count; ++i) {
            const std::uint64_t hash
                = clustered ? (std::uint64_t(i + 1) << 32) | 7 : UrlIndex::hash(numbered(1, i).toUtf8());
            hashes.push_back(hash);
            QVERIFY(index.insert(hash, i + 1));
        }
        QCOMPARE(int(index.size()), count);
        for (int i = 0; i < count; ++i) {
            if (index.find(hashes[i]) != std::optional<qint64>(i + 1))
                QFAIL(qPrintable(QStringLiteral("hash %1 lost").arg(i)));
        }
        QCOMPARE(index.find(clustered ? (std::uint64_t(count + 1) << 32) | 7 : UrlIndex::hash("http://x/missing")),
                 std::nullopt);
        // A second insert of a known hash keeps the first id.
        QVERIFY(!index.insert(hashes[0], 999));
        QCOMPARE(index.find(hashes[0]), std::optional<qint64>(1));
        QCOMPARE(int(index.size()), count);
        // The documented footprint: at most 43 bytes a URL once the table has grown past its first size.
        if (count > 768)
            QVERIFY2(index.memoryBytes() <= std::size_t(count) * 43, qPrintable(QString::number(index.memoryBytes())));
    }

    void indexReserveAvoidsGrowth()
    {
        UrlIndex index;
        index.reserve(10000);
        const std::size_t reserved = index.memoryBytes();
        QVERIFY(reserved >= 10000 * 16);
        for (int i = 0; i < 10000; ++i)
            QVERIFY(index.insert(UrlIndex::hash(numbered(2, i).toUtf8()), i));
        QCOMPARE(index.memoryBytes(), reserved);
        QCOMPARE(int(index.size()), 10000);
    }

    void hashIsStableAndNeverZero()
    {
        QCOMPARE(UrlIndex::hash("http://a/"), UrlIndex::hash(QByteArray("http://a/")));
        QVERIFY(UrlIndex::hash("http://a/") != UrlIndex::hash("http://a/b"));
        QVERIFY(UrlIndex::hash("") != 0);
        QSet<std::uint64_t> seen;
        for (int i = 0; i < 10000; ++i)
            seen.insert(UrlIndex::hash(numbered(3, i).toUtf8()));
        QCOMPARE(int(seen.size()), 10000);
    }
};

QObject* makeTestFrontier()
{
    return new TestFrontier;
}

#include "TestFrontier.moc"
