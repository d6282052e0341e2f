// SPDX-FileCopyrightText: 2026 Pavutyna contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// SettingsDialog: every field survives config → dialog → config(), validation follows the typing (a bad regex
// names its line and disables OK until fixed), ranges cannot be exceeded, tooltips name the CLI options, and the
// texts follow a language change.
#include <QApplication>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTest>
#include <QTextBlock>

#include "SettingsTestSupport.h"
#include "ui/settings/SettingsDialog.h"
#include "ui/settings/SettingsPage.h"

using namespace pav;
using namespace pav::test;
using namespace std::chrono_literals;
using pav::crawl::CrawlConfig;
using pav::ui::SettingsDialog;

Q_DECLARE_METATYPE(pav::crawl::CrawlConfig)

namespace {
// Stands in for a page added later (extraction rules): one field, and a problem it can raise itself.
class ExtraPage : public pav::ui::SettingsPage
{
public:
    QString title() const override { return QStringLiteral("Extra"); }
    void load(const CrawlConfig& config) override { m_agent = config.userAgent; }
    void store(CrawlConfig& config) const override { config.userAgent = m_agent; }
    QStringList problems() const override
    {
        return m_problem ? QStringList { QStringLiteral("extra is wrong") } : QStringList {};
    }
    void retranslateUi() override { }
    void setProblem(bool problem)
    {
        m_problem = problem;
        emit changed();
    }

private:
    QString m_agent;
    bool m_problem = false;
};

QPushButton* okButton(SettingsDialog& dialog)
{
    return dialog.findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok);
}
} // namespace

class TestSettingsDialog : public QObject
{
    Q_OBJECT

private slots:
    void returnsTheConfigItWasGiven_data()
    {
        QTest::addColumn<CrawlConfig>("config");
        QTest::newRow("defaults") << CrawlConfig {};
        QTest::newRow("every field changed") << everythingChanged();
        CrawlConfig largest;
        largest.maxDepth = 1'000'000;
        largest.maxPages = qint64(1) << 40;
        largest.concurrency = 1000;
        largest.perHost = 1000;
        largest.delay = 3'600'000ms;
        largest.timeout = 86'400'000ms;
        largest.retries = 100;
        largest.maxSize = qint64(1) << 40;
        largest.maxUrlLength = 1'000'000;
        largest.maxQueryVariants = 100'000'000;
        largest.maxRedirects = 100;
        QTest::newRow("largest values") << largest;
        CrawlConfig smallest;
        smallest.maxDepth = 0;
        smallest.maxPages = 1;
        smallest.concurrency = 1;
        smallest.perHost = 1;
        smallest.timeout = 1ms;
        smallest.retries = 0;
        smallest.maxSize = 1;
        smallest.maxUrlLength = 64;
        smallest.maxQueryVariants = 1;
        smallest.maxRedirects = 0;
        QTest::newRow("smallest values") << smallest;
        CrawlConfig odd;
        odd.maxSize = 1024 * 1024 * 1024 + 1; // not a whole number of any unit above bytes
        odd.timeout = 1'001ms;
        odd.maxPages = (qint64(1) << 40) - 1;
        QTest::newRow("sizes that need bytes and milliseconds") << odd;
    }
    void returnsTheConfigItWasGiven()
    {
        QFETCH(CrawlConfig, config);
        SettingsDialog dialog(config, nullptr);
        QVERIFY2(dialog.isValid(), qPrintable(dialog.validationText()));
        QCOMPARE(jsonOf(dialog.config()), jsonOf(config));
    }

    void keepsEditsMadeInTheFields()
    {
        SettingsDialog dialog(CrawlConfig {}, nullptr);
        dialog.findChild<QSpinBox*>(QStringLiteral("perHost"))->setValue(9);
        dialog.findChild<QLineEdit*>(QStringLiteral("userAgent"))->setText(QStringLiteral("Bot/2"));
        dialog.findChild<QDoubleSpinBox*>(QStringLiteral("timeoutMs"))->setValue(2.5);
        const CrawlConfig config = dialog.config();
        QCOMPARE(config.perHost, 9);
        QCOMPARE(config.userAgent, QStringLiteral("Bot/2"));
        QCOMPARE(config.timeout, 2500ms);
    }

    void showsTheDefaultUserAgentAsPlaceholder()
    {
        SettingsDialog dialog(CrawlConfig {}, nullptr);
        auto* agent = dialog.findChild<QLineEdit*>(QStringLiteral("userAgent"));
        QVERIFY(agent->text().isEmpty());
        QCOMPARE(agent->placeholderText().toUtf8(), CrawlConfig {}.effectiveUserAgent());
    }

    void aTypedBadRegexDisablesOkAndNamesItsLine()
    {
        SettingsDialog dialog(CrawlConfig {}, nullptr);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QSignalSpy validity(&dialog, &SettingsDialog::validityChanged);
        auto* exclude = dialog.findChild<QPlainTextEdit*>(QStringLiteral("exclude"));
        exclude->setFocus();
        QTest::keyClicks(exclude, QStringLiteral("/ok/"));
        QTest::keyClick(exclude, Qt::Key_Return);
        QTest::keyClicks(exclude, QStringLiteral("/a(b"));
        QVERIFY(!dialog.isValid());
        QVERIFY(!okButton(dialog)->isEnabled());
        QVERIFY(!dialog.findChild<QPushButton*>(QStringLiteral("exportButton"))->isEnabled());
        QVERIFY2(dialog.validationText().contains(QStringLiteral("Exclude list, line 2")),
            qPrintable(dialog.validationText()));
        QVERIFY2(
            dialog.validationText().contains(QStringLiteral("at position 4")), qPrintable(dialog.validationText()));
        // The bad line, and only it, is marked (a tint and an underline).
        QCOMPARE(exclude->extraSelections().size(), 2);
        for (const QTextEdit::ExtraSelection& mark : exclude->extraSelections())
            QCOMPARE(mark.cursor.block().blockNumber(), 1);
        QCOMPARE(validity.count(), 1);
        QCOMPARE(validity.last().first().toBool(), false);
        // OK by keyboard must not slip through either.
        dialog.accept();
        QVERIFY(dialog.isVisible());

        QTest::keyClicks(exclude, QStringLiteral(")"));
        QVERIFY2(dialog.isValid(), qPrintable(dialog.validationText()));
        QVERIFY(okButton(dialog)->isEnabled());
        QVERIFY(dialog.validationText().isEmpty());
        QVERIFY(exclude->extraSelections().isEmpty());
        QCOMPARE(validity.count(), 2);
        QCOMPARE(dialog.config().exclude, (QStringList { QStringLiteral("/ok/"), QStringLiteral("/a(b)") }));
    }

    void namesEveryBadLineOfBothLists()
    {
        CrawlConfig config;
        config.include = { QStringLiteral("["), QStringLiteral("fine") };
        config.exclude = { QStringLiteral("ok"), QStringLiteral(""), QStringLiteral("*x") };
        SettingsDialog dialog(config, nullptr);
        QVERIFY(!dialog.isValid());
        const QString text = dialog.validationText();
        QVERIFY2(text.contains(QStringLiteral("Include list, line 1")), qPrintable(text));
        // The empty pattern became a blank line: it is skipped but still counted, so line numbers stay true.
        QVERIFY2(text.contains(QStringLiteral("Exclude list, line 3")), qPrintable(text));
        QCOMPARE(text.count(u'\n'), 1);
        // The final authority agrees: the config the dialog would return is refused by the CLI's check too.
        QVERIFY(!dialog.config().validate());
    }

    void blankLinesAreNotPatterns()
    {
        SettingsDialog dialog(CrawlConfig {}, nullptr);
        dialog.findChild<QPlainTextEdit*>(QStringLiteral("include"))->setPlainText(QStringLiteral("\n/a/\n   \n/b/\n"));
        QCOMPARE(dialog.config().include, (QStringList { QStringLiteral("/a/"), QStringLiteral("/b/") }));
        QVERIFY(dialog.isValid());
    }

    void valuesOutOfRangeCannotBeTyped()
    {
        SettingsDialog dialog(CrawlConfig {}, nullptr);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto* concurrency = dialog.findChild<QSpinBox*>(QStringLiteral("concurrency"));
        concurrency->setFocus();
        concurrency->selectAll();
        QTest::keyClicks(concurrency, QStringLiteral("50000"));
        QTest::keyClick(concurrency, Qt::Key_Tab);
        QVERIFY(concurrency->value() <= 1000);
        QVERIFY(dialog.isValid());
        QVERIFY(dialog.config().validate());
        for (const char* key : { "maxDepth", "concurrency", "perHost", "delayMs", "retries", "maxUrlLength",
                 "maxQueryVariants", "maxRedirects" }) {
            auto* box = dialog.findChild<QSpinBox*>(QLatin1String(key));
            QVERIFY2(box, key);
            box->setValue(box->minimum() - 1);
            box->setValue(box->maximum() + 1);
        }
        QVERIFY2(dialog.isValid(), qPrintable(dialog.validationText()));
        QVERIFY(CrawlConfig::fromJson(dialog.config().toJson(), CrawlConfig {}));
    }

    void restoreDefaultsKeepsTheSeeds()
    {
        const CrawlConfig changed = everythingChanged();
        SettingsDialog dialog(changed, nullptr);
        dialog.findChild<QDialogButtonBox*>()->button(QDialogButtonBox::RestoreDefaults)->click();
        CrawlConfig expected;
        expected.seeds = changed.seeds;
        QCOMPARE(jsonOf(dialog.config()), jsonOf(expected));
    }

    void tooltipsNameTheCliOptions_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("option");
        const std::pair<const char*, const char*> rows[] = {
            { "maxDepth", "--max-depth" },
            { "maxPages", "--max-pages" },
            { "concurrency", "--concurrency" },
            { "perHost", "--per-host" },
            { "delayMs", "--delay" },
            { "timeoutMs", "--timeout" },
            { "retries", "--retries" },
            { "userAgent", "--user-agent" },
            { "ignoreRobots", "--ignore-robots" },
            { "sitemaps", "--no-sitemaps" },
            { "include", "--include" },
            { "exclude", "--exclude" },
            { "subdomains", "--subdomains" },
            { "external", "--external" },
            { "htmlOnly", "--html-only" },
            { "maxSize", "--max-size" },
            { "maxUrlLength", "maxUrlLength" },
            { "maxQueryVariants", "maxQueryVariants" },
            { "maxRedirects", "maxRedirects" },
            { "extract", "--extract" },
            { "storeHtml", "--store-html" },
            { "storeHtmlLimit", "--store-html-limit" },
        };
        for (const auto& [field, option] : rows)
            QTest::newRow(field) << QString::fromLatin1(field) << QString::fromLatin1(option);
    }
    void tooltipsNameTheCliOptions()
    {
        QFETCH(QString, field);
        QFETCH(QString, option);
        SettingsDialog dialog(CrawlConfig {}, nullptr);
        auto* widget = dialog.findChild<QWidget*>(field);
        QVERIFY(widget);
        QVERIFY2(widget->toolTip().contains(option), qPrintable(widget->toolTip()));
    }

    void aPageAddedLaterTakesPart()
    {
        SettingsDialog dialog(everythingChanged(), nullptr);
        auto* page = new ExtraPage;
        dialog.addPage(page);
        QCOMPARE(dialog.findChild<QListWidget*>(QStringLiteral("pageList"))->count(), 8);
        QCOMPARE(page->parentWidget()->parentWidget(), &dialog); // the dialog's stack owns it
        // It starts from the dialog's config and its problems block OK like any other page's.
        QCOMPARE(jsonOf(dialog.config()), jsonOf(everythingChanged()));
        page->setProblem(true);
        QVERIFY(!dialog.isValid());
        QCOMPARE(dialog.validationText(), QStringLiteral("extra is wrong"));
        page->setProblem(false);
        QVERIFY(dialog.isValid());
    }

    void retranslatesOnLanguageChange()
    {
        SettingsDialog dialog(CrawlConfig {}, nullptr);
        auto* pages = dialog.findChild<QListWidget*>(QStringLiteral("pageList"));
        auto* exportButton = dialog.findChild<QPushButton*>(QStringLiteral("exportButton"));
        QCOMPARE(pages->item(0)->text(), QStringLiteral("Scope"));
        TitleTranslator translator;
        QVERIFY(QCoreApplication::installTranslator(&translator)); // sends QEvent::LanguageChange
        QCoreApplication::processEvents();
        QCOMPARE(pages->item(0)->text(), QStringLiteral("Область сканування"));
        QCOMPARE(exportButton->text(), QStringLiteral("&Експортувати…"));
        // The list grows to hold the longer title instead of cutting it.
        QVERIFY(pages->width() >= pages->sizeHintForColumn(0));
        QCoreApplication::removeTranslator(&translator);
        QCoreApplication::processEvents();
        QCOMPARE(pages->item(0)->text(), QStringLiteral("Scope"));
    }
};

QObject* makeTestSettingsDialog() { return new TestSettingsDialog; }

#include "TestSettingsDialog.moc"
