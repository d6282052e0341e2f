// SPDX-FileCopyrightText: 2026 Pavutyna contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <unistd.h>

#include <array>
#include <memory>

#include <QDir>
#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include "CliSupport.h"
#include "store/CrawlStore.h"

using namespace pav::test;

namespace {
QByteArray readAll(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

void writeFile(const QString& path, const QByteArray& bytes)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    QCOMPARE(file.write(bytes), bytes.size());
}

// Every file under `dir`, recursively, relative to it.
QStringList filesUnder(const QString& dir)
{
    QStringList files;
    const QDir root(dir);
    for (const QFileInfo& info : root.entryInfoList(QDir::Files | QDir::Dirs | QDir::NoDotAndDotDot | QDir::Hidden)) {
        if (info.isDir()) {
            for (const QString& inner : filesUnder(info.filePath()))
                files.append(info.fileName() + QLatin1Char('/') + inner);
        } else {
            files.append(info.fileName());
        }
    }
    return files;
}
} // namespace

// Which files the CLI creates, refuses and leaves alone: a failed run leaves no stray crawl file, and a file
// that is not a crawl is never turned into one.
class TestCrawlFiles : public QObject
{
    Q_OBJECT

private slots:
    // A fresh folder and data directory for each test and data row, so that they can be listed.
    void init()
    {
        m_scratch = std::make_unique<QTemporaryDir>();
        m_data = std::make_unique<QTemporaryDir>();
        QVERIFY(m_scratch->isValid());
        QVERIFY(m_data->isValid());
        m_env = headlessEnvironment();
        m_env.insert(QStringLiteral("XDG_DATA_HOME"), m_data->path());
    }

    void refusesFilesThatAreNotCrawls_data()
    {
        QTest::addColumn<QString>("action");
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("mentions");
        for (const QString action : {"--resume", "--export"}) {
            const QByteArray a = action.toUtf8();
            QTest::addRow("%s empty file", a.constData()) << action << "empty" << "is empty";
            QTest::addRow("%s text file", a.constData()) << action << "text" << "not a Pavutyna crawl file";
            QTest::addRow("%s foreign database", a.constData()) << action << "sqlite" << "not a Pavutyna crawl file";
            QTest::addRow("%s directory", a.constData()) << action << "directory" << "not a file";
        }
        QTest::newRow("--resume schema only") << "--resume" << "schema" << "holds no crawl to resume";
    }

    void refusesFilesThatAreNotCrawls()
    {
        QFETCH(QString, action);
        QFETCH(QString, kind);
        QFETCH(QString, mentions);
        const QString path = m_scratch->filePath(kind + QStringLiteral(".pavutyna"));
        if (kind == QLatin1String("empty")) {
            writeFile(path, {});
        } else if (kind == QLatin1String("text")) {
            writeFile(path, "url,status\nhttps://example.org/,200\n");
        } else if (kind == QLatin1String("directory")) {
            QVERIFY(QDir().mkpath(path));
        } else if (kind == QLatin1String("sqlite")) {
            // An SQLite database of someone else's: tables, and another application_id.
            static constexpr std::array<pav::store::Migration, 1> Foreign{{{1, "CREATE TABLE notes(text TEXT)"}}};
            auto db = pav::store::Database::open(path, Foreign);
            QVERIFY(db);
            QVERIFY((*db)->exec("PRAGMA journal_mode=DELETE"));
            QVERIFY((*db)->exec("PRAGMA application_id=1234"));
        } else {
            QVERIFY(pav::store::CrawlStore::open(path)); // our schema, but no crawl in it
        }
        const QStringList before = filesUnder(m_scratch->path());
        const QByteArray bytes = readAll(path);
        const QString csv = m_scratch->filePath(QStringLiteral("out.csv"));

        Run run = runPavutyna({"--headless", action, path, "-o", csv}, m_env);
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.startsWith("pavutyna: "), run.err.constData());
        QVERIFY2(run.err.contains(mentions.toUtf8()), run.err.constData());
        QVERIFY2(run.err.contains(path.toUtf8()), run.err.constData());
        if (kind != QLatin1String("schema")) // ours: opening it may checkpoint its WAL
            QCOMPARE(readAll(path), bytes);  // not made into a crawl file
        QCOMPARE(filesUnder(m_scratch->path()), before); // no out.csv, no -wal or -shm beside it
        QVERIFY(run.out.isEmpty());
    }

    void refusesAReadOnlyCrawlFile()
    {
        LocalHttpServer server;
        buildSite(server, 3);
        const QString db = m_scratch->filePath(QStringLiteral("readonly.pavutyna"));
        QCOMPARE(runPavutyna({"--headless", server.url(), "--db", db, "-n", "2", "-q"}, m_env).exitCode, 0);
        QVERIFY(QFile::setPermissions(db, QFileDevice::ReadOwner | QFileDevice::ReadGroup | QFileDevice::ReadOther));
        const QByteArray bytes = readAll(db);
        server.resetStats();

        // Root writes to a mode 0444 file regardless; run the binary as "nobody" then, with setpriv, which
        // needs the folder readable by others.
        QString program = QStringLiteral(PAV_BINARY);
        QStringList arguments{"--headless", "--resume", db, "-o", "-"};
        if (::geteuid() == 0) {
            const QString setpriv = QStandardPaths::findExecutable(QStringLiteral("setpriv"));
            if (setpriv.isEmpty())
                QFAIL("running as root without setpriv (util-linux): a read-only file cannot be made");
            QVERIFY(QFile::setPermissions(m_scratch->path(), QFileDevice::ReadOwner | QFileDevice::WriteOwner
                                                            | QFileDevice::ExeOwner | QFileDevice::ReadOther
                                                            | QFileDevice::ExeOther));
            arguments = QStringList{"--reuid=65534", "--regid=65534", "--clear-groups", program} + arguments;
            program = setpriv;
        }
        Run run = runProgram(program, arguments, m_env);
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains("read-only"), run.err.constData());
        QVERIFY2(run.err.contains(db.toUtf8()), run.err.constData());
        QCOMPARE(server.requestCount(), 0);
        QCOMPARE(readAll(db), bytes);
        QVERIFY(!QFile::exists(db + QStringLiteral("-wal")));
    }

    void failuresBeforeTheCrawlLeaveNoCrawlFile_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("bad config key") << QStringList{"--config", "BADCONFIG"} << 2 << "frobnicate";
        QTest::newRow("bad config key, --db") << QStringList{"--config", "BADCONFIG", "--db", "DB"} << 2 << "frobnicate";
        QTest::newRow("missing config") << QStringList{"--config", "/nonexistent.json"} << 2 << "Cannot read";
        QTest::newRow("output in a missing folder") << QStringList{"-o", "/nonexistent/dir/pages.csv"} << 1
                                                    << "Cannot write /nonexistent/dir/pages.csv";
        QTest::newRow("output in a missing folder, --db")
            << QStringList{"-o", "/nonexistent/dir/pages.csv", "--db", "DB"} << 1 << "Cannot write";
        QTest::newRow("links output in a missing folder, --db")
            << QStringList{"--links-output", "/nonexistent/dir/links.csv", "--db", "DB", "-o", "OUT"} << 1
            << "Cannot write /nonexistent/dir/links.csv";
    }

    void failuresBeforeTheCrawlLeaveNoCrawlFile()
    {
        QFETCH(QStringList, arguments);
        QFETCH(int, exitCode);
        QFETCH(QString, mentions);
        LocalHttpServer server;
        buildSite(server, 3);
        const QString config = m_scratch->filePath(QStringLiteral("bad.json"));
        writeFile(config, R"({"maxPages": 3, "frobnicate": true})");
        arguments.replaceInStrings(QStringLiteral("BADCONFIG"), config);
        arguments.replaceInStrings(QStringLiteral("DB"), m_scratch->filePath(QStringLiteral("c.pavutyna")));
        arguments.replaceInStrings(QStringLiteral("OUT"), m_scratch->filePath(QStringLiteral("pages.csv")));

        Run run = runPavutyna(QStringList{"--headless", server.url()} + arguments, m_env);
        QCOMPARE(run.exitCode, exitCode);
        QVERIFY2(run.err.contains(mentions.toUtf8()), run.err.constData());
        QVERIFY2(!run.err.contains("Crawl file: "), run.err.constData());
        QCOMPARE(server.requestCount(), 0);
        QCOMPARE(filesUnder(m_scratch->path()), QStringList{"bad.json"}); // no crawl file, no pages.csv
        QCOMPARE(filesUnder(m_data->path()), QStringList());      // none in the data directory either
    }

    void defaultCrawlFileIsInOneAppFolderAndNamed()
    {
        LocalHttpServer server;
        buildSite(server, 3);
        Run run = runPavutyna({"--headless", server.url(), "-n", "2"}, m_env);
        QCOMPARE(run.exitCode, 0);
        const QStringList files = filesUnder(m_data->path());
        QCOMPARE(files.size(), 1);
        QVERIFY2(files.first().startsWith(QLatin1String("Pavutyna/crawls/127.0.0.1-")), qPrintable(files.first()));
        QVERIFY(files.first().endsWith(QLatin1String(".pavutyna")));
        const QString path = m_data->filePath(files.first());
        QVERIFY2(run.err.contains("Crawl file: " + path.toUtf8() + '\n'), run.err.constData());
        QCOMPARE(crawledUrls(path).size(), 2);

        // -q keeps stderr for errors, the path included (the --help text says so).
        Run quiet = runPavutyna({"--headless", server.url(), "-n", "2", "-q"}, m_env);
        QCOMPARE(quiet.exitCode, 0);
        QVERIFY2(quiet.err.isEmpty(), quiet.err.constData());
        QCOMPARE(filesUnder(m_data->path()).size(), 2); // a second file: never two crawls in one
        const QString help = QString::fromUtf8(runPavutyna({"--headless", "--help"}, m_env).out).simplified();
        QVERIFY2(help.contains(QLatin1String("its path printed unless -q")), qPrintable(help));
    }

private:
    std::unique_ptr<QTemporaryDir> m_scratch;
    std::unique_ptr<QTemporaryDir> m_data;
    QProcessEnvironment m_env;
};

QObject* makeTestCrawlFiles()
{
    return new TestCrawlFiles;
}

#include "TestCrawlFiles.moc"
