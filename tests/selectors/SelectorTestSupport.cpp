// SPDX-FileCopyrightText: 2026 Pavutyna contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "SelectorTestSupport.h"

#include <gumbo.h>

#include <QStringList>
#include <QTest>

#include "html/HtmlDocument.h"
#include "selectors/DomHelpers.h"
#include "selectors/SelectorList.h"

namespace pav::selectors::test {

QByteArray withDoctype(const QByteArray& html) { return html.startsWith("<!") ? html : "<!doctype html>" + html; }

QString describe(const html::Match& match)
{
    const GumboNode* node = match.node;
    if (match.attribute) {
        const auto* attribute = reinterpret_cast<const GumboAttribute*>(match.attribute);
        return QStringLiteral("@%1=%2").arg(QString::fromUtf8(attribute->name), QString::fromUtf8(attribute->value));
    }
    if (!node)
        return QStringLiteral("value:") + match.value;
    if (!dom::isElement(node))
        return QLatin1Char('\'') + QString::fromUtf8(node->v.text.text) + QLatin1Char('\'');
    QString word = QString::fromUtf8(dom::localName(node));
    if (const GumboAttribute* id = dom::findAttribute(node, "id", "id"))
        word += QLatin1Char('#') + QString::fromUtf8(id->value);
    return word;
}

QString describe(const QList<html::Match>& matches)
{
    QStringList words;
    for (const html::Match& match : matches)
        words.append(describe(match));
    return words.join(QLatin1Char(' '));
}

QString selectIn(const QByteArray& html, const QString& selector)
{
    const html::HtmlDocument document(withDoctype(html));
    const Result<SelectorList> list = SelectorList::parse(selector);
    if (!list)
        return QStringLiteral("error: ") + list.error().message;
    return describe(list->select(document.root()));
}

void addSelectColumns()
{
    QTest::addColumn<QByteArray>("html");
    QTest::addColumn<QString>("selector");
    QTest::addColumn<QString>("expected");
}

void addSelectRow(const char* group, const QByteArray& html, const QString& selector, const QString& expected)
{
    const QByteArray name = QByteArray(group) + ": " + selector.toUtf8();
    QTest::newRow(name.constData()) << html << selector << expected;
}

} // namespace pav::selectors::test
