// SPDX-FileCopyrightText: 2026 Pavutyna contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include "store/CrawlSchema.h"
#include "store/CrawlStore.h"
#include "store/StoredHtml.h"

using namespace pav;
using namespace pav::store;

class TestCrawlStore : public QObject
{
    Q_OBJECT

private slots:
    void init() { QVERIFY(m_dir.isValid()); }

    void addsEachUrlOnce()
    {
        auto store = open();
        const qint64 a = *store->addUrl("http://h/a", 0, FoundVia::Seed);
        const qint64 b = *store->addUrl("http://h/b", 1, FoundVia::Link);
        QVERIFY(a != b);
        QCOMPARE(*store->addUrl("http://h/a", 3, FoundVia::Link), a);
        QCOMPARE(*store->findUrl("http://h/b"), std::optional<qint64>(b));
        QCOMPARE(*store->findUrl("http://h/none"), std::optional<qint64>());
        QCOMPARE(*store->countQueued(), 2);
    }

    void queueIsBreadthFirst()
    {
        auto store = open();
        (void)store->addUrl("http://h/deep", 2, FoundVia::Link);
        (void)store->addUrl("http://h/one-b", 1, FoundVia::Link);
        (void)store->addUrl("http://h/", 0, FoundVia::Seed);
        (void)store->addUrl("http://h/one-a", 1, FoundVia::Sitemap);
        QStringList order;
        for (const QueuedUrl& url : *store->queued(10))
            order.append(url.url);
        QCOMPARE(order, (QStringList{"http://h/", "http://h/one-b", "http://h/one-a", "http://h/deep"}));
        QCOMPARE(store->queued(1)->first().foundVia, FoundVia::Seed);
    }

    void savedPagesLeaveTheQueueWithTheirLinks()
    {
        auto store = open();
        const qint64 home = *store->addUrl("http://h/", 0, FoundVia::Seed);
        const qint64 about = *store->addUrl("http://h/about", 1, FoundVia::Link);
        PageRecord page;
        page.status = 200;
        page.title = QStringLiteral("Головна");
        QVERIFY(store->savePage(home, page, {{about, "About us", "nofollow", 0}}));
        QVERIFY(store->flush());
        QCOMPARE(*store->countQueued(), 1);
        QCOMPARE(*store->countDone(), 1);
        auto links = store->database().prepare("SELECT source_id, target_id, anchor, rel FROM links");
        QVERIFY(*links->step());
        QCOMPARE(links->int64(0), home);
        QCOMPARE(links->int64(1), about);
        QCOMPARE(links->text(2), QStringLiteral("About us"));
        auto title = store->database().prepare("SELECT title FROM pages WHERE url_id = 1");
        QVERIFY(*title->step());
        QCOMPARE(title->text(0), QStringLiteral("Головна"));
    }

    void robotsRefusalIsARowButNotQueued()
    {
        auto store = open();
        const qint64 id = *store->addUrl("http://h/private", 1, FoundVia::Link);
        PageRecord blocked;
        blocked.error = QStringLiteral("blocked by robots.txt");
        QVERIFY(store->savePage(id, blocked, {}, UrlState::BlockedByRobots));
        QCOMPARE(*store->countQueued(), 0);
        auto row = store->database().prepare("SELECT p.status, p.error, u.state FROM pages p JOIN urls u ON u.id = p.url_id");
        QVERIFY(*row->step());
        QCOMPARE(row->int64(0), 0);
        QCOMPARE(row->text(1), QStringLiteral("blocked by robots.txt"));
        QCOMPARE(row->int64(2), int(UrlState::BlockedByRobots));
    }

    void aKilledProcessLosesOnlyTheUncommittedBatch()
    {
        const QString path = m_dir.filePath(QStringLiteral("live.pavutyna"));
        const QString copy = m_dir.filePath(QStringLiteral("after-kill.pavutyna"));
        {
            auto opened = CrawlStore::open(path, 2);
            auto& store = **opened;
            QList<qint64> ids;
            for (int i = 0; i < 10; ++i)
                ids.append(*store.addUrl(QStringLiteral("http://h/%1").arg(i), 1, FoundVia::Link));
            QVERIFY(store.flush());
            PageRecord page;
            page.status = 200;
            for (int i = 0; i < 3; ++i) // batch of 2: pages 0 and 1 commit, page 2 is pending
                QVERIFY(store.savePage(ids[i], page, {}));
            // What is on disk now is what a SIGKILL would leave: the database and its WAL.
            for (const char* suffix : {"", "-wal"}) {
                QFile::remove(copy + QLatin1String(suffix));
                QVERIFY(QFile::copy(path + QLatin1String(suffix), copy + QLatin1String(suffix)));
            }
        }
        auto reopened = CrawlStore::open(copy);
        QVERIFY2(reopened.hasValue(), qPrintable(reopened ? QString() : reopened.error().message));
        QCOMPARE(*(*reopened)->countDone(), 2);
        QCOMPARE(*(*reopened)->countQueued(), 8); // page 2 is fetched again on resume; nothing is lost or doubled
        auto check = (*reopened)->database().prepare("PRAGMA integrity_check");
        QVERIFY(*check->step());
        QCOMPARE(check->text(0), QStringLiteral("ok"));
    }

    // A slow crawl commits once its transaction is MaxBatchAgeMs old, however few pages it holds: what a kill
    // would leave then has every page saved before the last second.
    void aSlowCrawlCommitsEverySecond()
    {
        const QString path = m_dir.filePath(QStringLiteral("slow.pavutyna"));
        auto opened = CrawlStore::open(path, 1000);
        QVERIFY(opened.hasValue());
        auto& store = **opened;
        const qint64 first = *store.addUrl(QStringLiteral("http://h/1"), 0, FoundVia::Seed);
        const qint64 second = *store.addUrl(QStringLiteral("http://h/2"), 1, FoundVia::Link);
        QVERIFY(store.flush());
        const auto committedPages = [&]() -> qint64 {
            auto reader = Database::open(path, crawlFileSchema(), Database::Mode::ReadOnly);
            if (!reader)
                return -1;
            auto count = (*reader)->prepare("SELECT count(*) FROM pages");
            return count && *count->step() ? count->int64(0) : -1;
        };
        PageRecord page;
        page.status = 200;
        QVERIFY(store.savePage(first, page, {}));
        QCOMPARE(committedPages(), 0); // one page of a batch of a thousand: still in the open transaction
        QTest::qWait(CrawlStore::MaxBatchAgeMs + 100);
        QVERIFY(store.savePage(second, page, {}));
        QCOMPARE(committedPages(), 2);
    }

    void keepsCrawlSettings()
    {
        {
            auto store = open();
            QVERIFY(store->setMeta("config", "{\"maxDepth\":3}"));
        }
        auto store = open();
        QCOMPARE(*store->meta("config"), QStringLiteral("{\"maxDepth\":3}"));
        QCOMPARE(*store->meta("missing"), QString());
    }

private:
    std::unique_ptr<CrawlStore> open()
    {
        auto store = CrawlStore::open(m_dir.filePath(QString::fromLatin1(QTest::currentTestFunction()) + ".pavutyna"));
        if (!store)
            qFatal("%s", qPrintable(store.error().message));
        return std::move(*store);
    }
    QTemporaryDir m_dir;

    void storedHtmlRoundTripsAndRefusesDamage()
    {
        QByteArray page = "<!doctype html><title>Кобзар</title>";
        for (int i = 0; i < 2000; ++i)
            page += "<p class=x>слово " + QByteArray::number(i) + "</p>";
        const QByteArray stored = compressHtml(page);
        QVERIFY(stored.size() < page.size() / 3);
        QCOMPARE(decompressHtml(stored).value_or(QByteArray()), page);
        QCOMPARE(decompressHtml(compressHtml(QByteArray())).value_or(QByteArray("x")), QByteArray());
        QVERIFY(!decompressHtml(QByteArray("not a zstd frame at all")));
        QVERIFY(!decompressHtml(stored.left(stored.size() / 2)));   // cut short
        QByteArray flipped = stored;
        flipped[flipped.size() / 2] = char(flipped[flipped.size() / 2] ^ 0x5a);
        QVERIFY(decompressHtml(flipped).value_or(QByteArray()) != page); // damaged: refused or not the page
        QVERIFY(!decompressHtml(stored, page.size() - 1));           // over the limit
    }

    void extractionValuesAreReplacedPerPage()
    {
        QTemporaryDir dir;
        auto store = CrawlStore::open(dir.filePath("x.pavutyna"));
        QVERIFY(store);
        QVERIFY((*store)->replaceRules({{"a", "{}"}, {"b", "{}"}}));
        const qint64 id = *(*store)->addUrl("http://127.0.0.1/", 0, FoundVia::Seed);
        PageExtras first{{{"1", "2"}, {"x"}}, {"{\"@type\":\"A\"}"}, compressHtml("<p>one")};
        QVERIFY((*store)->savePageUtf8(id, PageRecord{}, {}, UrlState::Done, &first));
        PageExtras second{{{}, {"y"}}, {}, {}};
        QVERIFY((*store)->saveExtras(id, second, false));
        QVERIFY((*store)->flush());
        auto values = (*store)->database().prepare("SELECT group_concat(rule_id || ':' || value, ',') FROM extracted");
        QVERIFY(values && *values->step());
        QCOMPARE(values->text(0), QString("2:y"));
        auto rest = (*store)->database().prepare("SELECT (SELECT count(*) FROM jsonld), (SELECT count(*) FROM bodies)");
        QVERIFY(rest && *rest->step());
        QCOMPARE(rest->int64(0), 0);  // JSON-LD replaced with the page's new (no) blocks
        QCOMPARE(rest->int64(1), 1);  // the body kept: saveExtras without one leaves it
        QVERIFY((*store)->replaceRules({{"c", "{}"}}));
        QVERIFY((*store)->flush());
        auto none = (*store)->database().prepare("SELECT count(*) FROM extracted");
        QVERIFY(none && *none->step());
        QCOMPARE(none->int64(0), 0);
        QCOMPARE((*store)->rules()->size(), 1);
    }
};

QObject* makeTestCrawlStore()
{
    return new TestCrawlStore;
}

#include "TestCrawlStore.moc"
