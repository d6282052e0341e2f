// SPDX-FileCopyrightText: 2026 Pavutyna contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/settings/ScopePage.h"

#include <QCheckBox>
#include <QVBoxLayout>

namespace pav::ui {

ScopePage::ScopePage(QWidget* parent)
    : SettingsPage(parent)
{
    auto* layout = new QVBoxLayout(this);
    m_subdomains = makeCheckBox("subdomains");
    m_external = makeCheckBox("external");
    m_htmlOnly = makeCheckBox("htmlOnly");
    layout->addWidget(m_subdomains);
    layout->addWidget(m_external);
    layout->addWidget(m_htmlOnly);
    layout->addStretch();
    retranslateUi();
}

QString ScopePage::title() const { return tr("Scope"); }

void ScopePage::load(const crawl::CrawlConfig& config)
{
    m_subdomains->setChecked(config.subdomains);
    m_external->setChecked(config.external);
    m_htmlOnly->setChecked(config.htmlOnly);
}

void ScopePage::store(crawl::CrawlConfig& config) const
{
    config.subdomains = m_subdomains->isChecked();
    config.external = m_external->isChecked();
    config.htmlOnly = m_htmlOnly->isChecked();
}

void ScopePage::retranslateUi()
{
    m_subdomains->setText(tr("Crawl &subdomains too"));
    m_subdomains->setToolTip(tr("Also crawl the subdomains of the start URLs' sites (command line: --subdomains)."));
    m_external->setText(tr("Check links to &other sites"));
    m_external->setToolTip(
        tr("Fetch links that leave the crawled sites to see whether they work, without following their links "
           "(command line: --external)."));
    m_htmlOnly->setText(tr("Follow only &a, area, frame and iframe links"));
    m_htmlOnly->setToolTip(tr("Do not fetch images, scripts, style sheets and other resources a page refers to "
                              "(command line: --html-only)."));
}

} // namespace pav::ui
