// SPDX-FileCopyrightText: 2026 Pavutyna contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractTableModel>
#include <QList>

#include "extract/Rule.h"

namespace pav::ui {

// The extraction rules of the settings, a row each and a column per field of extract::Rule, for the
// Extraction page's table. Kind, take and matches are edited as their enum values (Qt::EditRole) and shown
// translated; the two search options are check boxes that only search rules enable. One row can be marked as
// the one the current problem is about (tinted, with the message as its tooltip). GUI thread.
class RulesModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        Name,
        Kind,
        Expression,
        Take,
        Attribute,
        Matches,
        Separator,
        Filter,
        SearchText,
        IgnoreCase,
        ColumnCount
    };

    using QAbstractTableModel::QAbstractTableModel;

    const QList<extract::Rule>& rules() const { return m_rules; }
    void setRules(const QList<extract::Rule>& rules);
    void insertRule(int row, const extract::Rule& rule);
    void removeRule(int row);
    // Moves a rule one place up (-1) or down (+1); false at either end.
    bool moveRule(int row, int step);

    // The row the current problem is about (-1: none) and the problem, shown on it.
    void setProblem(int row, const QString& message);
    int problemRow() const { return m_problemRow; }

    // The translated words for the enum values, as the table and its editors show them.
    static QString kindLabel(extract::RuleKind kind);
    static QString takeLabel(extract::Take take);
    static QString matchesLabel(extract::Matches matches);
    static int choiceCount(int column); // how many values Kind, Take or Matches has; 0 for other columns
    static QString choiceLabel(int column, int value);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    // Repaints every header and cell in the current language.
    void retranslate();

private:
    QVariant display(const extract::Rule& rule, int column) const;
    bool applies(const extract::Rule& rule, int column) const;

    QList<extract::Rule> m_rules;
    int m_problemRow = -1;
    QString m_problem;
};

} // namespace pav::ui
