// SPDX-FileCopyrightText: 2026 Pavutyna contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "extract/Rule.h"
#include "ui/settings/SettingsPage.h"

class QLabel;
class QPushButton;
class QTableView;

namespace pav::ui {

class RulesModel;
class SizeEdit;

// The extraction rules (a table, a row per rule: add, duplicate, remove, reorder) and whether pages' HTML is
// kept. Every edit compiles the rules as the crawl would (extract::RuleSet, the standard columns reserved):
// the first rule that fails is tinted and its message, with the column, becomes the page's problem, which
// keeps the dialog's OK disabled. "Test…" asks whoever listens (the main window's tester) to try the
// selected rule on a stored page; it is disabled until setTestingAvailable(true).
class ExtractionPage : public SettingsPage
{
    Q_OBJECT

public:
    explicit ExtractionPage(QWidget* parent = nullptr);

    QString title() const override;
    void load(const crawl::CrawlConfig& config) override;
    void store(crawl::CrawlConfig& config) const override;
    QStringList problems() const override;
    void retranslateUi() override;

    RulesModel* model() const { return m_model; }
    QTableView* table() const { return m_table; }
    // Which row the problem is about, -1 when the rules compile.
    int problemRow() const;
    void setTestingAvailable(bool available);

    void addRule();
    void duplicateRule();
    void removeRule();
    void moveRule(int step);

signals:
    void testRequested(const pav::extract::Rule& rule);

private:
    void check();
    void updateButtons();
    int currentRow() const;
    void selectRow(int row, int column = 0);
    QString unusedName(const QString& stem) const;

    RulesModel* m_model = nullptr;
    QTableView* m_table = nullptr;
    QLabel* m_intro = nullptr;
    QPushButton* m_add = nullptr;
    QPushButton* m_duplicate = nullptr;
    QPushButton* m_remove = nullptr;
    QPushButton* m_up = nullptr;
    QPushButton* m_down = nullptr;
    QPushButton* m_test = nullptr;
    QCheckBox* m_storeHtml = nullptr;
    SizeEdit* m_storeHtmlLimit = nullptr;
    QLabel* m_storeHtmlLimitLabel = nullptr;
    bool m_testingAvailable = false;
    QString m_problem;
};

} // namespace pav::ui
