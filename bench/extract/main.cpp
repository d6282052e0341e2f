// SPDX-FileCopyrightText: 2026 Pavutyna contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// pav_bench_extract SITE_DIR [--pages N] RULE...
// What each extraction rule costs per page, beside the Gumbo parse it shares: reads the first N pages of
// SITE_DIR/manifest.txt (bench/site/generate.py) into memory, then, single-threaded, times the parse alone and
// each rule alone on already-parsed pages (RULE as for --extract: NAME[options]=css:…, xpath:…, re:…, jsonld:…).
// Prints microseconds per page for each. For finding what to make faster; bench/crawl.sh measures the crawl.
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QStringList>

#include <cstdio>
#include <memory>
#include <vector>

#include "extract/Extractor.h"
#include "extract/RuleSet.h"
#include "extract/RuleSpec.h"
#include "html/HtmlDocument.h"
#include "xpath/Libxml2.h"

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    pav::xpath::initialiseLibxml2();
    QStringList args = app.arguments().mid(1);
    if (args.isEmpty()) {
        std::fprintf(stderr, "usage: pav_bench_extract SITE_DIR [--pages N] RULE...\n");
        return 2;
    }
    const QString site = args.takeFirst();
    int limit = 2000;
    if (args.size() >= 2 && args.first() == QLatin1String("--pages")) {
        limit = args.at(1).toInt();
        args = args.mid(2);
    }
    QFile manifest(site + QStringLiteral("/manifest.txt"));
    if (!manifest.open(QIODevice::ReadOnly)) {
        std::fprintf(stderr, "cannot read %s\n", qPrintable(manifest.fileName()));
        return 2;
    }
    std::vector<QByteArray> pages;
    while (!manifest.atEnd() && int(pages.size()) < limit) {
        QString path = QString::fromUtf8(manifest.readLine()).trimmed();
        if (path.isEmpty())
            continue;
        if (path.endsWith(u'/'))
            path += QStringLiteral("index.html");
        QFile page(site + QStringLiteral("/www") + path);
        if (page.open(QIODevice::ReadOnly))
            pages.push_back(page.readAll());
    }
    QElapsedTimer clock;
    clock.start();
    std::vector<std::unique_ptr<pav::html::HtmlDocument>> documents;
    for (const QByteArray& page : pages)
        documents.push_back(std::make_unique<pav::html::HtmlDocument>(page));
    const double parseUs = double(clock.nsecsElapsed()) / 1e3 / double(pages.size());
    std::printf("%zu pages; Gumbo parse %.0f us/page\n", pages.size(), parseUs);
    for (const QString& spec : args) {
        auto rule = pav::extract::parseRuleSpec(spec);
        if (!rule) {
            std::fprintf(stderr, "%s\n", qPrintable(rule.error().message));
            return 2;
        }
        auto rules = pav::extract::RuleSet::compile({*rule});
        if (!rules) {
            std::fprintf(stderr, "%s\n", qPrintable(rules.error().message));
            return 2;
        }
        qsizetype values = 0;
        clock.restart();
        for (std::size_t i = 0; i < pages.size(); ++i)
            values += pav::extract::extractPage(*rules, *documents[i], pages[i]).values.value(0).size();
        std::printf("%8.1f us/page  %6lld values  %s\n", double(clock.nsecsElapsed()) / 1e3 / double(pages.size()),
                    static_cast<long long>(values), qPrintable(spec));
    }
    return 0;
}
