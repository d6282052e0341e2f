// SPDX-FileCopyrightText: 2026 Pavutyna contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// ExtractionModel and the Extraction tab's view: a row per HTML page and a column per rule with the export's
// cell, searchable by URL and value, sortable by any rule, live as a crawl commits, and its rules reread when
// the crawl stores them.
#include <QJsonDocument>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include "CrawlFixture.h"
#include "extract/Rule.h"
#include "store/CrawlStore.h"
#include "ui/model/ExtractionModel.h"
#include "ui/model/ResultsView.h"

using namespace pav;
using namespace pav::ui;

namespace {
bool settle(CrawlTableModel& model)
{
    return QTest::qWaitFor([&] { return !model.isLoading(); }, 10000);
}

QStringList column(const CrawlTableModel& model, int column)
{
    QStringList values;
    for (int row = 0; row < model.rowCount(); ++row)
        values.append(model.index(row, column).data().toString().remove(test::siteUrl({})));
    return values;
}

store::PageRecord page(int status, const char* type)
{
    store::PageRecord record;
    record.status = status;
    record.contentType = QString::fromLatin1(type);
    return record;
}

QList<store::StoredRule> storedRules()
{
    extract::Rule price;
    price.name = QStringLiteral("price");
    price.expression = QStringLiteral(".price::text");
    extract::Rule colours;
    colours.name = QStringLiteral("colours");
    colours.expression = QStringLiteral(".colour");
    colours.matches = extract::Matches::All;
    colours.separator = QStringLiteral(" / ");
    QList<store::StoredRule> rules;
    for (const extract::Rule& rule : {price, colours})
        rules.append({rule.name, QJsonDocument(rule.toJson()).toJson(QJsonDocument::Compact)});
    return rules;
}

struct RulesCrawl
{
    QString path;
    QHash<QString, qint64> ids;
};

// HTML pages /p1 (values), /p2 (values), /p3 (none); a 404, an image and a redirect, which the tab leaves out.
Result<RulesCrawl> writeRulesCrawl(const QString& path, bool withRules = true)
{
    auto opened = store::CrawlStore::open(path);
    if (!opened)
        return opened.error();
    store::CrawlStore& crawl = **opened;
    if (withRules) {
        if (auto replaced = crawl.replaceRules(storedRules()); !replaced)
            return replaced.error();
    }
    RulesCrawl built{path, {}};
    const QList<std::pair<const char*, store::PageRecord>> pages{
        {"/p1", page(200, "text/html; charset=utf-8")}, {"/p2", page(200, "application/xhtml+xml")},
        {"/p3", page(200, "text/html")},                {"/missing", page(404, "text/html")},
        {"/logo.png", page(200, "image/png")},          {"/moved", page(301, "text/html")},
    };
    for (const auto& [urlPath, record] : pages) {
        auto id = crawl.addUrl(test::siteUrl(QString::fromLatin1(urlPath)), 0, store::FoundVia::Seed);
        if (!id)
            return id.error();
        built.ids.insert(QString::fromLatin1(urlPath), *id);
        if (auto saved = crawl.savePage(*id, record, {}); !saved)
            return saved.error();
    }
    if (withRules) {
        const QList<std::pair<const char*, store::PageExtras>> extras{
            {"/p1", {{{QStringLiteral("20")}, {QStringLiteral("red"), QStringLiteral("blue")}}, {}, {}}},
            {"/p2", {{{QStringLiteral("100")}, {QStringLiteral("червоний")}}, {}, {}}},
        };
        for (const auto& [urlPath, values] : extras) {
            if (auto saved = crawl.saveExtras(built.ids.value(QString::fromLatin1(urlPath)), values, false); !saved)
                return saved.error();
        }
    }
    if (auto flushed = crawl.flush(); !flushed)
        return flushed.error();
    return built;
}
} // namespace

class TestExtractionModel : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        auto built = writeRulesCrawl(m_dir.filePath(QStringLiteral("rules.pavutyna")));
        QVERIFY2(built, built ? "" : qPrintable(built.error().message));
        m_crawl = *built;
    }

    void listsHtmlPagesWithAColumnPerRule()
    {
        ExtractionModel model;
        QSignalSpy rules(&model, &ExtractionModel::rulesChanged);
        QVERIFY(model.setCrawlFile(m_crawl.path));
        QVERIFY(settle(model));
        QCOMPARE(rules.count(), 1);
        QCOMPARE(model.ruleCount(), 2);
        QCOMPARE(model.columnCount(), 3);
        QCOMPARE(model.headerData(0, Qt::Horizontal).toString(), QStringLiteral("Address"));
        QCOMPARE(model.headerData(1, Qt::Horizontal).toString(), QStringLiteral("price"));
        QCOMPARE(model.headerData(2, Qt::Horizontal).toString(), QStringLiteral("colours"));
        // Every HTML page, with or without values; not the 404, the image or the redirect.
        QCOMPARE(column(model, 0), (QStringList{"/p1", "/p2", "/p3"}));
        QCOMPARE(column(model, 1), (QStringList{"20", "100", ""}));
        QCOMPARE(column(model, 2), (QStringList{"red / blue", "червоний", ""})); // the rule's separator
        QCOMPARE(model.urlAt(1), test::siteUrl(QStringLiteral("/p2")));
        QCOMPARE(model.urlIdAt(1), m_crawl.ids.value(QStringLiteral("/p2")));
    }

    void searchesUrlsAndValues_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("a value") << QStringLiteral("BLUE") << QStringList{"/p1"};
        QTest::newRow("a value in another script, any case") << QStringLiteral("ЧЕРВОН") << QStringList{"/p2"};
        QTest::newRow("a URL") << QStringLiteral("/p3") << QStringList{"/p3"};
        QTest::newRow("LIKE's wildcards are literal") << QStringLiteral("%") << QStringList{};
        QTest::newRow("a page the tab leaves out") << QStringLiteral("missing") << QStringList{};
    }
    void searchesUrlsAndValues()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, expected);
        ExtractionModel model;
        QVERIFY(model.setCrawlFile(m_crawl.path));
        model.setSearchText(text);
        QVERIFY(settle(model));
        QCOMPARE(column(model, 0), expected);
    }

    void sortsByARuleColumn()
    {
        ExtractionModel model;
        QVERIFY(model.setCrawlFile(m_crawl.path));
        model.sort(1, Qt::DescendingOrder);
        QVERIFY(settle(model));
        QCOMPARE(column(model, 1), (QStringList{"20", "100", ""})); // text order, as the export's values are text
        model.sort(2, Qt::AscendingOrder);
        QVERIFY(settle(model));
        QCOMPARE(column(model, 0), (QStringList{"/p3", "/p1", "/p2"}));
    }

    void appendsCommittedPagesAndRereadsNewRules()
    {
        // A crawl that has not stored its rules yet: an Address column only.
        const QString path = m_dir.filePath(QStringLiteral("live.pavutyna"));
        auto built = writeRulesCrawl(path, false);
        QVERIFY(built);
        ExtractionModel model;
        QVERIFY(model.setCrawlFile(path));
        QVERIFY(settle(model));
        QCOMPARE(model.ruleCount(), 0);
        QCOMPARE(model.columnCount(), 1);
        QCOMPARE(model.rowCount(), 3);
        model.setSearchText(QStringLiteral("p")); // a search without the extracted table to look in still works
        QVERIFY(settle(model));
        QCOMPARE(model.rowCount(), 3);
        model.setSearchText(QString());
        QVERIFY(settle(model));

        auto writer = store::CrawlStore::open(path);
        QVERIFY(writer);
        QVERIFY((*writer)->replaceRules(storedRules()));
        auto id = (*writer)->addUrl(test::siteUrl(QStringLiteral("/new")), 1, store::FoundVia::Link);
        QVERIFY(id);
        QVERIFY((*writer)->savePage(*id, page(200, "text/html"), {}));
        QVERIFY((*writer)->saveExtras(*id, {{{QStringLiteral("7")}, {}}, {}, {}}, false));
        auto image = (*writer)->addUrl(test::siteUrl(QStringLiteral("/new.png")), 1, store::FoundVia::Link);
        QVERIFY(image);
        QVERIFY((*writer)->savePage(*image, page(200, "image/png"), {}));
        QVERIFY((*writer)->flush());

        QSignalSpy rules(&model, &ExtractionModel::rulesChanged);
        model.refresh();
        QCOMPARE(rules.count(), 1);
        QCOMPARE(rules.first().first().toInt(), 2);
        QVERIFY(settle(model));
        QCOMPARE(model.columnCount(), 3);
        QCOMPARE(column(model, 1), (QStringList{"", "", "", "7"}));

        auto later = (*writer)->addUrl(test::siteUrl(QStringLiteral("/later")), 1, store::FoundVia::Link);
        QVERIFY(later);
        QVERIFY((*writer)->savePage(*later, page(200, "text/html"), {}));
        QVERIFY((*writer)->saveExtras(*later, {{{QStringLiteral("8")}, {}}, {}, {}}, false));
        QVERIFY((*writer)->flush());
        model.appendSaved({*later, *image});
        QVERIFY(QTest::qWaitFor([&] { return model.rowCount() == 5; }, 5000));
        QTest::qWait(50);
        QCOMPARE(model.rowCount(), 5); // not the image
        QCOMPARE(model.index(4, 1).data().toString(), QStringLiteral("8"));
    }

    void theViewShowsTheTabAndItsRuleColumns()
    {
        ResultsView view(QLatin1String(ExtractionModel::TabId));
        QCOMPARE(view.tabId(), QLatin1String(ExtractionModel::TabId));
        QVERIFY(qobject_cast<ExtractionModel*>(view.model()));
        QVERIFY(view.setCrawlFile(m_crawl.path));
        QVERIFY(settle(*view.model()));
        QCOMPARE(view.model()->columnCount(), 3);
        QVERIFY(view.searchBox()->placeholderText().contains(QStringLiteral("extracted")));
        // Its export selects exactly these rows: the where clause names the HTML pages and the search.
        view.model()->setSearchText(QStringLiteral("blue"));
        QVERIFY(settle(*view.model()));
        QVERIFY(view.model()->currentWhere().contains("extracted"));
        QCOMPARE(view.model()->rowCount(), 1);
    }

private:
    QTemporaryDir m_dir;
    RulesCrawl m_crawl;
};

QObject* makeTestExtractionModel() { return new TestExtractionModel; }

#include "TestExtractionModel.moc"
