// SPDX-FileCopyrightText: 2026 Pavutyna contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/settings/SettingsPage.h"

class QDoubleSpinBox;
class QLabel;
class QSpinBox;

namespace pav::ui {

class SizeEdit;

// How far the crawl goes: depth, page count, body size and the guards against crawler traps.
class LimitsPage : public SettingsPage
{
    Q_OBJECT

public:
    explicit LimitsPage(QWidget* parent = nullptr);

    QString title() const override;
    void load(const crawl::CrawlConfig& config) override;
    void store(crawl::CrawlConfig& config) const override;
    void retranslateUi() override;

private:
    QSpinBox* m_maxDepth = nullptr;
    QDoubleSpinBox* m_maxPages = nullptr; // up to 2^40, beyond an int
    SizeEdit* m_maxSize = nullptr;
    QSpinBox* m_maxUrlLength = nullptr;
    QSpinBox* m_maxQueryVariants = nullptr;
    QSpinBox* m_maxRedirects = nullptr;
    QLabel* m_maxDepthLabel = nullptr;
    QLabel* m_maxPagesLabel = nullptr;
    QLabel* m_maxSizeLabel = nullptr;
    QLabel* m_maxUrlLengthLabel = nullptr;
    QLabel* m_maxQueryVariantsLabel = nullptr;
    QLabel* m_maxRedirectsLabel = nullptr;
};

} // namespace pav::ui
