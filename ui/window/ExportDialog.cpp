// SPDX-FileCopyrightText: 2026 Pavutyna contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/window/ExportDialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QRadioButton>
#include <QVBoxLayout>

namespace pav::ui {

ExportDialog::ExportDialog(const QString& currentView, QWidget* parent)
    : QDialog(parent)
    , m_currentView(currentView)
{
    auto* layout = new QVBoxLayout(this);
    auto* what = new QGroupBox(this);
    what->setObjectName(QStringLiteral("whatGroup"));
    auto* whatLayout = new QVBoxLayout(what);
    m_current = new QRadioButton(what);
    m_pages = new QRadioButton(what);
    m_links = new QRadioButton(what);
    m_current->setChecked(true);
    for (QRadioButton* button : {m_current, m_pages, m_links})
        whatLayout->addWidget(button);
    layout->addWidget(what);

    auto* form = new QFormLayout;
    m_format = new QComboBox(this);
    m_format->addItems({QString(), QString()});
    m_bom = new QCheckBox(this);
    m_formulas = new QCheckBox(this);
    m_formulas->setChecked(true);
    form->addRow(QString(), m_format);
    form->addRow(m_bom);
    form->addRow(m_formulas);
    layout->addLayout(form);
    connect(m_format, &QComboBox::currentIndexChanged, this, [this](int index) {
        m_bom->setEnabled(index == 0);
        m_formulas->setEnabled(index == 0);
    });

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    retranslateUi();
}

ExportChoice ExportDialog::choice() const
{
    ExportChoice choice;
    choice.scope = m_current->isChecked() ? ExportChoice::Scope::CurrentView
        : m_pages->isChecked()            ? ExportChoice::Scope::AllPages
                                          : ExportChoice::Scope::AllLinks;
    choice.jsonl = m_format->currentIndex() == 1;
    choice.utf8Bom = !choice.jsonl && m_bom->isChecked();
    choice.neutraliseFormulas = choice.jsonl || m_formulas->isChecked();
    return choice;
}

void ExportDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void ExportDialog::retranslateUi()
{
    setWindowTitle(tr("Export"));
    findChild<QGroupBox*>(QStringLiteral("whatGroup"))->setTitle(tr("What to export"));
    m_current->setText(tr("The current view: %1").arg(m_currentView));
    m_pages->setText(tr("All pages"));
    m_links->setText(tr("All links"));
    m_format->setItemText(0, tr("CSV (spreadsheets)"));
    m_format->setItemText(1, tr("JSON Lines (scripts)"));
    if (auto* form = findChild<QFormLayout*>(); form && form->labelForField(m_format))
        static_cast<QLabel*>(form->labelForField(m_format))->setText(tr("Format:"));
    m_bom->setText(tr("Start with a UTF-8 BOM (for Microsoft Excel)"));
    m_formulas->setText(tr("Neutralise cells a spreadsheet would run as formulas"));
}

} // namespace pav::ui
