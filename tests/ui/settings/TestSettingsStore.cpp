// SPDX-FileCopyrightText: 2026 Pavutyna contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// SettingsStore: the config survives a QSettings INI file, and a damaged value gives the defaults and a warning.
#include <QFile>
#include <QRegularExpression>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

#include "SettingsTestSupport.h"
#include "ui/settings/SettingsStore.h"

using namespace pav;
using namespace pav::test;
using pav::crawl::CrawlConfig;
using pav::ui::SettingsStore;

class TestSettingsStore : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        QVERIFY(m_dir.isValid());
        m_path = m_dir.filePath(QStringLiteral("settings-%1.ini").arg(++m_count));
    }

    void roundTripsThroughAnIniFile()
    {
        {
            QSettings settings(m_path, QSettings::IniFormat);
            SettingsStore::save(settings, everythingChanged());
            settings.sync();
            QCOMPARE(settings.status(), QSettings::NoError);
        }
        QSettings settings(m_path, QSettings::IniFormat);
        QString warning;
        const CrawlConfig loaded = SettingsStore::load(settings, &warning);
        QVERIFY2(warning.isEmpty(), qPrintable(warning));
        QCOMPARE(jsonOf(loaded), jsonOf(everythingChanged()));
    }

    void aMissingValueGivesTheDefaultsQuietly()
    {
        QSettings settings(m_path, QSettings::IniFormat);
        QString warning;
        QCOMPARE(jsonOf(SettingsStore::load(settings, &warning)), jsonOf(CrawlConfig {}));
        QVERIFY(warning.isEmpty());
    }

    void aDamagedValueGivesTheDefaultsAndAWarning_data()
    {
        QTest::addColumn<QVariant>("value");
        QTest::newRow("not JSON") << QVariant(QStringLiteral("{\"maxDepth\": 3"));
        QTest::newRow("empty") << QVariant(QString());
        QTest::newRow("wrong type") << QVariant(QStringLiteral(R"({"maxDepth": "deep"})"));
        QTest::newRow("out of range") << QVariant(QStringLiteral(R"({"concurrency": 100000})"));
        QTest::newRow("bad regex") << QVariant(QStringLiteral(R"({"exclude": ["+"]})"));
        QTest::newRow("unknown key") << QVariant(QStringLiteral(R"({"speed": 1})"));
        QTest::newRow("a list") << QVariant(QStringList { QStringLiteral("{\"a\""), QStringLiteral("1}") });
        QTest::newRow("a number") << QVariant(42);
    }
    void aDamagedValueGivesTheDefaultsAndAWarning()
    {
        QFETCH(QVariant, value);
        QSettings settings(m_path, QSettings::IniFormat);
        settings.setValue(QLatin1String(SettingsStore::Key), value);
        QTest::ignoreMessage(
            QtWarningMsg, QRegularExpression(QStringLiteral("saved crawl settings .* cannot be used")));
        QString warning;
        QCOMPARE(jsonOf(SettingsStore::load(settings, &warning)), jsonOf(CrawlConfig {}));
        QVERIFY(warning.contains(m_path));
    }

    void aHandEditedIniFileIsSurvived()
    {
        // Unquoted commas make QSettings read a list; stray bytes make it read junk. Neither may crash or stick.
        QFile file(m_path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("[crawl]\nconfig={\"maxDepth\": 3, \"perHost\": 2}\n");
        file.close();
        QSettings settings(m_path, QSettings::IniFormat);
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("cannot be used")));
        QCOMPARE(jsonOf(SettingsStore::load(settings)), jsonOf(CrawlConfig {}));
    }

private:
    QTemporaryDir m_dir;
    QString m_path;
    int m_count = 0;
};

QObject* makeTestSettingsStore() { return new TestSettingsStore; }

#include "TestSettingsStore.moc"
