// SPDX-FileCopyrightText: 2026 Pavutyna contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Export and Import: the file written is exactly CrawlConfig::toJson (indented), it reads back to the dialog's
// config and the CLI's `--config FILE URL` crawls with the same settings; a broken file is refused with a message
// and leaves the dialog as it was.
#include <QFile>
#include <QJsonDocument>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include "SettingsTestSupport.h"
#include "cli/HeadlessOptions.h"
#include "ui/settings/SettingsDialog.h"
#include "ui/settings/SettingsStore.h"

using namespace pav;
using namespace pav::test;
using pav::crawl::CrawlConfig;
using pav::ui::SettingsDialog;

namespace {
QByteArray readAll(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

bool writeFile(const QString& path, const QByteArray& bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

// What `pavutyna --headless --config FILE URL` crawls with: the options parsed as the CLI parses them, then the
// file laid over the defaults and the command line over the file (cli::buildConfig's order).
Result<CrawlConfig> cliConfig(const QString& path, const QString& url)
{
    auto parsed = cli::parseHeadlessOptions({ "pavutyna", "--headless", "--config", path, url });
    if (auto* usage = std::get_if<cli::UsageError>(&parsed))
        return Error { ErrorKind::InvalidArgument, usage->message };
    const auto& options = std::get<cli::HeadlessOptions>(parsed);
    if (options.configFile != path)
        return Error { ErrorKind::Internal, QStringLiteral("--config was not taken") };
    auto fromFile = CrawlConfig::fromJsonBytes(readAll(options.configFile), CrawlConfig {});
    if (!fromFile)
        return fromFile.error();
    return CrawlConfig::fromJson(options.overrides, *fromFile);
}
} // namespace

class TestSettingsFiles : public QObject
{
    Q_OBJECT

private slots:
    void init() { QVERIFY(m_dir.isValid()); }

    void exportWritesWhatTheCliReads()
    {
        SettingsDialog dialog(everythingChanged(), nullptr);
        const QString path = m_dir.filePath(QStringLiteral("crawl.json"));
        QString asked;
        dialog.setFileChooser([&](SettingsDialog::FileAction action) {
            asked = action == SettingsDialog::FileAction::Export ? QStringLiteral("export") : QStringLiteral("import");
            return path;
        });
        dialog.setErrorReporter([](const QString&, const QString& message) { QFAIL(qPrintable(message)); });
        dialog.findChild<QPushButton*>(QStringLiteral("exportButton"))->click();
        QCOMPARE(asked, QStringLiteral("export"));

        const QByteArray bytes = readAll(path);
        QCOMPARE(bytes, QJsonDocument(dialog.config().toJson()).toJson(QJsonDocument::Indented));
        QCOMPARE(bytes, ui::SettingsStore::configFileBytes(dialog.config()));
        auto reread = CrawlConfig::fromJsonBytes(bytes, CrawlConfig {});
        QVERIFY2(reread, qPrintable(failureOf(reread)));
        QCOMPARE(jsonOf(*reread), jsonOf(dialog.config()));

        const QString url = QStringLiteral("https://example.org/");
        auto cli = cliConfig(path, url);
        QVERIFY2(cli, qPrintable(failureOf(cli)));
        CrawlConfig expected = dialog.config();
        expected.seeds = { url }; // the command line's URL wins over the file's seeds
        QCOMPARE(jsonOf(*cli), jsonOf(expected));
    }

    void exportToAnUnwritablePlaceIsReported()
    {
        SettingsDialog dialog(CrawlConfig {}, nullptr);
        const QString path = m_dir.filePath(QStringLiteral("no/such/dir/crawl.json"));
        auto written = dialog.exportTo(path);
        QVERIFY(!written);
        QVERIFY2(written.error().message.contains(path), qPrintable(written.error().message));
    }

    void importReadsAnExportedFile()
    {
        const QString path = m_dir.filePath(QStringLiteral("in.json"));
        SettingsDialog source(everythingChanged(), nullptr);
        QVERIFY(source.exportTo(path));
        SettingsDialog dialog(CrawlConfig {}, nullptr);
        auto read = dialog.importFrom(path);
        QVERIFY2(read, qPrintable(failureOf(read)));
        QCOMPARE(jsonOf(dialog.config()), jsonOf(everythingChanged()));
    }

    void importFillsMissingKeysWithDefaultsAndKeepsTheSeeds()
    {
        const QString path = m_dir.filePath(QStringLiteral("partial.json"));
        QVERIFY(writeFile(path, "{\"concurrency\": 3, \"exclude\": [\"/tag/\"]}"));
        SettingsDialog dialog(everythingChanged(), nullptr);
        QVERIFY(dialog.importFrom(path));
        CrawlConfig expected;
        expected.seeds = everythingChanged().seeds;
        expected.concurrency = 3;
        expected.exclude = { QStringLiteral("/tag/") };
        QCOMPARE(jsonOf(dialog.config()), jsonOf(expected));
    }

    void importOfABrokenFileChangesNothing_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("expected");
        QTest::newRow("not JSON") << QByteArray("{\"concurrency\": 3,") << QStringLiteral("not valid JSON");
        QTest::newRow("not an object") << QByteArray("[1, 2]") << QStringLiteral("JSON object");
        QTest::newRow("unknown key") << QByteArray("{\"concurency\": 3}") << QStringLiteral("concurency");
        QTest::newRow("out of range") << QByteArray("{\"perHost\": 0}") << QStringLiteral("perHost");
        QTest::newRow("wrong type") << QByteArray("{\"sitemaps\": \"yes\"}") << QStringLiteral("sitemaps");
        QTest::newRow("bad regex") << QByteArray("{\"include\": [\"(unclosed\"]}") << QStringLiteral("(unclosed");
        QTest::newRow("empty file") << QByteArray() << QStringLiteral("not valid JSON");
        QTest::newRow("too large") << QByteArray(2 * 1024 * 1024, ' ') << QStringLiteral("too large");
        QTest::newRow("missing file") << QByteArray("-") << QStringLiteral("Cannot read");
    }
    void importOfABrokenFileChangesNothing()
    {
        QFETCH(QByteArray, content);
        QFETCH(QString, expected);
        const QString path = m_dir.filePath(QStringLiteral("broken.json"));
        QFile::remove(path);
        if (content != "-")
            QVERIFY(writeFile(path, content));

        SettingsDialog dialog(everythingChanged(), nullptr);
        dialog.setFileChooser([&](SettingsDialog::FileAction) { return path; });
        QStringList reported;
        dialog.setErrorReporter([&](const QString&, const QString& message) { reported.append(message); });
        QSignalSpy errors(&dialog, &SettingsDialog::errorReported);
        dialog.findChild<QPushButton*>(QStringLiteral("importButton"))->click();

        QCOMPARE(reported.size(), 1);
        QCOMPARE(errors.count(), 1);
        QVERIFY2(reported.first().contains(expected), qPrintable(reported.first()));
        QCOMPARE(dialog.errorText(), reported.first());
        QCOMPARE(jsonOf(dialog.config()), jsonOf(everythingChanged()));
        QVERIFY(dialog.isValid());
    }

    void cancellingTheFileChooserDoesNothing()
    {
        SettingsDialog dialog(everythingChanged(), nullptr);
        dialog.setFileChooser([](SettingsDialog::FileAction) { return QString(); });
        dialog.setErrorReporter([](const QString&, const QString& message) { QFAIL(qPrintable(message)); });
        dialog.findChild<QPushButton*>(QStringLiteral("importButton"))->click();
        dialog.findChild<QPushButton*>(QStringLiteral("exportButton"))->click();
        QCOMPARE(jsonOf(dialog.config()), jsonOf(everythingChanged()));
        QVERIFY(dialog.errorText().isEmpty());
    }

private:
    QTemporaryDir m_dir;
};

QObject* makeTestSettingsFiles() { return new TestSettingsFiles; }

#include "TestSettingsFiles.moc"
