// SPDX-FileCopyrightText: 2026 Pavutyna contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/settings/SettingsPage.h"

class QLabel;
class QPlainTextEdit;

namespace pav::ui {

// The include and exclude regular expressions, one per line. Each line is compiled as it is typed; a bad one
// is highlighted and named ("Exclude list, line 2: …") with Qt's reason and the position in the pattern.
class PatternsPage : public SettingsPage
{
    Q_OBJECT

public:
    explicit PatternsPage(QWidget* parent = nullptr);

    QString title() const override;
    void load(const crawl::CrawlConfig& config) override;
    void store(crawl::CrawlConfig& config) const override;
    QStringList problems() const override;
    void retranslateUi() override;

private:
    struct List
    {
        QPlainTextEdit* edit = nullptr;
        QLabel* label = nullptr;
        bool isInclude = false;
        QStringList problems;
    };
    void check(List& list);
    QString problemText(const List& list, int line, const QString& reason, qsizetype offset) const;

    List m_include;
    List m_exclude;
    QLabel* m_note = nullptr;
};

} // namespace pav::ui
