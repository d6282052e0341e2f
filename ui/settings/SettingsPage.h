// SPDX-FileCopyrightText: 2026 Pavutyna contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>
#include <QWidget>

#include "crawl/CrawlConfig.h"

class QCheckBox;
class QDoubleSpinBox;
class QFormLayout;
class QLabel;
class QSpinBox;

namespace pav::ui {

// One page of the settings dialog: shows some CrawlConfig fields and writes them back. A new group of options
// (extraction rules) is a new subclass handed to SettingsDialog::addPage(); the dialog does the rest.
// Owned by the dialog; GUI thread only.
class SettingsPage : public QWidget
{
    Q_OBJECT

public:
    using QWidget::QWidget;

    virtual QString title() const = 0; // translated, shown in the page list
    virtual void load(const crawl::CrawlConfig& config) = 0;
    virtual void store(crawl::CrawlConfig& config) const = 0;
    // Problems the page can pin to a place (a line of a list), translated. CrawlConfig::validate() runs after
    // these, so a page only adds precision, never its own rules.
    virtual QStringList problems() const { return {}; }
    virtual void retranslateUi() = 0;

signals:
    void changed();

protected:
    // A form row whose label and field share one tooltip, so hovering either shows the matching CLI option.
    QLabel* addRow(QFormLayout* form, QWidget* field);
    static void setHelp(QLabel* label, QWidget* field, const QString& text, const QString& tip);
    static QFormLayout* makeForm(QWidget* parent);
    // Fields are named after their CrawlConfig JSON key, so tests and the lead can find them with findChild().
    // Each emits changed() on every keystroke or click: validation follows the typing.
    QSpinBox* makeSpinBox(const char* key, int min, int max);
    QDoubleSpinBox* makeDoubleSpinBox(const char* key, double min, double max, int decimals);
    QCheckBox* makeCheckBox(const char* key);
};

} // namespace pav::ui
