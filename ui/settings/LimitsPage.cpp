// SPDX-FileCopyrightText: 2026 Pavutyna contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/settings/LimitsPage.h"

#include <cmath>

#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QLabel>
#include <QSpinBox>

#include "ui/settings/SizeEdit.h"

namespace pav::ui {

namespace {
constexpr qint64 MaxCount = qint64(1) << 40; // CrawlConfig::fromJson's limit for maxPages and maxSize
}

// The ranges are those CrawlConfig::fromJson accepts; the lowest value of depth and pages means "no limit", the
// way the JSON form spells it (-1 and 0).
LimitsPage::LimitsPage(QWidget* parent)
    : SettingsPage(parent)
{
    auto* form = makeForm(this);
    m_maxDepth = makeSpinBox("maxDepth", -1, 1'000'000);
    m_maxPages = makeDoubleSpinBox("maxPages", 0, double(MaxCount), 0);
    m_maxSize = new SizeEdit(MaxCount, this);
    m_maxSize->setObjectName(QStringLiteral("maxSize"));
    connect(m_maxSize, &SizeEdit::changed, this, &SettingsPage::changed);
    m_maxUrlLength = makeSpinBox("maxUrlLength", 64, 1'000'000);
    m_maxQueryVariants = makeSpinBox("maxQueryVariants", 1, 100'000'000);
    m_maxRedirects = makeSpinBox("maxRedirects", 0, 100);
    m_maxDepthLabel = addRow(form, m_maxDepth);
    m_maxPagesLabel = addRow(form, m_maxPages);
    m_maxSizeLabel = addRow(form, m_maxSize);
    m_maxUrlLengthLabel = addRow(form, m_maxUrlLength);
    m_maxQueryVariantsLabel = addRow(form, m_maxQueryVariants);
    m_maxRedirectsLabel = addRow(form, m_maxRedirects);
    retranslateUi();
}

QString LimitsPage::title() const { return tr("Limits"); }

void LimitsPage::load(const crawl::CrawlConfig& config)
{
    m_maxDepth->setValue(config.maxDepth);
    m_maxPages->setValue(double(config.maxPages));
    m_maxSize->setBytes(config.maxSize);
    m_maxUrlLength->setValue(config.maxUrlLength);
    m_maxQueryVariants->setValue(config.maxQueryVariants);
    m_maxRedirects->setValue(config.maxRedirects);
}

void LimitsPage::store(crawl::CrawlConfig& config) const
{
    config.maxDepth = m_maxDepth->value();
    config.maxPages = qint64(std::llround(m_maxPages->value()));
    config.maxSize = m_maxSize->bytes();
    config.maxUrlLength = m_maxUrlLength->value();
    config.maxQueryVariants = m_maxQueryVariants->value();
    config.maxRedirects = m_maxRedirects->value();
}

void LimitsPage::retranslateUi()
{
    setHelp(m_maxDepthLabel, m_maxDepth, tr("Maximum &depth:"),
        tr("Follow links at most this many steps from the start URLs (command line: -d, --max-depth)."));
    m_maxDepth->setSpecialValueText(tr("No limit"));
    setHelp(m_maxPagesLabel, m_maxPages, tr("Maximum &pages:"),
        tr("Fetch at most this many URLs (command line: -n, --max-pages)."));
    m_maxPages->setSpecialValueText(tr("No limit"));
    setHelp(m_maxSizeLabel, m_maxSize, tr("Maximum response &size:"),
        tr("Stop reading a response after this much decoded content; the page's row says so "
           "(command line: --max-size)."));
    setHelp(m_maxUrlLengthLabel, m_maxUrlLength, tr("Maximum &URL length:"),
        tr("Skip URLs longer than this many characters (config file key \"maxUrlLength\"; "
           "there is no command-line option)."));
    setHelp(m_maxQueryVariantsLabel, m_maxQueryVariants, tr("&Query strings per path:"),
        tr("Queue at most this many distinct query strings of one path, so calendars and filters cannot trap "
           "the crawl (config file key \"maxQueryVariants\"; there is no command-line option)."));
    setHelp(m_maxRedirectsLabel, m_maxRedirects, tr("Maximum &redirects:"),
        tr("Stop following a redirect chain after this many hops (config file key \"maxRedirects\"; "
           "there is no command-line option)."));
    m_maxSize->retranslateUi();
}

} // namespace pav::ui
