// SPDX-FileCopyrightText: 2026 Pavutyna contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/settings/SpeedPage.h"

#include <QFormLayout>
#include <QLabel>
#include <QSpinBox>

namespace pav::ui {

// The ranges are those CrawlConfig::fromJson accepts, so out-of-range values cannot be typed at all.
SpeedPage::SpeedPage(QWidget* parent)
    : SettingsPage(parent)
{
    auto* form = makeForm(this);
    m_concurrency = makeSpinBox("concurrency", 1, 1000);
    m_perHost = makeSpinBox("perHost", 1, 1000);
    m_delay = makeSpinBox("delayMs", 0, 3'600'000);
    m_delay->setSingleStep(100);
    m_concurrencyLabel = addRow(form, m_concurrency);
    m_perHostLabel = addRow(form, m_perHost);
    m_delayLabel = addRow(form, m_delay);
    retranslateUi();
}

QString SpeedPage::title() const { return tr("Speed"); }

void SpeedPage::load(const crawl::CrawlConfig& config)
{
    m_concurrency->setValue(config.concurrency);
    m_perHost->setValue(config.perHost);
    m_delay->setValue(int(config.delay.count()));
}

void SpeedPage::store(crawl::CrawlConfig& config) const
{
    config.concurrency = m_concurrency->value();
    config.perHost = m_perHost->value();
    config.delay = std::chrono::milliseconds(m_delay->value());
}

void SpeedPage::retranslateUi()
{
    setHelp(m_concurrencyLabel, m_concurrency, tr("&Parallel requests:"),
        tr("Fetch at most this many URLs at once, all hosts together (command line: -c, --concurrency)."));
    setHelp(m_perHostLabel, m_perHost, tr("Parallel requests per &host:"),
        tr("Fetch at most this many URLs of one host at once (command line: --per-host)."));
    setHelp(m_delayLabel, m_delay, tr("&Delay per host:"),
        tr("Wait at least this long between the starts of two requests to the same host (command line: --delay)."));
    m_delay->setSuffix(tr(" ms", "milliseconds"));
}

} // namespace pav::ui
