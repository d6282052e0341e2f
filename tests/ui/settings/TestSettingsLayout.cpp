// SPDX-FileCopyrightText: 2026 Pavutyna contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The dialog at its default size shows every text whole, in English and in a language 40% longer (Ukrainian runs
// ~30% longer). With PAV_SCREENSHOT_DIR set, each page is saved there as settings_<language>[_<page>].png.
#include <QAbstractButton>
#include <QAbstractSpinBox>
#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QScreen>
#include <QTest>

#include "SettingsTestSupport.h"
#include "ui/settings/SettingsDialog.h"

using namespace pav;
using namespace pav::test;
using pav::crawl::CrawlConfig;
using pav::ui::SettingsDialog;

namespace {
QString describe(const QWidget* widget, const QString& text)
{
    return QStringLiteral("%1 \"%2\" is %3x%4, needs %5x%6")
        .arg(QString::fromLatin1(widget->metaObject()->className()), text)
        .arg(widget->width())
        .arg(widget->height())
        .arg(widget->minimumSizeHint().width())
        .arg(widget->minimumSizeHint().height());
}

// Texts that do not fit: a label or button narrower than its text, a wrapped label shorter than its lines.
QStringList cutTexts(const QWidget* page)
{
    QStringList cut;
    for (const QWidget* widget : page->findChildren<QWidget*>()) {
        if (!widget->isVisible())
            continue;
        if (const auto* label = qobject_cast<const QLabel*>(widget)) {
            const bool fits = label->wordWrap() ? label->height() >= label->heightForWidth(label->width())
                                                : label->width() >= label->minimumSizeHint().width();
            if (!fits)
                cut.append(describe(label, label->text()));
        } else if (const auto* button = qobject_cast<const QAbstractButton*>(widget);
                   button && !button->text().isEmpty()) {
            if (button->width() < button->sizeHint().width() || button->height() < button->minimumSizeHint().height())
                cut.append(describe(button, button->text()));
        } else if (const auto* edit = qobject_cast<const QLineEdit*>(widget); edit && edit->text().isEmpty()) {
            if (edit->width() < edit->fontMetrics().horizontalAdvance(edit->placeholderText()))
                cut.append(describe(edit, edit->placeholderText()));
        } else if (qobject_cast<const QAbstractSpinBox*>(widget) || qobject_cast<const QComboBox*>(widget)) {
            if (widget->width() < widget->sizeHint().width())
                cut.append(describe(widget, widget->objectName()));
        }
    }
    return cut;
}
} // namespace

class TestSettingsLayout : public QObject
{
    Q_OBJECT

private slots:
    void everyTextFitsAtTheDefaultSize_data()
    {
        QTest::addColumn<bool>("longer");
        QTest::addColumn<QString>("language");
        QTest::newRow("English") << false << QStringLiteral("en");
        QTest::newRow("40% longer texts") << true << QStringLiteral("long");
    }
    void everyTextFitsAtTheDefaultSize()
    {
        QFETCH(bool, longer);
        QFETCH(QString, language);
        LongerTranslator translator;
        if (longer)
            QVERIFY(QCoreApplication::installTranslator(&translator));
        {
            // A config with a bad pattern, so the validation message is on screen as well.
            CrawlConfig config = everythingChanged();
            config.exclude.append(QStringLiteral("(oops"));
            config.userAgent.clear(); // shows the default agent as the placeholder
            SettingsDialog dialog(config, nullptr);
            dialog.show();
            QVERIFY(QTest::qWaitForWindowExposed(&dialog));
            const QSize available = dialog.screen()->availableSize();
            auto* pages = dialog.findChild<QListWidget*>(QStringLiteral("pageList"));
            const QString dir = qEnvironmentVariable("PAV_SCREENSHOT_DIR");
            QStringList cut;
            for (int i = 0; i < pages->count(); ++i) {
                pages->setCurrentRow(i);
                QCoreApplication::processEvents();
                for (const QString& problem : cutTexts(&dialog))
                    cut.append(pages->item(i)->text() + QStringLiteral(": ") + problem);
                // Saved before any check fails, so a failure can be looked at.
                if (!dir.isEmpty()) {
                    const QString name = i == 0 ? QStringLiteral("settings_%1.png").arg(language)
                                                : QStringLiteral("settings_%1_%2.png").arg(language).arg(i);
                    QVERIFY(dialog.grab().save(dir + u'/' + name));
                }
            }
            QVERIFY2(cut.isEmpty(), qPrintable(cut.join(u'\n')));
            QVERIFY(pages->viewport()->width() >= pages->sizeHintForColumn(0));
            // The offscreen screen is 800x600: the dialog fits even a small screen.
            QVERIFY2(dialog.width() <= available.width() && dialog.height() <= available.height(),
                qPrintable(QStringLiteral("%1x%2 on %3x%4")
                               .arg(dialog.width())
                               .arg(dialog.height())
                               .arg(available.width())
                               .arg(available.height())));
        }
        QCoreApplication::removeTranslator(&translator);
    }
};

QObject* makeTestSettingsLayout() { return new TestSettingsLayout; }

#include "TestSettingsLayout.moc"
