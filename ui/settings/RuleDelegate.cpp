// SPDX-FileCopyrightText: 2026 Pavutyna contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/settings/RuleDelegate.h"

#include <QComboBox>
#include <QLineEdit>

#include "ui/settings/RulesModel.h"

namespace pav::ui {

QWidget* RuleDelegate::createEditor(QWidget* parent, const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    const int choices = RulesModel::choiceCount(index.column());
    if (choices > 0) {
        auto* combo = new QComboBox(parent);
        for (int value = 0; value < choices; ++value)
            combo->addItem(RulesModel::choiceLabel(index.column(), value), value);
        // Written at once, not when the editor closes: the row's other cells and the validation follow.
        connect(combo, &QComboBox::activated, this, [this, combo] {
            emit const_cast<RuleDelegate*>(this)->commitData(combo);
        });
        return combo;
    }
    QWidget* editor = QStyledItemDelegate::createEditor(parent, option, index);
    if (auto* line = qobject_cast<QLineEdit*>(editor)) {
        connect(line, &QLineEdit::textEdited, this, [this, line] {
            emit const_cast<RuleDelegate*>(this)->commitData(line);
        });
    }
    return editor;
}

void RuleDelegate::setEditorData(QWidget* editor, const QModelIndex& index) const
{
    if (auto* combo = qobject_cast<QComboBox*>(editor)) {
        combo->setCurrentIndex(combo->findData(index.data(Qt::EditRole)));
        return;
    }
    // A commit from this very editor repaints the row, which calls here: the cursor must not jump to the end.
    if (auto* line = qobject_cast<QLineEdit*>(editor); line && line->text() == index.data(Qt::EditRole).toString())
        return;
    QStyledItemDelegate::setEditorData(editor, index);
}

void RuleDelegate::setModelData(QWidget* editor, QAbstractItemModel* model, const QModelIndex& index) const
{
    if (auto* combo = qobject_cast<QComboBox*>(editor)) {
        model->setData(index, combo->currentData(), Qt::EditRole);
        return;
    }
    QStyledItemDelegate::setModelData(editor, model, index);
}

} // namespace pav::ui
