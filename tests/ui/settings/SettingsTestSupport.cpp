// SPDX-FileCopyrightText: 2026 Pavutyna contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "SettingsTestSupport.h"

#include <QJsonDocument>

using namespace std::chrono_literals;

namespace pav::test {

QList<extract::Rule> everyRuleField()
{
    using extract::Matches;
    using extract::RuleKind;
    using extract::Take;
    const auto rule = [](const char* name, RuleKind kind, const char* expression) {
        extract::Rule r;
        r.name = QString::fromUtf8(name);
        r.kind = kind;
        r.expression = QString::fromUtf8(expression);
        return r;
    };
    extract::Rule price = rule("price", RuleKind::Css, ".price");
    price.take = Take::Attribute;
    price.attribute = QStringLiteral("data-value");
    price.matches = Matches::All;
    price.separator = QStringLiteral(" | ");
    price.filter = QStringLiteral("(\\d+)");
    extract::Rule heading = rule("заголовок", RuleKind::XPath, "//h2/text()");
    heading.matches = Matches::JsonArray;
    extract::Rule inner = rule("inner", RuleKind::Css, "main");
    inner.take = Take::InnerHtml;
    extract::Rule outer = rule("outer", RuleKind::Css, "footer");
    outer.take = Take::OuterHtml;
    extract::Rule links = rule("links", RuleKind::Css, "a[href]");
    links.take = Take::Count;
    extract::Rule sku = rule("sku", RuleKind::Regex, "SKU: (\\w+)");
    extract::Rule brand = rule("brand", RuleKind::JsonLd, "$.brand.name");
    extract::Rule cart = rule("has_cart", RuleKind::Contains, "add to cart");
    cart.searchText = true;
    cart.ignoreCase = true;
    extract::Rule analytics = rule("no_analytics", RuleKind::NotContains, "re:gtag\\(");
    return {price, heading, inner, outer, links, sku, brand, cart, analytics};
}

crawl::CrawlConfig everythingChanged()
{
    crawl::CrawlConfig config;
    config.seeds = { QStringLiteral("https://example.com/"), QStringLiteral("http://127.0.0.1:8080/start") };
    config.maxDepth = 4;
    config.maxPages = 12345;
    config.concurrency = 7;
    config.perHost = 3;
    config.delay = 250ms;
    config.timeout = 12'345ms;
    config.retries = 5;
    config.userAgent = QStringLiteral("МійБот/1.0 (+http://x)");
    config.ignoreRobots = true;
    config.sitemaps = false;
    config.include = { QStringLiteral("/blog/"), QStringLiteral("\\.html$") };
    config.exclude = { QStringLiteral("[?&]sort="), QStringLiteral("/статті/ ") };
    config.subdomains = true;
    config.external = true;
    config.htmlOnly = true;
    config.maxSize = 3 * 1024 * 1024 + 512;
    config.maxUrlLength = 500;
    config.maxQueryVariants = 20;
    config.maxRedirects = 3;
    config.rules = everyRuleField();
    config.storeHtml = true;
    config.storeHtmlLimit = 300LL * 1024 * 1024;
    return config;
}

QString jsonOf(const crawl::CrawlConfig& config)
{
    return QString::fromUtf8(QJsonDocument(config.toJson()).toJson(QJsonDocument::Compact));
}

QString LongerTranslator::translate(const char*, const char* sourceText, const char*, int) const
{
    // Qt's own strings (the standard buttons) grow too, as they do in qtbase_uk. The padding comes in short
    // words, so word-wrapped labels can still wrap as real text would.
    QString text = QString::fromUtf8(sourceText);
    const int extra = int(text.size()) * 4 / 10;
    for (int added = 0; added < extra; added += 6)
        text += QStringLiteral(" мовою");
    return text;
}

QString TitleTranslator::translate(const char* context, const char* sourceText, const char*, int) const
{
    if (qstrcmp(context, "pav::ui::ScopePage") == 0 && qstrcmp(sourceText, "Scope") == 0)
        return QStringLiteral("Область сканування");
    if (qstrcmp(context, "pav::ui::SettingsDialog") == 0 && qstrcmp(sourceText, "&Export…") == 0)
        return QStringLiteral("&Експортувати…");
    return {};
}

} // namespace pav::test
