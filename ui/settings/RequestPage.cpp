// SPDX-FileCopyrightText: 2026 Pavutyna contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/settings/RequestPage.h"

#include <cmath>

#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>

namespace pav::ui {

RequestPage::RequestPage(QWidget* parent)
    : SettingsPage(parent)
{
    auto* form = makeForm(this);
    m_userAgent = new QLineEdit(this);
    m_userAgent->setObjectName(QStringLiteral("userAgent"));
    m_userAgent->setClearButtonEnabled(true);
    // The default is shown rather than filled in: an empty field keeps following the program's version.
    m_userAgent->setPlaceholderText(QString::fromUtf8(crawl::CrawlConfig {}.effectiveUserAgent()));
    // Wide enough to show that default whole (plus the clear button), measured in the current font.
    m_userAgent->setMinimumWidth(m_userAgent->fontMetrics().horizontalAdvance(m_userAgent->placeholderText())
        + 3 * m_userAgent->sizeHint().height());
    connect(m_userAgent, &QLineEdit::textChanged, this, &SettingsPage::changed);
    // Seconds with millisecond precision, as --timeout reads them; the JSON form keeps milliseconds.
    m_timeout = makeDoubleSpinBox("timeoutMs", 0.001, 86'400, 3);
    m_retries = makeSpinBox("retries", 0, 100);
    // The agent gets a row of its own under its label: it is the one long field, and sharing a row with the
    // label column would make the dialog too wide in longer languages.
    m_userAgentLabel = new QLabel(this);
    m_userAgentLabel->setBuddy(m_userAgent);
    form->addRow(m_userAgentLabel);
    form->addRow(m_userAgent);
    m_timeoutLabel = addRow(form, m_timeout);
    m_retriesLabel = addRow(form, m_retries);
    retranslateUi();
}

QString RequestPage::title() const { return tr("Request"); }

void RequestPage::load(const crawl::CrawlConfig& config)
{
    m_userAgent->setText(config.userAgent);
    m_timeout->setValue(double(config.timeout.count()) / 1000.0);
    m_retries->setValue(config.retries);
}

void RequestPage::store(crawl::CrawlConfig& config) const
{
    config.userAgent = m_userAgent->text();
    config.timeout = std::chrono::milliseconds(std::llround(m_timeout->value() * 1000.0));
    config.retries = m_retries->value();
}

void RequestPage::retranslateUi()
{
    setHelp(m_userAgentLabel, m_userAgent, tr("&User agent:"),
        tr("Sent as the User-Agent header; robots.txt groups are matched by its name. Empty: the default "
           "shown in grey (command line: --user-agent)."));
    setHelp(m_timeoutLabel, m_timeout, tr("&Timeout:"),
        tr("Give up on a request after this many seconds (command line: --timeout)."));
    setHelp(m_retriesLabel, m_retries, tr("&Retries:"),
        tr("Retry timeouts, connection errors, 5xx and 429 responses this many times, waiting longer each time "
           "(command line: --retries)."));
    m_timeout->setSuffix(tr(" s", "seconds"));
}

} // namespace pav::ui
