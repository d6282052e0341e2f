// SPDX-FileCopyrightText: 2026 Pavutyna contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QCheckBox;
class QComboBox;
class QRadioButton;

namespace pav::ui {

// What File ▸ Export writes; the file name is asked for afterwards.
struct ExportChoice
{
    enum class Scope
    {
        CurrentView, // the current tab with its filter and search: exactly the rows shown
        AllPages,
        AllLinks,
    };
    Scope scope = Scope::CurrentView;
    bool jsonl = false;
    bool utf8Bom = false;        // for Excel, which reads BOM-less CSV as the ANSI code page
    bool neutraliseFormulas = true;
};

class ExportDialog : public QDialog
{
    Q_OBJECT

public:
    // `currentView`: how the current tab and filter are described ("Page titles — Duplicate").
    ExportDialog(const QString& currentView, QWidget* parent = nullptr);
    ExportChoice choice() const;

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();

    QString m_currentView;
    QRadioButton* m_current = nullptr;
    QRadioButton* m_pages = nullptr;
    QRadioButton* m_links = nullptr;
    QComboBox* m_format = nullptr;
    QCheckBox* m_bom = nullptr;
    QCheckBox* m_formulas = nullptr;
};

} // namespace pav::ui
