// SPDX-FileCopyrightText: 2026 Pavutyna contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/settings/SettingsPage.h"

class QCheckBox;

namespace pav::ui {

// robots.txt, robots meta tags and sitemaps.
class RobotsPage : public SettingsPage
{
    Q_OBJECT

public:
    explicit RobotsPage(QWidget* parent = nullptr);

    QString title() const override;
    void load(const crawl::CrawlConfig& config) override;
    void store(crawl::CrawlConfig& config) const override;
    void retranslateUi() override;

private:
    QCheckBox* m_ignoreRobots = nullptr;
    QCheckBox* m_sitemaps = nullptr;
};

} // namespace pav::ui
