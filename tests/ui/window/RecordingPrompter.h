// SPDX-FileCopyrightText: 2026 Pavutyna contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <memory>

#include <QStringList>

#include "ui/window/Prompter.h"

namespace pav::test {

// Answers the window's questions without a modal box and records every message a user would have read.
struct PromptLog
{
    QStringList errors;      // "title: message"
    QStringList questions;
    bool answer = true;      // what askYesNo() answers
    QString fileToChoose;    // what chooseFile() returns
};

class RecordingPrompter : public ui::Prompter
{
public:
    explicit RecordingPrompter(std::shared_ptr<PromptLog> log)
        : m_log(std::move(log))
    {
    }
    void showError(QWidget*, const QString& title, const QString& message) override
    {
        m_log->errors.append(title + QStringLiteral(": ") + message);
    }
    void showInformation(QWidget*, const QString&, const QString&) override {}
    bool askYesNo(QWidget*, const QString&, const QString& question, const QString&) override
    {
        m_log->questions.append(question);
        return m_log->answer;
    }
    QString chooseFile(QWidget*, FileMode, const QString&, const QString&, const QStringList&, QString*) override
    {
        return m_log->fileToChoose;
    }

private:
    std::shared_ptr<PromptLog> m_log;
};

} // namespace pav::test
