// SPDX-FileCopyrightText: 2026 Pavutyna contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <QTemporaryDir>
#include <QTest>

#include "CrawlFixture.h"
#include "store/Database.h"
#include "ui/model/QueryThread.h"
#include "ui/model/Filters.h"

using namespace pav;
using namespace pav::ui;

namespace {
// The paths a predicate selects, sorted, as "a b c" (links: "source>target").
QString select(store::Database& db, const Filter& filter, const QByteArray& extra = {})
{
    const QByteArray where = combinePredicates(filter.predicate, extra);
    const QByteArray sql = filter.kind == FilterKind::Links
        ? "SELECT s.url || '>' || t.url FROM links AS l LEFT JOIN urls AS s ON s.id = l.source_id "
          "LEFT JOIN urls AS t ON t.id = l.target_id WHERE " + where
        : "SELECT u.url FROM pages AS p LEFT JOIN urls AS u ON u.id = p.url_id WHERE " + where;
    auto statement = db.prepare(sql.constData());
    if (!statement)
        return QStringLiteral("error: ") + statement.error().message;
    QStringList paths;
    while (true) {
        auto row = statement->step();
        if (!row)
            return QStringLiteral("error: ") + row.error().message;
        if (!*row)
            break;
        paths.append(statement->text(0).remove(test::siteUrl(QString())));
    }
    paths.sort();
    return paths.join(u' ');
}
} // namespace

class TestFilters : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        auto built = test::writeHandBuiltCrawl(m_dir.filePath(QStringLiteral("hand.pavutyna")));
        QVERIFY2(built, built ? "" : qPrintable(built.error().message));
        auto db = openModelReader(built->path);
        QVERIFY2(db, db ? "" : qPrintable(db.error().message));
        m_db = std::move(*db);
    }

    void everyFilterHasAnIdLabelAndTab()
    {
        QSet<QString> ids;
        for (const FilterTab& tab : FilterCatalogue::tabs()) {
            QVERIFY(!FilterCatalogue::label(tab).isEmpty());
            QVERIFY(!tab.filters.isEmpty());
            for (const Filter& filter : tab.filters) {
                QVERIFY2(!ids.contains(filter.id), qPrintable(filter.id));
                ids.insert(filter.id);
                QVERIFY(filter.id.startsWith(tab.id + u'.'));
                QCOMPARE(filter.kind, tab.kind);
                QVERIFY(!FilterCatalogue::label(filter).isEmpty());
                QCOMPARE(FilterCatalogue::tabOf(filter.id), &tab);
            }
        }
        QVERIFY(!FilterCatalogue::filter(QStringLiteral("no.such")));
    }

    void selectsTheExpectedRows_data()
    {
        QTest::addColumn<QString>("filter");
        QTest::addColumn<QString>("expected");
        const QString all = QStringLiteral("/a /b /blocked /c /d /e /f /img.png /l1 /l2 /r1 /r2 /s /timeout");
        const QString html = QStringLiteral("/a /b /d /e /f");
        const auto row = [](const char* id, const QString& expected) { QTest::newRow(id) << QString::fromLatin1(id) << expected; };
        row("pages.all", all);
        row("codes.all", all);
        row("codes.2xx", QStringLiteral("/a /b /d /e /f /img.png"));
        row("codes.3xx", QStringLiteral("/l1 /l2 /r1 /r2"));
        row("codes.4xx", QStringLiteral("/c"));
        row("codes.5xx", QStringLiteral("/s"));
        row("codes.blocked", QStringLiteral("/blocked"));
        row("codes.noresponse", QStringLiteral("/timeout"));
        row("titles.all", html);
        row("titles.missing", QStringLiteral("/f"));
        row("titles.duplicate", QStringLiteral("/a /b"));
        row("titles.toolong", QStringLiteral("/d"));
        row("titles.multiple", QStringLiteral("/d"));
        row("meta.all", html);
        row("meta.missing", QStringLiteral("/b"));
        row("meta.duplicate", QStringLiteral("/e /f"));
        row("meta.toolong", QStringLiteral("/d"));
        row("meta.multiple", QStringLiteral("/d"));
        row("h1.all", html);
        row("h1.missing", QStringLiteral("/b /f"));
        row("h1.duplicate", QStringLiteral("/a /d"));
        row("h1.multiple", QStringLiteral("/d"));
        row("canonicals.all", html);
        row("canonicals.missing", QStringLiteral("/e /f"));
        row("canonicals.self", QStringLiteral("/a"));
        row("canonicals.elsewhere", QStringLiteral("/b /d"));
        row("canonicals.nonindexable", QStringLiteral("/b /d")); // /c is a 404, /e says noindex
        row("directives.all", QStringLiteral("/b /d /e"));
        row("directives.noindex", QStringLiteral("/b /e"));
        row("directives.nofollow", QStringLiteral("/d /e"));
        row("redirects.all", QStringLiteral("/l1 /l2 /r1 /r2"));
        row("redirects.loops", QStringLiteral("/l1 /l2"));
        row("links.broken", QStringLiteral("/a>/c /b>/s /d>/timeout"));
    }

    void selectsTheExpectedRows()
    {
        QFETCH(QString, filter);
        QFETCH(QString, expected);
        const Filter* f = FilterCatalogue::filter(filter);
        QVERIFY(f);
        QCOMPARE(select(*m_db, *f), expected);
    }

    void everyFilterIsTested()
    {
        // A filter added to the catalogue must get a row in selectsTheExpectedRows_data.
        int filters = 0;
        for (const FilterTab& tab : FilterCatalogue::tabs())
            filters += int(tab.filters.size());
        QCOMPARE(filters, 33);
    }

    void countsMatchTheRowsEachFilterSelects()
    {
        auto counts = countFilters(*m_db);
        QVERIFY2(counts, counts ? "" : qPrintable(counts.error().message));
        QCOMPARE(counts->size(), 33);
        for (const FilterCount& count : *counts) {
            const Filter* f = FilterCatalogue::filter(count.id);
            QVERIFY(f);
            const QString rows = select(*m_db, *f);
            QCOMPARE(count.count, rows.isEmpty() ? 0 : qint64(rows.count(u' ') + 1));
        }
    }

    void searchMatchesTextColumnsCaseInsensitively()
    {
        const Filter& all = *FilterCatalogue::filter(QStringLiteral("pages.all"));
        QCOMPARE(select(*m_db, all, searchPredicate(QStringLiteral("HOME"))), QStringLiteral("/a /b"));
        QCOMPARE(select(*m_db, all, searchPredicate(QStringLiteral("  welcome "))), QStringLiteral("/a /d"));
        QCOMPARE(select(*m_db, all, searchPredicate(QStringLiteral("/r2"))), QStringLiteral("/r1 /r2")); // redirect URL
        QCOMPARE(select(*m_db, all, searchPredicate(QStringLiteral("аголовок"))), QStringLiteral("/e"));
        // SQLite's LIKE folds ASCII only; Cyrillic goes through pav_fold.
        QCOMPARE(select(*m_db, all, searchPredicate(QStringLiteral("ЗАГОЛОВОК"))), QStringLiteral("/e"));
        QCOMPARE(select(*m_db, all, searchPredicate(QStringLiteral("Заголовок"))), QStringLiteral("/e"));
        const Filter& broken = *FilterCatalogue::filter(QStringLiteral("links.broken"));
        QCOMPARE(select(*m_db, broken, searchPredicate(QStringLiteral("slow"), FilterKind::Links)),
                 QStringLiteral("/d>/timeout"));
        QVERIFY(searchPredicate(QStringLiteral("   ")).isEmpty());
    }

    void searchEscapesQuotesAndWildcards_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("percent") << QStringLiteral("%");
        QTest::newRow("underscore") << QStringLiteral("_");
        QTest::newRow("quote") << QStringLiteral("it's");
        QTest::newRow("backslash") << QStringLiteral("\\");
        QTest::newRow("injection") << QStringLiteral("') OR 1=1 --");
        QTest::newRow("nul") << QString(QChar(0)) + QStringLiteral("zzq");
    }

    void searchEscapesQuotesAndWildcards()
    {
        QFETCH(QString, text);
        const Filter& all = *FilterCatalogue::filter(QStringLiteral("pages.all"));
        // None of these characters occur in the fixture: a wildcard or a broken quote would match rows.
        QCOMPARE(select(*m_db, all, searchPredicate(text)), QString());
    }

private:
    QTemporaryDir m_dir;
    std::unique_ptr<store::Database> m_db;
};

QObject* makeTestFilters()
{
    return new TestFilters;
}

#include "TestFilters.moc"
