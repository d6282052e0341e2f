// SPDX-FileCopyrightText: 2026 Pavutyna contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/settings/RobotsPage.h"

#include <QCheckBox>
#include <QVBoxLayout>

namespace pav::ui {

RobotsPage::RobotsPage(QWidget* parent)
    : SettingsPage(parent)
{
    auto* layout = new QVBoxLayout(this);
    m_ignoreRobots = makeCheckBox("ignoreRobots");
    m_sitemaps = makeCheckBox("sitemaps");
    layout->addWidget(m_ignoreRobots);
    layout->addWidget(m_sitemaps);
    layout->addStretch();
    retranslateUi();
}

QString RobotsPage::title() const { return tr("Robots and sitemaps"); }

void RobotsPage::load(const crawl::CrawlConfig& config)
{
    m_ignoreRobots->setChecked(config.ignoreRobots);
    m_sitemaps->setChecked(config.sitemaps);
}

void RobotsPage::store(crawl::CrawlConfig& config) const
{
    config.ignoreRobots = m_ignoreRobots->isChecked();
    config.sitemaps = m_sitemaps->isChecked();
}

void RobotsPage::retranslateUi()
{
    m_ignoreRobots->setText(tr("&Ignore robots.txt, meta robots and nofollow"));
    m_ignoreRobots->setToolTip(
        tr("Crawl pages that robots.txt disallows, disregard robots meta tags and X-Robots-Tag headers, and follow "
           "links marked nofollow (command line: --ignore-robots)."));
    m_sitemaps->setText(tr("Read &sitemaps"));
    m_sitemaps->setToolTip(tr("Queue the URLs listed in the sitemaps that robots.txt names and in /sitemap.xml "
                              "(command line: --no-sitemaps turns this off)."));
}

} // namespace pav::ui
