// SPDX-FileCopyrightText: 2026 Pavutyna contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "CliSupport.h"

#include <QTemporaryDir>

#include "store/CrawlStore.h"

namespace pav::test {

QProcessEnvironment headlessEnvironment()
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const char* name : {"DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM", "XDG_SESSION_TYPE"})
        env.remove(QString::fromLatin1(name));
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    env.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
    env.insert(QStringLiteral("XDG_DATA_HOME"), testDataHome());
    return env;
}

QString testDataHome()
{
    static QTemporaryDir dir;
    return dir.path();
}

void startPavutyna(QProcess& process, const QStringList& arguments, const QProcessEnvironment& env)
{
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(PAV_BINARY), arguments);
}

Run runPavutyna(const QStringList& arguments, int timeoutMs)
{
    return runPavutyna(arguments, headlessEnvironment(), timeoutMs);
}

Run runPavutyna(const QStringList& arguments, const QProcessEnvironment& env, int timeoutMs)
{
    return runProgram(QStringLiteral(PAV_BINARY), arguments, env, timeoutMs);
}

Run runProgram(const QString& program, const QStringList& arguments, const QProcessEnvironment& env, int timeoutMs)
{
    QProcess process;
    process.setProcessEnvironment(env);
    process.start(program, arguments);
    process.closeWriteChannel();
    Run run;
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished();
        return run;
    }
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2;
    run.out = process.readAllStandardOutput();
    run.err = process.readAllStandardError();
    return run;
}

void buildSite(LocalHttpServer& server, int pages, std::chrono::milliseconds delay)
{
    server.route(QStringLiteral("/robots.txt"), Reply::text("User-agent: *\nDisallow: /private/\n"));
    for (int i = 0; i < pages; ++i) {
        QByteArray body = "<!doctype html><html lang=en><head><title>Page " + QByteArray::number(i)
            + "</title><meta name=description content=\"About page " + QByteArray::number(i) + "\"></head><body><h1>Page "
            + QByteArray::number(i) + "</h1>";
        for (int child : {2 * i + 1, 2 * i + 2, (i * 7 + 3) % pages, (i * 13 + 5) % pages, i / 2})
            if (child < pages)
                body += "<a href=\"/p/" + QByteArray::number(child) + "\">page " + QByteArray::number(child) + "</a> ";
        body += "<a href=\"/\">home</a> <a href=\"/p/" + QByteArray::number(i) + "#top\">self</a>";
        if (i % 10 == 0)
            body += "<a href=\"/private/" + QByteArray::number(i) + "\">secret</a> <a href=\"/old\">old</a>"
                    "<a href=\"/missing\">missing</a><img src=\"/logo.png\">";
        body += "<p>Some words about this page, in English and українською.</p></body></html>";
        Reply reply = Reply::html(body);
        if (delay.count() > 0)
            reply.delay(delay);
        server.route(QStringLiteral("/p/%1").arg(i), reply);
    }
    server.route(QStringLiteral("/"), Reply::html("<title>Home</title><a href=\"/p/0\">start</a>"));
    server.route(QStringLiteral("/old"), Reply::redirect("/p/1", 301));
    server.route(QStringLiteral("/logo.png"), Reply::bytes("image/png", QByteArray(64, 'x')));
}

QSet<QString> crawledUrls(const QString& crawlFile)
{
    QSet<QString> urls;
    auto store = store::CrawlStore::open(crawlFile);
    if (!store)
        return urls;
    auto rows = (*store)->database().prepare("SELECT url FROM urls JOIN pages ON pages.url_id = urls.id");
    if (!rows)
        return urls;
    while (true) {
        auto row = rows->step();
        if (!row || !*row)
            break;
        urls.insert(rows->text(0));
    }
    return urls;
}

QList<QByteArray> csvLines(const QByteArray& csv)
{
    QList<QByteArray> lines = csv.split('\n');
    for (QByteArray& line : lines)
        line = line.trimmed();
    lines.removeAll(QByteArray());
    return lines;
}

} // namespace pav::test
