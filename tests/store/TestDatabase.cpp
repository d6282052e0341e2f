// SPDX-FileCopyrightText: 2026 Pavutyna contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <array>

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include "Bytes.h"

#include "store/Database.h"

using namespace pav;
using namespace pav::store;

namespace {
constexpr std::array<Migration, 2> Schema{{
    {1, "CREATE TABLE pages(id INTEGER PRIMARY KEY, url TEXT NOT NULL UNIQUE, body BLOB);"},
    {2, "ALTER TABLE pages ADD COLUMN title TEXT;"},
}};

qint64 countPages(Database& db)
{
    auto statement = db.prepare("SELECT count(*) FROM pages");
    (void)statement->step();
    return statement->int64(0);
}
} // namespace

class TestDatabase : public QObject
{
    Q_OBJECT

private slots:
    void init() { QVERIFY(m_dir.isValid()); }

    void createsAndMigratesANewFile()
    {
        auto db = Database::open(path(), Schema);
        QVERIFY2(db.hasValue(), qPrintable(db ? QString() : db.error().message));
        QCOMPARE((*db)->schemaVersion(), 2);
        auto insert = (*db)->prepare("INSERT INTO pages(url, title, body) VALUES(?, ?, ?)");
        QVERIFY(insert.hasValue());
        QVERIFY(insert->bind(1, QStringLiteral("http://a/")).bind(2, QStringLiteral("Привіт")).bind(3, pav::test::bytes("\0\1")).run());
        auto select = (*db)->prepare("SELECT url, title, body, id FROM pages");
        QCOMPARE(*select->step(), true);
        QCOMPARE(select->text(0), QStringLiteral("http://a/"));
        QCOMPARE(select->text(1), QStringLiteral("Привіт"));
        QCOMPARE(select->blob(2), pav::test::bytes("\0\1"));
        QCOMPARE(select->int64(3), 1);
        QCOMPARE(*select->step(), false);
    }

    void reopeningAppliesOnlyNewMigrations()
    {
        {
            auto db = Database::open(path(), std::span(Schema).first(1));
            QCOMPARE((*db)->schemaVersion(), 1);
            QVERIFY((*db)->exec("INSERT INTO pages(url) VALUES('http://kept/')"));
        }
        auto db = Database::open(path(), Schema);
        QVERIFY(db.hasValue());
        QCOMPARE((*db)->schemaVersion(), 2);
        QCOMPARE(countPages(**db), 1); // data survives the upgrade
    }

    void refusesAFileFromANewerVersion()
    {
        (void)Database::open(path(), Schema);
        auto db = Database::open(path(), std::span(Schema).first(1));
        QVERIFY(!db);
        QVERIFY2(db.error().message.contains(QLatin1String("newer version")), qPrintable(db.error().message));
    }

    void refusesFilesThatAreNotOurs()
    {
        QFile text(path());
        QVERIFY(text.open(QIODevice::WriteOnly));
        text.write(QByteArray("this is a spreadsheet, not a crawl\n").repeated(200));
        text.close();
        auto db = Database::open(path(), Schema);
        QVERIFY(!db);
        QVERIFY2(db.error().message.contains(QLatin1String("not a Pavutyna crawl file")), qPrintable(db.error().message));

        const QString other = m_dir.filePath(QStringLiteral("other.sqlite"));
        {
            auto foreign = Database::open(other, {});
            QVERIFY((*foreign)->exec("CREATE TABLE somebody_else(x)"));
        }
        auto refused = Database::open(other, Schema);
        QVERIFY(!refused);
        QVERIFY(refused.error().message.contains(QLatin1String("not a Pavutyna crawl file")));
    }

    void readOnlyModeRefusesWrites()
    {
        (void)Database::open(path(), Schema);
        auto db = Database::open(path(), Schema, Database::Mode::ReadOnly);
        QVERIFY(db.hasValue());
        auto write = (*db)->exec("INSERT INTO pages(url) VALUES('x')");
        QVERIFY(!write);
        QVERIFY2(write.error().message.contains(QLatin1String("read-only")), qPrintable(write.error().message));
    }

    void fullDiskGivesAClearErrorAndKeepsTheFileConsistent()
    {
        auto opened = Database::open(path(), Schema);
        Database& db = **opened;
        QVERIFY(db.exec("INSERT INTO pages(url) VALUES('http://before/')"));
        // A ceiling on the file's size is a disk that fills up, without filling a real disk.
        QVERIFY(db.exec("PRAGMA max_page_count=40"));
        {
            auto transaction = Transaction::begin(db);
            QVERIFY(transaction.hasValue());
            auto insert = db.prepare("INSERT INTO pages(url, body) VALUES(?, ?)");
            Result<void> failure;
            for (int i = 0; i < 1000 && failure; ++i)
                failure = insert->bind(1, QStringLiteral("http://x/%1").arg(i)).bind(2, QByteArray(8192, 'b')).run();
            QVERIFY(!failure);
            QVERIFY2(failure.error().message.contains(QLatin1String("disk is full")), qPrintable(failure.error().message));
        } // dropped uncommitted: rolled back
        QCOMPARE(countPages(db), 1);
        auto check = db.prepare("PRAGMA integrity_check");
        QVERIFY(*check->step());
        QCOMPARE(check->text(0), QStringLiteral("ok"));
    }

    void transactionCommitsOrRollsBack()
    {
        auto opened = Database::open(path(), Schema);
        Database& db = **opened;
        {
            auto transaction = Transaction::begin(db);
            QVERIFY(db.exec("INSERT INTO pages(url) VALUES('http://rolled-back/')"));
        }
        QCOMPARE(countPages(db), 0);
        {
            auto transaction = Transaction::begin(db);
            QVERIFY(db.exec("INSERT INTO pages(url) VALUES('http://committed/')"));
            QVERIFY(transaction->commit());
        }
        QCOMPARE(countPages(db), 1);
    }

    void constraintViolationIsAnErrorNotACrash()
    {
        auto opened = Database::open(path(), Schema);
        QVERIFY((*opened)->exec("INSERT INTO pages(url) VALUES('http://same/')"));
        auto again = (*opened)->exec("INSERT INTO pages(url) VALUES('http://same/')");
        QVERIFY(!again);
        QVERIFY(!(*opened)->prepare("SELECT * FROM no_such_table"));
    }

private:
    QString path() const { return m_dir.filePath(QString::fromLatin1(QTest::currentTestFunction()) + QStringLiteral(".pavutyna")); }
    QTemporaryDir m_dir;
};

QObject* makeTestDatabase()
{
    return new TestDatabase;
}

#include "TestDatabase.moc"
