// SPDX-FileCopyrightText: 2026 Pavutyna contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QDir>
#include <QEvent>
#include <QFile>
#include <QHeaderView>
#include <QLabel>
#include <QMenuBar>
#include <QSettings>
#include <QTabBar>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QToolBar>
#include <QToolButton>

#include "GuiSite.h"
#include "LocalHttpServer.h"
#include "RecordingPrompter.h"
#include "app/Translator.h"
#include "ui/model/CrawlTableModel.h"
#include "ui/model/ResultsView.h"
#include "ui/window/MainWindow.h"
#include "ui/window/WindowActions.h"

using namespace pav;
using namespace pav::ui;
using pav::test::LocalHttpServer;

namespace {
// QCoreApplication::installTranslator announces a new language only while exec() runs, which a QtTest never
// calls: the event the running application would get is sent here, and the widgets get theirs from it.
void announceLanguageChange()
{
    QEvent changed(QEvent::LanguageChange);
    QCoreApplication::sendEvent(qApp, &changed);
    QCoreApplication::processEvents();
}

// Every text the window shows at its default size must be whole: labels as wide as their text, every toolbar
// action on the toolbar (not in its overflow menu), every tab's text unelided. Returns what is cut off.
QStringList cutOffTexts(MainWindow& window)
{
    QStringList problems;
    for (QLabel* label : window.findChildren<QLabel*>()) {
        if (!label->isVisibleTo(&window) || label->wordWrap() || label->text().isEmpty())
            continue;
        if (label->width() < label->minimumSizeHint().width())
            problems.append(QStringLiteral("label \"%1\": %2 < %3").arg(label->text()).arg(label->width()).arg(label->minimumSizeHint().width()));
    }
    QToolBar* bar = window.actions().toolBar;
    for (QAction* action : bar->actions()) {
        if (action->isSeparator())
            continue;
        QWidget* button = bar->widgetForAction(action);
        if (!button || !button->isVisible())
            problems.append(QStringLiteral("toolbar action \"%1\" is not on the toolbar").arg(action->text()));
        else if (auto* tool = qobject_cast<QToolButton*>(button); tool && tool->width() < tool->sizeHint().width())
            problems.append(QStringLiteral("toolbar button \"%1\" is cut off").arg(action->text()));
    }
    for (ResultsView* view : window.findChildren<ResultsView*>()) {
        QHeaderView* header = view->table()->horizontalHeader();
        for (int column = 0; column < header->count(); ++column) {
            const QString text = view->model()->headerData(column, Qt::Horizontal).toString();
            if (!header->isSectionHidden(column) && header->sectionSize(column) < header->fontMetrics().horizontalAdvance(text))
                problems.append(QStringLiteral("column \"%1\" is narrower than its header").arg(text));
        }
    }
    QTabBar* tabs = window.resultsTabs()->tabBar();
    for (int i = 0; i < tabs->count(); ++i) {
        if (!tabs->isTabVisible(i))
            continue; // the Extraction tab of a crawl without rules
        const int needed = tabs->fontMetrics().horizontalAdvance(tabs->tabText(i));
        if (tabs->tabRect(i).width() < needed || !tabs->rect().contains(tabs->tabRect(i)))
            problems.append(QStringLiteral("tab \"%1\" is cut off or scrolled away").arg(tabs->tabText(i)));
    }
    return problems;
}

void saveScreenshot(MainWindow& window, const QString& name)
{
    const QString dir = qEnvironmentVariable("PAV_SCREENSHOT_DIR");
    if (dir.isEmpty())
        return;
    QDir().mkpath(dir);
    window.grab().save(dir + QLatin1Char('/') + name);
}
} // namespace

class TestWindowLanguage : public QObject
{
    Q_OBJECT

private slots:
    void switchesLanguageLiveWithoutRestart()
    {
        QVERIFY(QFile::exists(QStringLiteral(":/i18n/pavutyna_uk.qm"))); // embedded, as in the application
        app::Translator translator;
        QVERIFY(translator.useLanguage(QStringLiteral("en")));
        MainWindow window([&translator](const QString& language) {
            if (language.isEmpty() || !translator.useLanguage(language))
                translator.useSystemLanguage();
        });
        QCOMPARE(window.actions().start->text(), QStringLiteral("&Start"));
        QCOMPARE(window.actions().fileMenu->title(), QStringLiteral("&File"));

        window.actions().languageUkrainian->trigger(); // View ▸ Language ▸ Українська
        announceLanguageChange();
        QCOMPARE(QCoreApplication::translate("pav::ui::WindowActions", "&Start"), QStringLiteral("&Почати"));
        QVERIFY(window.actions().languageUkrainian->isChecked());
        QCOMPARE(QSettings().value(QStringLiteral("ui/language")).toString(), QStringLiteral("uk"));
        QCOMPARE(window.actions().start->text(), QStringLiteral("&Почати"));
        QCOMPARE(window.actions().fileMenu->title(), QStringLiteral("&Файл"));
        QCOMPARE(window.actions().settings->text(), QStringLiteral("Пара&метри…"));
        QCOMPARE(window.resultsTabs()->tabText(0), QStringLiteral("Усі сторінки"));
        // Qt's own strings come from qtbase_uk.
        QCOMPARE(QCoreApplication::translate("QPlatformTheme", "Cancel"), QStringLiteral("Скасувати"));
        // Numbers follow the interface language.
        QCOMPARE(QLocale().toString(12345), QStringLiteral("12\u00A0345"));

        window.actions().languageEnglish->trigger();
        announceLanguageChange();
        QCOMPARE(window.actions().start->text(), QStringLiteral("&Start"));
        QCOMPARE(window.resultsTabs()->tabText(0), QStringLiteral("All pages"));
    }

    void showsEveryTextWholeInBothLanguages_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("English") << "en";
        QTest::newRow("Ukrainian") << "uk";
    }
    void showsEveryTextWholeInBothLanguages()
    {
        QFETCH(QString, language);
        LocalHttpServer server;
        test::buildGuiSite(server, 60);
        app::Translator translator;
        QVERIFY(translator.useLanguage(language));
        auto log = std::make_shared<test::PromptLog>();
        MainWindow window;
        window.setPrompter(std::make_unique<test::RecordingPrompter>(log));
        window.resize(1280, 800);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.startCrawl(server.url()));
        QTRY_VERIFY_WITH_TIMEOUT(!window.session().isBusy(), 60'000);
        QTRY_COMPARE(window.resultsForTab(QStringLiteral("pages"))->model()->rowCount(), 65);
        window.resultsForTab(QStringLiteral("pages"))->table()->selectRow(3);
        QTest::qWait(500); // the details and the overview load on their threads
        const QStringList problems = cutOffTexts(window);
        saveScreenshot(window, QStringLiteral("main-window-%1.png").arg(language));
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
        translator.useLanguage(QStringLiteral("en"));
    }
};

QObject* makeTestWindowLanguage()
{
    return new TestWindowLanguage;
}

#include "TestWindowLanguage.moc"
