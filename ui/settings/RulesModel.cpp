// SPDX-FileCopyrightText: 2026 Pavutyna contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/settings/RulesModel.h"

#include <algorithm>

#include <QColor>
#include <QGuiApplication>
#include <QPalette>

namespace pav::ui {

using extract::Rule;
using extract::RuleKind;

namespace {
constexpr int KindCount = int(RuleKind::NotContains) + 1;
constexpr int TakeCount = int(extract::Take::Count) + 1;
constexpr int MatchesCount = int(extract::Matches::JsonArray) + 1;
} // namespace

void RulesModel::setRules(const QList<Rule>& rules)
{
    beginResetModel();
    m_rules = rules;
    m_problemRow = -1;
    m_problem.clear();
    endResetModel();
}

void RulesModel::insertRule(int row, const Rule& rule)
{
    row = std::clamp(row, 0, int(m_rules.size()));
    beginInsertRows({}, row, row);
    m_rules.insert(row, rule);
    endInsertRows();
}

void RulesModel::removeRule(int row)
{
    if (row < 0 || row >= m_rules.size())
        return;
    beginRemoveRows({}, row, row);
    m_rules.removeAt(row);
    endRemoveRows();
}

bool RulesModel::moveRule(int row, int step)
{
    const int target = row + step;
    if (row < 0 || row >= m_rules.size() || target < 0 || target >= m_rules.size() || step == 0)
        return false;
    // beginMoveRows wants the destination as "before this row" in the old numbering.
    beginMoveRows({}, row, row, {}, step > 0 ? target + 1 : target);
    m_rules.move(row, target);
    endMoveRows();
    return true;
}

void RulesModel::setProblem(int row, const QString& message)
{
    const int old = m_problemRow;
    m_problemRow = row;
    m_problem = message;
    for (int changed : {old, row}) {
        if (changed >= 0 && changed < m_rules.size())
            emit dataChanged(index(changed, 0), index(changed, ColumnCount - 1),
                             {Qt::BackgroundRole, Qt::ToolTipRole});
    }
}

QString RulesModel::kindLabel(RuleKind kind)
{
    switch (kind) {
    case RuleKind::Css:
        return tr("CSS selector");
    case RuleKind::XPath:
        return tr("XPath");
    case RuleKind::Regex:
        return tr("Regular expression");
    case RuleKind::JsonLd:
        return tr("JSON-LD path");
    case RuleKind::Contains:
        return tr("Contains");
    case RuleKind::NotContains:
        return tr("Does not contain");
    }
    return {};
}

QString RulesModel::takeLabel(extract::Take take)
{
    switch (take) {
    case extract::Take::Text:
        return tr("Text");
    case extract::Take::InnerHtml:
        return tr("Inner HTML");
    case extract::Take::OuterHtml:
        return tr("Outer HTML");
    case extract::Take::Attribute:
        return tr("Attribute");
    case extract::Take::Count:
        return tr("Count");
    }
    return {};
}

QString RulesModel::matchesLabel(extract::Matches matches)
{
    switch (matches) {
    case extract::Matches::First:
        return tr("First");
    case extract::Matches::All:
        return tr("All, joined");
    case extract::Matches::JsonArray:
        return tr("All, as a JSON array");
    }
    return {};
}

int RulesModel::choiceCount(int column)
{
    return column == Kind ? KindCount : column == Take ? TakeCount : column == Matches ? MatchesCount : 0;
}

QString RulesModel::choiceLabel(int column, int value)
{
    if (column == Kind)
        return kindLabel(RuleKind(value));
    if (column == Take)
        return takeLabel(extract::Take(value));
    if (column == Matches)
        return matchesLabel(extract::Matches(value));
    return {};
}

int RulesModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rules.size());
}

int RulesModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

// Search rules use name, kind, text and their two options; the others everything but those options, the
// attribute only when they take one and the separator only when they join.
bool RulesModel::applies(const Rule& rule, int column) const
{
    switch (column) {
    case Name:
    case Kind:
    case Expression:
        return true;
    case SearchText:
    case IgnoreCase:
        return rule.isSearch();
    case Attribute:
        return !rule.isSearch() && rule.take == extract::Take::Attribute;
    case Separator:
        return !rule.isSearch() && rule.matches == extract::Matches::All;
    default:
        return !rule.isSearch();
    }
}

QVariant RulesModel::display(const Rule& rule, int column) const
{
    switch (column) {
    case Name:
        return rule.name;
    case Kind:
        return kindLabel(rule.kind);
    case Expression:
        return rule.expression;
    case Take:
        return takeLabel(rule.take);
    case Attribute:
        return rule.attribute;
    case Matches:
        return matchesLabel(rule.matches);
    case Separator:
        return rule.separator;
    case Filter:
        return rule.filter;
    default:
        return {};
    }
}

QVariant RulesModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_rules.size())
        return {};
    const Rule& rule = m_rules[index.row()];
    const int column = index.column();
    const bool isCheck = column == SearchText || column == IgnoreCase;
    switch (role) {
    case Qt::DisplayRole:
        return isCheck ? QVariant() : display(rule, column);
    case Qt::EditRole:
        if (column == Kind)
            return int(rule.kind);
        if (column == Take)
            return int(rule.take);
        if (column == Matches)
            return int(rule.matches);
        return isCheck ? QVariant() : display(rule, column);
    case Qt::CheckStateRole:
        if (!isCheck || !rule.isSearch())
            return {};
        return (column == SearchText ? rule.searchText : rule.ignoreCase) ? Qt::Checked : Qt::Unchecked;
    case Qt::BackgroundRole:
        if (index.row() == m_problemRow) {
            const QColor base = QGuiApplication::palette().color(QPalette::Base);
            return QColor::fromRgbF(float(base.redF() * 0.75 + 0.25), float(base.greenF() * 0.75),
                                    float(base.blueF() * 0.75));
        }
        return {};
    case Qt::ToolTipRole:
        return index.row() == m_problemRow ? QVariant(m_problem) : QVariant();
    default:
        return {};
    }
}

bool RulesModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (!index.isValid() || index.row() >= m_rules.size())
        return false;
    Rule& rule = m_rules[index.row()];
    const Rule before = rule;
    const int column = index.column();
    if (role == Qt::CheckStateRole) {
        const bool checked = value.toInt() == Qt::Checked;
        if (column == SearchText)
            rule.searchText = checked;
        else if (column == IgnoreCase)
            rule.ignoreCase = checked;
        else
            return false;
    } else if (role == Qt::EditRole) {
        const int choices = choiceCount(column);
        if (choices > 0) {
            bool ok = false;
            const int chosen = value.toInt(&ok);
            if (!ok || chosen < 0 || chosen >= choices)
                return false;
            if (column == Kind)
                rule.kind = RuleKind(chosen);
            else if (column == Take)
                rule.take = extract::Take(chosen);
            else
                rule.matches = extract::Matches(chosen);
        } else {
            const QString text = value.toString();
            switch (column) {
            case Name: rule.name = text; break;
            case Expression: rule.expression = text; break;
            case Attribute: rule.attribute = text; break;
            case Separator: rule.separator = text; break;
            case Filter: rule.filter = text; break;
            default: return false;
            }
        }
    } else {
        return false;
    }
    if (rule == before)
        return true;
    // A kind, take or matches changes which other cells apply: the whole row repaints.
    emit dataChanged(this->index(index.row(), 0), this->index(index.row(), ColumnCount - 1));
    return true;
}

Qt::ItemFlags RulesModel::flags(const QModelIndex& index) const
{
    if (!index.isValid() || index.row() >= m_rules.size())
        return Qt::NoItemFlags;
    const Rule& rule = m_rules[index.row()];
    if (!applies(rule, index.column()))
        return Qt::ItemIsSelectable; // shown greyed: this rule does not use the field
    Qt::ItemFlags flags = Qt::ItemIsSelectable | Qt::ItemIsEnabled;
    if (index.column() == SearchText || index.column() == IgnoreCase)
        return flags | Qt::ItemIsUserCheckable;
    return flags | Qt::ItemIsEditable;
}

QVariant RulesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Vertical && role == Qt::DisplayRole)
        return section + 1;
    if (orientation != Qt::Horizontal || (role != Qt::DisplayRole && role != Qt::ToolTipRole))
        return {};
    switch (section) {
    case Name:
        return role == Qt::DisplayRole ? tr("Name") : tr("The column's name in the tables and exports.");
    case Kind:
        return role == Qt::DisplayRole ? tr("Kind") : tr("What the expression is written in.");
    case Expression:
        return role == Qt::DisplayRole ? tr("Expression")
                                       : tr("The selector, path or pattern; for searches, the text to look for "
                                            "(re: at the start makes it a regular expression).");
    case Take:
        return role == Qt::DisplayRole ? tr("Take") : tr("What is taken from each matched element.");
    case Attribute:
        return role == Qt::DisplayRole ? tr("Attribute") : tr("The attribute taken when Take is Attribute.");
    case Matches:
        return role == Qt::DisplayRole ? tr("Matches") : tr("Which matches make the cell.");
    case Separator:
        return role == Qt::DisplayRole ? tr("Separator") : tr("What joins the values when all of them are taken.");
    case Filter:
        return role == Qt::DisplayRole ? tr("Filter")
                                       : tr("An optional regular expression applied to each value: its first "
                                            "capture group (or the whole match) is kept.");
    case SearchText:
        return role == Qt::DisplayRole ? tr("Search visible text")
                                       : tr("Search the text a reader sees instead of the HTML source.");
    case IgnoreCase:
        return role == Qt::DisplayRole ? tr("Ignore case") : tr("Match upper and lower case alike.");
    default:
        return {};
    }
}

void RulesModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_rules.isEmpty())
        emit dataChanged(index(0, 0), index(int(m_rules.size()) - 1, ColumnCount - 1), {Qt::DisplayRole});
}

} // namespace pav::ui
