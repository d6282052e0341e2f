// SPDX-FileCopyrightText: 2026 Pavutyna contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include "crawl/CrawlConfig.h"

class QSettings;

namespace pav::ui {

// Keeps the crawl settings between sessions. The value is the JSON of CrawlConfig::toJson, so QSettings holds
// exactly what an exported --config file holds and both go through the same checks when read back.
class SettingsStore
{
    Q_DECLARE_TR_FUNCTIONS(pav::ui::SettingsStore)

public:
    static constexpr const char* Key = "crawl/config";

    // Missing value: the defaults. Damaged value (not JSON, wrong types, out of range, bad regex): the defaults,
    // a warning in the log (pav.ui.settings) and, if asked for, a translated sentence in *warning.
    static crawl::CrawlConfig load(QSettings& settings, QString* warning = nullptr);
    static void save(QSettings& settings, const crawl::CrawlConfig& config);

    // The bytes of a --config file: CrawlConfig::toJson, indented.
    static QByteArray configFileBytes(const crawl::CrawlConfig& config);
};

} // namespace pav::ui
