// SPDX-FileCopyrightText: 2026 Pavutyna contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/settings/SettingsPage.h"

class QCheckBox;

namespace pav::ui {

// Which links the crawl follows: subdomains, links to other sites, link kinds.
class ScopePage : public SettingsPage
{
    Q_OBJECT

public:
    explicit ScopePage(QWidget* parent = nullptr);

    QString title() const override;
    void load(const crawl::CrawlConfig& config) override;
    void store(crawl::CrawlConfig& config) const override;
    void retranslateUi() override;

private:
    QCheckBox* m_subdomains = nullptr;
    QCheckBox* m_external = nullptr;
    QCheckBox* m_htmlOnly = nullptr;
};

} // namespace pav::ui
