// SPDX-FileCopyrightText: 2026 Pavutyna contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <QTest>

#include "crawl/PageLinks.h"

using namespace pav::crawl;
using pav::html::LinkKind;

class TestPageLinks : public QObject
{
    Q_OBJECT

private slots:
    void givesBackEachLinkAsAppended()
    {
        PageLinks links;
        QVERIFY(links.isEmpty());
        links.append("http://a.example/", "Головна", "", LinkKind::Anchor);
        links.append("", "", "", LinkKind::Image); // an href that did not resolve, with no text
        links.append("http://a.example/s.css", "", "stylesheet", LinkKind::Link);
        links.append("http://a.example/x", "x", "nofollow ugc", LinkKind::Area);
        QCOMPARE(links.size(), 4);

        QCOMPARE(links[0].url, QByteArrayView("http://a.example/"));
        QCOMPARE(QString::fromUtf8(links[0].anchor), QStringLiteral("Головна"));
        QVERIFY(links[0].rel.isEmpty());
        QCOMPARE(links[0].kind, LinkKind::Anchor);
        QVERIFY(links[1].url.isEmpty());
        QVERIFY(links[1].anchor.isEmpty());
        QCOMPARE(links[1].kind, LinkKind::Image);
        QCOMPARE(links[2].url, QByteArrayView("http://a.example/s.css"));
        QVERIFY(links[2].anchor.isEmpty());
        QCOMPARE(links[2].rel, QByteArrayView("stylesheet"));
        QCOMPARE(links[3].anchor, QByteArrayView("x"));
        QCOMPARE(links[3].rel, QByteArrayView("nofollow ugc"));
        QCOMPARE(links[3].kind, LinkKind::Area);
    }

    void outgrowsWhatWasReserved()
    {
        // Far past the reservation, so the buffer moves several times: the views are made on reading, so each
        // still points at its own text.
        PageLinks links;
        links.reserve(2, 16);
        for (int i = 0; i < 1000; ++i)
            links.append("http://a.example/" + QByteArray::number(i), "link " + QByteArray::number(i),
                         i % 3 == 0 ? "nofollow" : "", LinkKind(i % 9));
        QCOMPARE(links.size(), 1000);
        int i = 0;
        for (const PageLinks::Link link : links) {
            QCOMPARE(link.url, QByteArrayView("http://a.example/" + QByteArray::number(i)));
            QCOMPARE(link.anchor, QByteArrayView("link " + QByteArray::number(i)));
            QCOMPARE(link.rel, QByteArrayView(i % 3 == 0 ? "nofollow" : ""));
            QCOMPARE(link.kind, LinkKind(i % 9));
            ++i;
        }
        QCOMPARE(i, 1000);
    }
};

QObject* makeTestPageLinks()
{
    return new TestPageLinks;
}

#include "TestPageLinks.moc"
