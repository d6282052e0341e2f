// SPDX-FileCopyrightText: 2026 Pavutyna contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The Extraction page: rules are added, duplicated, moved and removed in the table; every edit is compiled as
// the crawl would compile it, a bad rule's row is marked and its message keeps OK disabled; every field of
// every rule survives the dialog, the --config JSON and SettingsStore.
#include <QCheckBox>
#include <QDialogButtonBox>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include "SettingsTestSupport.h"
#include "ui/settings/ExtractionPage.h"
#include "ui/settings/RulesModel.h"
#include "ui/settings/SettingsDialog.h"
#include "ui/settings/SettingsStore.h"
#include "ui/settings/SizeEdit.h"

using namespace pav;
using namespace pav::test;
using pav::crawl::CrawlConfig;
using pav::extract::Rule;
using pav::ui::ExtractionPage;
using pav::ui::RulesModel;
using pav::ui::SettingsDialog;

Q_DECLARE_METATYPE(pav::extract::Rule)

namespace {
QPushButton* okButton(SettingsDialog& dialog)
{
    return dialog.findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok);
}

QPushButton* button(SettingsDialog& dialog, const char* name)
{
    return dialog.findChild<QPushButton*>(QLatin1String(name));
}

QStringList namesOf(const QList<Rule>& rules)
{
    QStringList names;
    for (const Rule& rule : rules)
        names.append(rule.name);
    return names;
}

Rule cssRule(const char* name, const char* expression)
{
    Rule rule;
    rule.name = QString::fromUtf8(name);
    rule.expression = QString::fromUtf8(expression);
    return rule;
}
} // namespace

class TestExtractionPage : public QObject
{
    Q_OBJECT

private slots:
    void addsDuplicatesMovesAndRemovesRules()
    {
        SettingsDialog dialog(CrawlConfig{}, nullptr);
        auto* page = dialog.findChild<ExtractionPage*>();
        QVERIFY(page);
        RulesModel* model = page->model();
        button(dialog, "addRule")->click();
        QCOMPARE(model->rowCount(), 1);
        QCOMPARE(model->rules().first().name, QStringLiteral("rule1"));
        // A new rule has no expression yet: it is refused, and says where.
        QVERIFY(!dialog.isValid());
        QVERIFY(!okButton(dialog)->isEnabled());
        QCOMPARE(page->problemRow(), 0);
        QVERIFY2(dialog.validationText().contains(QStringLiteral("row 1")), qPrintable(dialog.validationText()));
        QVERIFY2(dialog.validationText().contains(QStringLiteral("the expression is empty")),
                 qPrintable(dialog.validationText()));
        QVERIFY(model->data(model->index(0, RulesModel::Name), Qt::BackgroundRole).isValid());

        QVERIFY(model->setData(model->index(0, RulesModel::Expression), QStringLiteral(".price::text")));
        QVERIFY2(dialog.isValid(), qPrintable(dialog.validationText()));
        QCOMPARE(page->problemRow(), -1);
        QVERIFY(!model->data(model->index(0, RulesModel::Name), Qt::BackgroundRole).isValid());

        button(dialog, "duplicateRule")->click();
        QCOMPARE(namesOf(model->rules()), (QStringList{QStringLiteral("rule1"), QStringLiteral("rule1_1")}));
        QCOMPARE(model->rules()[1].expression, QStringLiteral(".price::text"));
        QVERIFY(dialog.isValid());
        button(dialog, "addRule")->click(); // after the selected (the copy)
        QVERIFY(model->setData(model->index(2, RulesModel::Expression), QStringLiteral("h1")));
        QCOMPARE(namesOf(model->rules()),
                 (QStringList{QStringLiteral("rule1"), QStringLiteral("rule1_1"), QStringLiteral("rule2")}));
        QVERIFY(!button(dialog, "moveRuleDown")->isEnabled()); // the last row
        button(dialog, "moveRuleUp")->click();
        button(dialog, "moveRuleUp")->click();
        QCOMPARE(namesOf(model->rules()),
                 (QStringList{QStringLiteral("rule2"), QStringLiteral("rule1"), QStringLiteral("rule1_1")}));
        QVERIFY(!button(dialog, "moveRuleUp")->isEnabled()); // now the first
        button(dialog, "moveRuleDown")->click();
        QCOMPARE(namesOf(model->rules()),
                 (QStringList{QStringLiteral("rule1"), QStringLiteral("rule2"), QStringLiteral("rule1_1")}));
        button(dialog, "removeRule")->click();
        QCOMPARE(namesOf(model->rules()), (QStringList{QStringLiteral("rule1"), QStringLiteral("rule1_1")}));
        QCOMPARE(namesOf(dialog.config().rules), namesOf(model->rules()));
        QVERIFY(dialog.config().validate());
    }

    void typingABadSelectorDisablesOkWithItsColumn()
    {
        CrawlConfig config;
        config.rules = {cssRule("heading", "h1::text"), cssRule("price", ".price")};
        SettingsDialog dialog(config, nullptr);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto* page = dialog.findChild<ExtractionPage*>();
        dialog.findChild<QWidget*>(QStringLiteral("extract"))->window()->activateWindow();
        QTableView* table = page->table();
        const QModelIndex cell = page->model()->index(1, RulesModel::Expression);
        table->setCurrentIndex(cell);
        table->edit(cell);
        auto* editor = qobject_cast<QLineEdit*>(table->indexWidget(cell));
        if (!editor)
            editor = table->viewport()->findChild<QLineEdit*>();
        QVERIFY(editor);
        editor->selectAll();
        QTest::keyClicks(editor, QStringLiteral("p[data"));
        // Validated while typing, before the editor closes.
        QCOMPARE(page->model()->rules()[1].expression, QStringLiteral("p[data"));
        QVERIFY(!dialog.isValid());
        QVERIFY(!okButton(dialog)->isEnabled());
        QCOMPARE(page->problemRow(), 1);
        const QString text = dialog.validationText();
        QVERIFY2(text.contains(QStringLiteral("row 2")) && text.contains(QStringLiteral("\"price\""))
                     && text.contains(QStringLiteral("column")),
                 qPrintable(text));
        dialog.accept(); // Enter must not slip through either
        QVERIFY(dialog.isVisible());
        QTest::keyClicks(editor, QStringLiteral("]"));
        QVERIFY2(dialog.isValid(), qPrintable(dialog.validationText()));
        QCOMPARE(page->problemRow(), -1);
        QCOMPARE(dialog.config().rules[1].expression, QStringLiteral("p[data]"));
    }

    void marksTheRowOfEachKindOfProblem_data()
    {
        QTest::addColumn<QList<Rule>>("rules");
        QTest::addColumn<int>("row");
        QTest::addColumn<QString>("expected");
        const Rule ok = cssRule("ok", "h1");
        QTest::newRow("a standard column's name") << QList<Rule>{ok, cssRule("title", "h2")} << 1
                                                  << QStringLiteral("standard column");
        QTest::newRow("two rules with one name") << QList<Rule>{ok, cssRule("x", "h2"), cssRule("x", "h3")} << 2
                                                 << QStringLiteral("two rules have this name");
        QTest::newRow("no name") << QList<Rule>{cssRule("", "h2"), ok} << 0 << QStringLiteral("no name");
        Rule attribute = cssRule("link", "a");
        attribute.take = extract::Take::Attribute;
        QTest::newRow("an attribute without a name") << QList<Rule>{attribute} << 0 << QStringLiteral("attribute");
        Rule filter = cssRule("f", "p");
        filter.filter = QStringLiteral("(");
        QTest::newRow("a bad filter") << QList<Rule>{ok, filter} << 1 << QStringLiteral("filter");
        Rule xpath = cssRule("xp", "//div[");
        xpath.kind = extract::RuleKind::XPath;
        QTest::newRow("a bad XPath") << QList<Rule>{xpath, ok} << 0 << QStringLiteral("column");
    }
    void marksTheRowOfEachKindOfProblem()
    {
        QFETCH(QList<Rule>, rules);
        QFETCH(int, row);
        QFETCH(QString, expected);
        CrawlConfig config;
        config.rules = rules;
        SettingsDialog dialog(config, nullptr);
        auto* page = dialog.findChild<ExtractionPage*>();
        QVERIFY(!dialog.isValid());
        QCOMPARE(page->problemRow(), row);
        QVERIFY2(dialog.validationText().contains(expected), qPrintable(dialog.validationText()));
        QVERIFY(page->model()->data(page->model()->index(row, 0), Qt::ToolTipRole).toString().contains(expected));
        // The CLI's own check refuses it too (reserved names aside, which only the columns know).
        if (expected != QStringLiteral("standard column"))
            QVERIFY(!dialog.config().validate());
    }

    void everyFieldSurvivesTheDialogTheJsonAndTheStore()
    {
        const CrawlConfig config = everythingChanged();
        QCOMPARE(config.rules.size(), 9);
        SettingsDialog dialog(config, nullptr);
        QVERIFY2(dialog.isValid(), qPrintable(dialog.validationText()));
        QCOMPARE(dialog.config().rules, config.rules);
        QCOMPARE(dialog.config().storeHtml, true);
        QCOMPARE(dialog.config().storeHtmlLimit, config.storeHtmlLimit);
        QCOMPARE(jsonOf(dialog.config()), jsonOf(config));

        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("rules.json"));
        QVERIFY(dialog.exportTo(path));
        SettingsDialog imported(CrawlConfig{}, nullptr);
        QVERIFY(imported.importFrom(path));
        QCOMPARE(imported.config().rules, config.rules);

        QSettings settings(dir.filePath(QStringLiteral("store.ini")), QSettings::IniFormat);
        ui::SettingsStore::save(settings, dialog.config());
        settings.sync();
        QString warning;
        const CrawlConfig loaded = ui::SettingsStore::load(settings, &warning);
        QVERIFY2(warning.isEmpty(), qPrintable(warning));
        QCOMPARE(loaded.rules, config.rules);
        QCOMPARE(loaded.storeHtmlLimit, config.storeHtmlLimit);
    }

    void editsInTheTableReachTheConfig()
    {
        SettingsDialog dialog(CrawlConfig{}, nullptr);
        auto* page = dialog.findChild<ExtractionPage*>();
        RulesModel* model = page->model();
        page->addRule();
        const auto set = [&](int column, const QVariant& value, int role = Qt::EditRole) {
            return model->setData(model->index(0, column), value, role);
        };
        QVERIFY(set(RulesModel::Name, QStringLiteral("found")));
        QVERIFY(set(RulesModel::Kind, int(extract::RuleKind::Contains)));
        QVERIFY(set(RulesModel::Expression, QStringLiteral("Out of stock")));
        // Options a search does not use are disabled; its own are check boxes.
        QVERIFY(!(model->flags(model->index(0, RulesModel::Take)) & Qt::ItemIsEnabled));
        QVERIFY(model->flags(model->index(0, RulesModel::IgnoreCase)) & Qt::ItemIsUserCheckable);
        QVERIFY(set(RulesModel::IgnoreCase, Qt::Checked, Qt::CheckStateRole));
        QVERIFY(set(RulesModel::SearchText, Qt::Checked, Qt::CheckStateRole));
        QVERIFY(!set(RulesModel::Kind, 99)); // not a kind
        dialog.findChild<QCheckBox*>(QStringLiteral("storeHtml"))->setChecked(true);
        dialog.findChild<ui::SizeEdit*>(QStringLiteral("storeHtmlLimit"))->setBytes(64 * 1024 * 1024);
        QVERIFY2(dialog.isValid(), qPrintable(dialog.validationText()));
        const CrawlConfig config = dialog.config();
        QCOMPARE(config.rules.size(), 1);
        const Rule& rule = config.rules.first();
        QCOMPARE(rule.kind, extract::RuleKind::Contains);
        QVERIFY(rule.ignoreCase && rule.searchText);
        QCOMPARE(rule.expression, QStringLiteral("Out of stock"));
        QVERIFY(config.storeHtml);
        QCOMPARE(config.storeHtmlLimit, 64LL * 1024 * 1024);
    }

    void testButtonAsksForTheSelectedRule()
    {
        CrawlConfig config;
        config.rules = {cssRule("a", "h1"), cssRule("b", "h2")};
        SettingsDialog dialog(config, nullptr);
        auto* page = dialog.findChild<ExtractionPage*>();
        QPushButton* test = button(dialog, "testRule");
        QVERIFY(!test->isEnabled()); // nobody to test with yet (no crawl open)
        page->setTestingAvailable(true);
        page->table()->setCurrentIndex(page->model()->index(1, 0));
        QVERIFY(test->isEnabled());
        QList<Rule> asked;
        connect(page, &ExtractionPage::testRequested, this, [&](const Rule& rule) { asked.append(rule); });
        test->click();
        QCOMPARE(asked.size(), 1);
        QCOMPARE(asked.first(), config.rules[1]);
    }
};

QObject* makeTestExtractionPage() { return new TestExtractionPage; }

#include "TestExtractionPage.moc"
