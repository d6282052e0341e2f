// SPDX-FileCopyrightText: 2026 Pavutyna contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ShopPage.h"

const QByteArray Shop = R"(<!doctype html><html lang="uk"><head><title>Кобзар — Shop</title>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Product","name":"Кобзар",
 "offers":{"@type":"Offer","price":"150.00","priceCurrency":"UAH"},"sku":"KB-5"}</script>
<script type="application/ld+json">{"@type":"BreadcrumbList","itemListElement":[{"position":1,"name":"Books"}]}</script>
</head><body>
<div class="product" data-id="42">
  <h1 class="name">Кобзар <small>Т. Шевченко</small></h1>
  <p class="price">Ціна: 150.00 грн</p>
  <span class="sku">SKU: KB-5</span>
  <ul class="tags"><li>поезія</li><li>класика</li><li> </li></ul>
  <a class="more" href="/p/6">More</a><a class="more" href="/p/7?x=1&amp;y=2">Even more</a>
  <p class="stock">In stock</p>
  <!-- GTM-ABC123 -->
</div></body></html>)";
