// SPDX-FileCopyrightText: 2026 Pavutyna contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/window/Prompter.h"

#include <QFileDialog>
#include <QMessageBox>
#include <QPushButton>

namespace pav::ui {

void Prompter::showError(QWidget* parent, const QString& title, const QString& message)
{
    QMessageBox::critical(parent, title, message);
}

void Prompter::showInformation(QWidget* parent, const QString& title, const QString& message)
{
    QMessageBox::information(parent, title, message);
}

bool Prompter::askYesNo(QWidget* parent, const QString& title, const QString& question, const QString& yesText)
{
    QMessageBox box(QMessageBox::Question, title, question, QMessageBox::Cancel, parent);
    QPushButton* yes = box.addButton(yesText, QMessageBox::AcceptRole);
    box.setDefaultButton(yes);
    box.exec();
    return box.clickedButton() == yes;
}

QString Prompter::chooseFile(QWidget* parent, FileMode mode, const QString& title, const QString& directory,
                             const QStringList& filters, QString* chosenFilter)
{
    const QString joined = filters.join(QStringLiteral(";;"));
    return mode == FileMode::Open ? QFileDialog::getOpenFileName(parent, title, directory, joined, chosenFilter)
                                  : QFileDialog::getSaveFileName(parent, title, directory, joined, chosenFilter);
}

} // namespace pav::ui
