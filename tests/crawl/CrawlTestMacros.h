// SPDX-FileCopyrightText: 2026 Pavutyna contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>

// Shared by the Crawler test files: fail early when the crawl file could not be made, and when run() did not end
// the way the test expects (printing the error message when it failed).
#define REQUIRE_HARNESS(h) QVERIFY2((h).isReady(), qPrintable((h).errorString()))
#define REQUIRE_OUTCOME(result, expected)                                                                              \
    do {                                                                                                               \
        QVERIFY2((result).hasValue(), qPrintable((result) ? QString() : (result).error().message));                    \
        QCOMPARE(*(result), expected);                                                                                 \
    } while (false)

namespace pav::test {

// A small HTML page with one <a> per href, in order.
inline QByteArray anchors(const QList<QByteArray>& hrefs)
{
    QByteArray html = "<!doctype html><html><head><title>t</title></head><body>";
    for (const QByteArray& href : hrefs)
        html += "<a href=\"" + href + "\">" + href + "</a>\n";
    return html + "</body></html>";
}

} // namespace pav::test
