// SPDX-FileCopyrightText: 2026 Pavutyna contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "crawl/CrawlConfig.h"

#include <cmath>

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSet>

#include "extract/RuleSet.h"

namespace pav::crawl {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(pav::crawl::CrawlConfig)
};

Error configError(const QString& message)
{
    return Error{ErrorKind::InvalidArgument, message};
}

QJsonArray toArray(const QStringList& list)
{
    return QJsonArray::fromStringList(list);
}

// One key of the JSON form: how to read it into the struct. Writing is done field by field in toJson().
class Reader
{
public:
    explicit Reader(const QJsonObject& json)
        : m_json(json)
    {
    }

    template <typename T>
    void integer(const char* key, T& field, qint64 min, qint64 max)
    {
        const QJsonValue value = take(key);
        if (value.isUndefined() || m_error)
            return;
        const double number = value.toDouble(-1e300);
        // Range first: converting a double outside qint64's range (1e300) to an integer is undefined behaviour.
        if (!value.isDouble() || number < double(min) || number > double(max) || number != std::trunc(number)) {
            fail(Tr::tr("Config key \"%1\" must be a whole number from %2 to %3.").arg(QLatin1String(key)).arg(min).arg(max));
            return;
        }
        field = T(qint64(number));
    }
    void millis(const char* key, std::chrono::milliseconds& field, qint64 min, qint64 max)
    {
        qint64 ms = field.count();
        integer(key, ms, min, max);
        field = std::chrono::milliseconds(ms);
    }
    void boolean(const char* key, bool& field)
    {
        const QJsonValue value = take(key);
        if (value.isUndefined() || m_error)
            return;
        if (!value.isBool())
            return fail(Tr::tr("Config key \"%1\" must be true or false.").arg(QLatin1String(key)));
        field = value.toBool();
    }
    void string(const char* key, QString& field)
    {
        const QJsonValue value = take(key);
        if (value.isUndefined() || m_error)
            return;
        if (!value.isString())
            return fail(Tr::tr("Config key \"%1\" must be a string.").arg(QLatin1String(key)));
        field = value.toString();
    }
    // The value as it is (or undefined), marked as known; the caller checks it.
    QJsonValue raw(const char* key) { return take(key); }
    void strings(const char* key, QStringList& field)
    {
        const QJsonValue value = take(key);
        if (value.isUndefined() || m_error)
            return;
        QStringList list;
        bool ok = value.isArray();
        for (const QJsonValue& item : value.toArray()) {
            ok = ok && item.isString();
            list.append(item.toString());
        }
        if (!ok)
            return fail(Tr::tr("Config key \"%1\" must be a list of strings.").arg(QLatin1String(key)));
        field = list;
    }

    Result<void> finish()
    {
        if (!m_error && !m_seen.isEmpty()) {
            for (auto it = m_json.begin(); it != m_json.end(); ++it) {
                if (!m_seen.contains(it.key()))
                    fail(Tr::tr("Unknown config key \"%1\".").arg(it.key()));
            }
        }
        if (m_error)
            return configError(m_message);
        return {};
    }

private:
    QJsonValue take(const char* key)
    {
        const QString name = QLatin1String(key);
        m_seen.insert(name);
        return m_json.value(name);
    }
    void fail(const QString& message)
    {
        if (!m_error) {
            m_error = true;
            m_message = message;
        }
    }

    const QJsonObject& m_json;
    QSet<QString> m_seen;
    bool m_error = false;
    QString m_message;
};
} // namespace

QJsonObject CrawlConfig::toJson() const
{
    return QJsonObject{
        {"seeds", toArray(seeds)},
        {"maxDepth", maxDepth},
        {"maxPages", double(maxPages)},
        {"concurrency", concurrency},
        {"perHost", perHost},
        {"delayMs", double(delay.count())},
        {"timeoutMs", double(timeout.count())},
        {"retries", retries},
        {"userAgent", userAgent},
        {"ignoreRobots", ignoreRobots},
        {"sitemaps", sitemaps},
        {"include", toArray(include)},
        {"exclude", toArray(exclude)},
        {"subdomains", subdomains},
        {"external", external},
        {"htmlOnly", htmlOnly},
        {"maxSize", double(maxSize)},
        {"maxUrlLength", maxUrlLength},
        {"maxQueryVariants", maxQueryVariants},
        {"maxRedirects", maxRedirects},
        {"extract", rulesJson()},
        {"storeHtml", storeHtml},
        {"storeHtmlLimit", double(storeHtmlLimit)},
    };
}

QJsonArray CrawlConfig::rulesJson() const
{
    QJsonArray array;
    for (const extract::Rule& rule : rules)
        array.append(rule.toJson());
    return array;
}

Result<CrawlConfig> CrawlConfig::fromJson(const QJsonObject& json, const CrawlConfig& defaults)
{
    CrawlConfig config = defaults;
    Reader read(json);
    read.strings("seeds", config.seeds);
    read.integer("maxDepth", config.maxDepth, -1, 1'000'000);
    read.integer("maxPages", config.maxPages, 0, qint64(1) << 40);
    read.integer("concurrency", config.concurrency, 1, 1000);
    read.integer("perHost", config.perHost, 1, 1000);
    read.millis("delayMs", config.delay, 0, 3'600'000);
    read.millis("timeoutMs", config.timeout, 1, 86'400'000);
    read.integer("retries", config.retries, 0, 100);
    read.string("userAgent", config.userAgent);
    read.boolean("ignoreRobots", config.ignoreRobots);
    read.boolean("sitemaps", config.sitemaps);
    read.strings("include", config.include);
    read.strings("exclude", config.exclude);
    read.boolean("subdomains", config.subdomains);
    read.boolean("external", config.external);
    read.boolean("htmlOnly", config.htmlOnly);
    read.integer("maxSize", config.maxSize, 1, qint64(1) << 40);
    read.integer("maxUrlLength", config.maxUrlLength, 64, 1'000'000);
    read.integer("maxQueryVariants", config.maxQueryVariants, 1, 100'000'000);
    read.integer("maxRedirects", config.maxRedirects, 0, 100);
    read.boolean("storeHtml", config.storeHtml);
    read.integer("storeHtmlLimit", config.storeHtmlLimit, 0, qint64(1) << 50);
    const QJsonValue rules = read.raw("extract");
    if (auto done = read.finish(); !done)
        return done.error();
    if (!rules.isUndefined()) {
        if (!rules.isArray())
            return configError(Tr::tr("Config key \"extract\" must be a list of rules."));
        config.rules.clear();
        for (const QJsonValue& item : rules.toArray()) {
            if (!item.isObject())
                return configError(Tr::tr("Each rule in config key \"extract\" must be a JSON object."));
            Result<extract::Rule> rule = extract::Rule::fromJson(item.toObject());
            if (!rule)
                return rule.error();
            config.rules.append(std::move(*rule));
        }
    }
    if (auto valid = config.validate(); !valid)
        return valid.error();
    return config;
}

Result<CrawlConfig> CrawlConfig::fromJsonBytes(const QByteArray& bytes, const CrawlConfig& defaults)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return configError(Tr::tr("The config is not valid JSON: %1 at byte %2.")
                               .arg(parseError.errorString())
                               .arg(parseError.offset));
    if (!document.isObject())
        return configError(Tr::tr("The config must be a JSON object."));
    return fromJson(document.object(), defaults);
}

Result<void> CrawlConfig::validate() const
{
    if (concurrency < 1 || concurrency > 1000)
        return configError(Tr::tr("Concurrency must be from 1 to 1000."));
    if (perHost < 1 || perHost > 1000)
        return configError(Tr::tr("The per-host limit must be from 1 to 1000."));
    if (maxDepth < -1)
        return configError(Tr::tr("The maximum depth cannot be negative."));
    if (maxPages < 0)
        return configError(Tr::tr("The page limit cannot be negative."));
    if (retries < 0 || retries > 100)
        return configError(Tr::tr("Retries must be from 0 to 100."));
    if (timeout.count() < 1)
        return configError(Tr::tr("The timeout must be positive."));
    if (maxSize < 1)
        return configError(Tr::tr("The maximum size must be at least 1 byte."));
    for (const QStringList* patterns : {&include, &exclude}) {
        for (const QString& pattern : *patterns) {
            const QRegularExpression re(pattern);
            if (!re.isValid())
                return configError(Tr::tr("Invalid regular expression \"%1\": %2 at position %3.")
                                       .arg(pattern, re.errorString())
                                       .arg(re.patternErrorOffset()));
        }
    }
    if (storeHtmlLimit < 0)
        return configError(Tr::tr("The stored HTML limit cannot be negative."));
    if (Result<extract::RuleSet> compiled = extract::RuleSet::compile(rules); !compiled)
        return configError(compiled.error().message);
    return {};
}

QByteArray CrawlConfig::effectiveUserAgent() const
{
    if (!userAgent.isEmpty())
        return userAgent.toUtf8();
    return QByteArrayLiteral("Pavutyna/" PAV_VERSION_STRING " (+https://github.com/pavutyna/pavutyna)");
}

QByteArray CrawlConfig::robotsToken() const
{
    // RFC 9309 §2.2.1: the product token is the name part of the user agent, before any "/" or space.
    const QByteArray agent = effectiveUserAgent().trimmed();
    qsizetype cut = agent.size();
    for (char separator : {'/', ' ', ';', '('}) {
        const qsizetype at = agent.indexOf(separator);
        if (at >= 0 && at < cut)
            cut = at;
    }
    return agent.left(cut).toLower();
}

} // namespace pav::crawl
