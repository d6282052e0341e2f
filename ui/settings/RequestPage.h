// SPDX-FileCopyrightText: 2026 Pavutyna contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/settings/SettingsPage.h"

class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace pav::ui {

// What each request looks like: the user agent, the timeout and how often failures are retried.
class RequestPage : public SettingsPage
{
    Q_OBJECT

public:
    explicit RequestPage(QWidget* parent = nullptr);

    QString title() const override;
    void load(const crawl::CrawlConfig& config) override;
    void store(crawl::CrawlConfig& config) const override;
    void retranslateUi() override;

private:
    QLineEdit* m_userAgent = nullptr;
    QDoubleSpinBox* m_timeout = nullptr;
    QSpinBox* m_retries = nullptr;
    QLabel* m_userAgentLabel = nullptr;
    QLabel* m_timeoutLabel = nullptr;
    QLabel* m_retriesLabel = nullptr;
};

} // namespace pav::ui
