// SPDX-FileCopyrightText: 2026 Pavutyna contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/settings/SettingsPage.h"

class QLabel;
class QSpinBox;

namespace pav::ui {

// How hard the crawl pushes: requests in flight overall and per host, and the per-host delay.
class SpeedPage : public SettingsPage
{
    Q_OBJECT

public:
    explicit SpeedPage(QWidget* parent = nullptr);

    QString title() const override;
    void load(const crawl::CrawlConfig& config) override;
    void store(crawl::CrawlConfig& config) const override;
    void retranslateUi() override;

private:
    QSpinBox* m_concurrency = nullptr;
    QSpinBox* m_perHost = nullptr;
    QSpinBox* m_delay = nullptr;
    QLabel* m_concurrencyLabel = nullptr;
    QLabel* m_perHostLabel = nullptr;
    QLabel* m_delayLabel = nullptr;
};

} // namespace pav::ui
