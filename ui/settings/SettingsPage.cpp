// SPDX-FileCopyrightText: 2026 Pavutyna contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/settings/SettingsPage.h"

#include <QCheckBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QLabel>
#include <QSpinBox>

namespace pav::ui {

QLabel* SettingsPage::addRow(QFormLayout* form, QWidget* field)
{
    auto* label = new QLabel(this);
    label->setBuddy(field);
    form->addRow(label, field);
    return label;
}

void SettingsPage::setHelp(QLabel* label, QWidget* field, const QString& text, const QString& tip)
{
    label->setText(text);
    label->setToolTip(tip);
    field->setToolTip(tip);
}

QFormLayout* SettingsPage::makeForm(QWidget* parent)
{
    auto* form = new QFormLayout(parent);
    form->setFieldGrowthPolicy(QFormLayout::FieldsStayAtSizeHint);
    return form;
}

QSpinBox* SettingsPage::makeSpinBox(const char* key, int min, int max)
{
    auto* box = new QSpinBox(this);
    box->setObjectName(QLatin1String(key));
    box->setRange(min, max);
    connect(box, &QSpinBox::valueChanged, this, &SettingsPage::changed);
    return box;
}

QDoubleSpinBox* SettingsPage::makeDoubleSpinBox(const char* key, double min, double max, int decimals)
{
    auto* box = new QDoubleSpinBox(this);
    box->setObjectName(QLatin1String(key));
    box->setDecimals(decimals);
    box->setRange(min, max);
    connect(box, &QDoubleSpinBox::valueChanged, this, &SettingsPage::changed);
    return box;
}

QCheckBox* SettingsPage::makeCheckBox(const char* key)
{
    auto* box = new QCheckBox(this);
    box->setObjectName(QLatin1String(key));
    connect(box, &QCheckBox::toggled, this, &SettingsPage::changed);
    return box;
}

} // namespace pav::ui
