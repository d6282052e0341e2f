// SPDX-FileCopyrightText: 2026 Pavutyna contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

class QWidget;

namespace pav::ui {

// Every question and message box the window shows goes through this, so GUI tests answer them instead of
// blocking on a modal dialog, and record what the user would have read.
class Prompter
{
public:
    virtual ~Prompter() = default;
    virtual void showError(QWidget* parent, const QString& title, const QString& message);
    virtual void showInformation(QWidget* parent, const QString& title, const QString& message);
    virtual bool askYesNo(QWidget* parent, const QString& title, const QString& question, const QString& yesText);
    enum class FileMode
    {
        Open,
        Save,
    };
    // An empty string: cancelled. `filters` as QFileDialog takes them ("CSV (*.csv)").
    virtual QString chooseFile(QWidget* parent, FileMode mode, const QString& title, const QString& directory,
                               const QStringList& filters, QString* chosenFilter = nullptr);
};

} // namespace pav::ui
