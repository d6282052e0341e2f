// SPDX-FileCopyrightText: 2026 Pavutyna contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "CatalogueSite.h"

#include "Reply.h"

namespace pav::test {

namespace {
struct Product
{
    QByteArray path;
    QByteArray name;     // markup allowed
    QByteArray price;    // the text of p.price; empty: no price element
    QByteArray sku;
    QByteArray tags;     // <li> items, '|'-separated; empty: no list
    QByteArray ldOffers; // the JSON-LD "offers" object, or empty
    QByteArray stock;
};

QByteArray productPage(const Product& p)
{
    QByteArray ld = R"({"@context":"https://schema.org","@type":"Product","sku":")" + p.sku + '"';
    if (!p.ldOffers.isEmpty())
        ld += R"(,"offers":)" + p.ldOffers;
    ld += '}';
    QByteArray body = "<!doctype html><html><head><title>Shop</title><script type=\"application/ld+json\">" + ld
        + "</script></head><body><div class=\"product\"><h1 class=\"name\">" + p.name + "</h1>";
    if (!p.price.isEmpty())
        body += "<p class=\"price\">" + p.price + "</p>";
    body += "<span class=\"sku\">SKU: " + p.sku + "</span>";
    if (!p.tags.isEmpty()) {
        body += "<ul class=\"tags\">";
        for (const QByteArray& tag : p.tags.split('|'))
            body += "<li>" + tag + "</li>";
        body += "</ul>";
    }
    return body + "<p class=\"stock\">" + p.stock + "</p><a href=\"/\">Home</a></div></body></html>";
}

} // namespace

void buildCatalogue(LocalHttpServer& server)
{
    server.route("/robots.txt", Reply::text("User-agent: *\nAllow: /\n"));
    server.route("/", Reply::html("<!doctype html><title>Shop</title><a href=\"/c/phones\">Phones</a> "
                                  "<a href=\"/c/books\">Books</a>"));
    server.route("/c/phones", Reply::html("<!doctype html><title>Phones</title><h1>Phones</h1>"
                                          "<a href=\"/p/1\">1</a><a href=\"/p/2\">2</a><a href=\"/p/3\">3</a>"));
    server.route("/c/books", Reply::html("<!doctype html><title>Books</title><h1>Books</h1>"
                                         "<a href=\"/p/4\">4</a><a href=\"/p/5\">5</a>"));
    const Product products[] = {
        {"/p/1", "Phone One", "1299.00 UAH", "PH-1", "new|sale", R"({"price":"1299.00","priceCurrency":"UAH"})",
         "In stock"},
        {"/p/2", "Phone &amp; Case", "Price: 49.50", "PH-2", "case", R"({"price":49.5})", "In stock"},
        {"/p/3", "Phone Three", "", "PH-3", "", "", "Out of stock"},
        {"/p/4", "Book <b>Four</b>", "12.00", "BK-4", "", R"([{"price":"12.00"},{"price":"10.00"}])", "In stock"},
    };
    for (const Product& product : products)
        server.route(QString::fromLatin1(product.path), Reply::html(productPage(product)));
    // «Кобзар», «150.00 грн», «поезія|класика», «В наявності» in windows-1251.
    const QByteArray kobzar = "\xCA\xEE\xE1\xE7\xE0\xF0";
    const Product cyrillic{"/p/5", kobzar, "150.00 \xE3\xF0\xED", "KB-5",
                           "\xEF\xEE\xE5\xE7\xB3\xFF|\xEA\xEB\xE0\xF1\xE8\xEA\xE0", R"({"price":"150.00"})",
                           "\xC2 \xED\xE0\xFF\xE2\xED\xEE\xF1\xF2\xB3"};
    server.route("/p/5", Reply::bytes("text/html; charset=windows-1251", productPage(cyrillic)));
}

const QStringList CatalogueRules{
    "--extract", "name=css:.product h1.name::text",
    "--extract", R"(price[filter=([\d.]+)]=css:p.price)",
    "--extract", R"(sku[filter=SKU: (\S+)]=css:.sku)",
    "--extract", "tags[all,sep=|]=css:ul.tags li",
    "--extract", "ld_price[all]=jsonld:$.offers..price",
    "--extract", "heading=xpath://h1",
    "--contains", "instock=In stock",
    "--not-contains", "noprice=class=\"price\"",
};


} // namespace pav::test
