// SPDX-FileCopyrightText: 2026 Pavutyna contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/settings/SettingsStore.h"

#include <QJsonDocument>
#include <QLoggingCategory>
#include <QSettings>

namespace pav::ui {

namespace {
Q_LOGGING_CATEGORY(lcSettings, "pav.ui.settings")
}

crawl::CrawlConfig SettingsStore::load(QSettings& settings, QString* warning)
{
    const QVariant value = settings.value(QLatin1String(Key));
    if (!value.isValid())
        return {};
    // A hand-edited INI file turns an unquoted value with commas into a list; anything but text is damage.
    const int type = value.metaType().id();
    Result<crawl::CrawlConfig> loaded = Error { ErrorKind::InvalidArgument, tr("The value is not text.") };
    if (type == QMetaType::QString || type == QMetaType::QByteArray)
        loaded = crawl::CrawlConfig::fromJsonBytes(value.toString().toUtf8(), crawl::CrawlConfig {});
    if (loaded)
        return std::move(*loaded);
    const QString message = tr("The saved crawl settings in %1 cannot be used, so the defaults apply: %2")
                                .arg(settings.fileName(), loaded.error().message);
    qCWarning(lcSettings).noquote() << message;
    if (warning)
        *warning = message;
    return {};
}

void SettingsStore::save(QSettings& settings, const crawl::CrawlConfig& config)
{
    const QByteArray json = QJsonDocument(config.toJson()).toJson(QJsonDocument::Compact);
    settings.setValue(QLatin1String(Key), QString::fromUtf8(json));
}

QByteArray SettingsStore::configFileBytes(const crawl::CrawlConfig& config)
{
    return QJsonDocument(config.toJson()).toJson(QJsonDocument::Indented);
}

} // namespace pav::ui
