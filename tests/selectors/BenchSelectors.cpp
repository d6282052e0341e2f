// SPDX-FileCopyrightText: 2026 Pavutyna contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Prints how long typical extraction selectors take on a realistic 40 KB product page. Run by hand on a
// Release build; the figures go into reviews, not into assertions.
#include <cstdio>

#include <QElapsedTimer>
#include <QStringList>

#include "html/HtmlDocument.h"
#include "selectors/SelectorList.h"

namespace {
QByteArray productPage()
{
    QByteArray html = R"(<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Shop</title>
<link rel="stylesheet" href="/s.css"><script src="/app.js"></script></head><body>
<header class="site-header"><nav><ul class="nav"><li><a href="/">Home</a></li><li><a href="/new">New</a></li>
<li><a href="/sale">Sale</a></li><li><a href="/about">About</a></li></ul></nav></header>
<main id="content"><h1 class="page-title">Catalogue</h1><section class="products">)";
    for (int i = 0; html.size() < 39 * 1024; ++i) {
        html += QByteArray(R"(<article class="product card" data-id=")") + QByteArray::number(i) + R"(">)";
        if (i % 7 == 0)
            html += R"(<span class="badge">New</span>)";
        html += R"(<div class="media"><img src="/img/)" + QByteArray::number(i) + R"(.jpg" alt="Item"></div>
<div class="body"><h2 class="title"><a href="/p/)"
            + QByteArray::number(i) + R"(">Product )" + QByteArray::number(i)
            + R"(</a></h2><div class="price"><span class="amount">)" + QByteArray::number(10 + i) + R"(.99</span>
<span class="currency">UAH</span></div><ul class="tags"><li>a</li><li>b</li></ul></div></article>
)";
    }
    html += R"(</section><nav class="pager"><a class="prev" href="?page=1">Prev</a>
<a class="next" href="?page=3">Next</a></nav></main><footer><p>&copy; Shop</p></footer></body></html>)";
    return html;
}
} // namespace

int main()
{
    const QByteArray html = productPage();
    const pav::html::HtmlDocument document(html);
    const QStringList selectors = {
        ".product .title a::text",
        "a.next::attr(href)",
        "div.price",
        "ul.nav > li:nth-child(2n+1) a",
        "article:has(> .badge) .price .amount::text",
    };
    constexpr int Iterations = 1000;
    std::printf("page: %lld bytes\n", static_cast<long long>(html.size()));
    double total = 0;
    for (const QString& text : selectors) {
        const auto list = pav::selectors::SelectorList::parse(text);
        if (!list) {
            std::printf("%s: %s\n", qPrintable(text), qPrintable(list.error().message));
            return 1;
        }
        qsizetype matches = 0;
        QElapsedTimer timer;
        timer.start();
        for (int i = 0; i < Iterations; ++i)
            matches = list->select(document.root()).size();
        const double micros = double(timer.nsecsElapsed()) / 1000.0 / Iterations;
        total += micros;
        std::printf("%-48s %5lld matches %9.1f us/select\n", qPrintable(text), static_cast<long long>(matches), micros);
    }
    std::printf("mean %.1f us/select\n", total / double(selectors.size()));
    return 0;
}
