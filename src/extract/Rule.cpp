// SPDX-FileCopyrightText: 2026 Pavutyna contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "extract/Rule.h"

#include <array>
#include <optional>
#include <utility>

#include <QCoreApplication>
#include <QStringList>

namespace pav::extract {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(pav::extract::Rule)
};

constexpr std::array<std::pair<RuleKind, const char*>, 6> KindNames{{
    {RuleKind::Css, "css"},
    {RuleKind::XPath, "xpath"},
    {RuleKind::Regex, "regex"},
    {RuleKind::JsonLd, "jsonld"},
    {RuleKind::Contains, "contains"},
    {RuleKind::NotContains, "not-contains"},
}};
constexpr std::array<std::pair<Take, const char*>, 5> TakeNames{{
    {Take::Text, "text"},
    {Take::InnerHtml, "inner-html"},
    {Take::OuterHtml, "outer-html"},
    {Take::Attribute, "attribute"},
    {Take::Count, "count"},
}};
constexpr std::array<std::pair<Matches, const char*>, 3> MatchesNames{{
    {Matches::First, "first"},
    {Matches::All, "all"},
    {Matches::JsonArray, "json"},
}};

template <typename Enum, std::size_t N>
QString nameIn(const std::array<std::pair<Enum, const char*>, N>& names, Enum value)
{
    for (const auto& [item, name] : names) {
        if (item == value)
            return QString::fromLatin1(name);
    }
    return {};
}

template <typename Enum, std::size_t N>
std::optional<Enum> valueIn(const std::array<std::pair<Enum, const char*>, N>& names, const QString& name)
{
    for (const auto& [item, itemName] : names) {
        if (name == QLatin1String(itemName))
            return item;
    }
    return std::nullopt;
}

template <typename Enum, std::size_t N>
QString choices(const std::array<std::pair<Enum, const char*>, N>& names)
{
    QStringList list;
    for (const auto& entry : names)
        list.append(QString::fromLatin1(entry.second));
    return list.join(QStringLiteral(", "));
}
} // namespace

QString kindName(RuleKind kind)
{
    return nameIn(KindNames, kind);
}

QString takeName(Take take)
{
    return nameIn(TakeNames, take);
}

QString matchesName(Matches matches)
{
    return nameIn(MatchesNames, matches);
}

QJsonObject Rule::toJson() const
{
    const Rule defaults;
    QJsonObject json{{"name", name}, {"kind", kindName(kind)}, {"expression", expression}};
    if (take != defaults.take)
        json.insert("take", takeName(take));
    if (!attribute.isEmpty())
        json.insert("attribute", attribute);
    if (matches != defaults.matches)
        json.insert("matches", matchesName(matches));
    if (separator != defaults.separator)
        json.insert("separator", separator);
    if (!filter.isEmpty())
        json.insert("filter", filter);
    if (searchText)
        json.insert("searchText", true);
    if (ignoreCase)
        json.insert("ignoreCase", true);
    return json;
}

Result<Rule> Rule::fromJson(const QJsonObject& json)
{
    Rule rule;
    const QString name = json.value("name").toString();
    const auto fail = [&name](const QString& reason) {
        return Error{ErrorKind::InvalidArgument,
                     name.isEmpty() ? Tr::tr("Extraction rule: %1").arg(reason)
                                    : Tr::tr("Extraction rule \"%1\": %2").arg(name, reason)};
    };
    static const QStringList known{"name", "kind", "expression", "take", "attribute", "matches",
                                   "separator", "filter", "searchText", "ignoreCase"};
    for (auto it = json.begin(); it != json.end(); ++it) {
        if (!known.contains(it.key()))
            return fail(Tr::tr("unknown key \"%1\"").arg(it.key()));
    }
    const auto text = [&](const char* key, QString& into) -> bool {
        const QJsonValue value = json.value(QLatin1String(key));
        if (value.isUndefined())
            return true;
        if (!value.isString())
            return false;
        into = value.toString();
        return true;
    };
    const auto flag = [&](const char* key, bool& into) -> bool {
        const QJsonValue value = json.value(QLatin1String(key));
        if (value.isUndefined())
            return true;
        if (!value.isBool())
            return false;
        into = value.toBool();
        return true;
    };
    for (const char* key : {"name", "expression", "attribute", "separator", "filter"}) {
        QString* target = key == QByteArrayView("name")         ? &rule.name
                          : key == QByteArrayView("expression") ? &rule.expression
                          : key == QByteArrayView("attribute")  ? &rule.attribute
                          : key == QByteArrayView("separator")  ? &rule.separator
                                                                : &rule.filter;
        if (!text(key, *target))
            return fail(Tr::tr("\"%1\" must be a string").arg(QLatin1String(key)));
    }
    for (const char* key : {"searchText", "ignoreCase"}) {
        if (!flag(key, key == QByteArrayView("searchText") ? rule.searchText : rule.ignoreCase))
            return fail(Tr::tr("\"%1\" must be true or false").arg(QLatin1String(key)));
    }
    QString word;
    if (!text("kind", word))
        return fail(Tr::tr("\"kind\" must be a string"));
    if (!word.isEmpty()) {
        auto kind = valueIn(KindNames, word);
        if (!kind)
            return fail(Tr::tr("unknown kind \"%1\" (one of %2)").arg(word, choices(KindNames)));
        rule.kind = *kind;
    }
    word.clear();
    if (!text("take", word))
        return fail(Tr::tr("\"take\" must be a string"));
    if (!word.isEmpty()) {
        auto take = valueIn(TakeNames, word);
        if (!take)
            return fail(Tr::tr("unknown take \"%1\" (one of %2)").arg(word, choices(TakeNames)));
        rule.take = *take;
    }
    word.clear();
    if (!text("matches", word))
        return fail(Tr::tr("\"matches\" must be a string"));
    if (!word.isEmpty()) {
        auto matches = valueIn(MatchesNames, word);
        if (!matches)
            return fail(Tr::tr("unknown matches \"%1\" (one of %2)").arg(word, choices(MatchesNames)));
        rule.matches = *matches;
    }
    if (!rule.attribute.isEmpty() && !json.contains("take"))
        rule.take = Take::Attribute;
    return rule;
}

} // namespace pav::extract
