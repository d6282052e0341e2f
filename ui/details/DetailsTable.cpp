// SPDX-FileCopyrightText: 2026 Pavutyna contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/details/DetailsTable.h"

#include <algorithm>

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QPainter>
#include <QTableView>

namespace pav::ui {

void DetailsTableModel::setHeaders(const QStringList& headers)
{
    if (headers.size() == m_headers.size()) {
        m_headers = headers;
        if (!headers.isEmpty())
            emit headerDataChanged(Qt::Horizontal, 0, int(headers.size()) - 1);
        return;
    }
    beginResetModel();
    m_headers = headers;
    endResetModel();
}

void DetailsTableModel::setRows(QList<TableRow> rows)
{
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
}

int DetailsTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int DetailsTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_headers.size());
}

QVariant DetailsTableModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const TableRow& row = m_rows[index.row()];
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        return row.cells.value(index.column());
    case RowDataRole:
        return row.data;
    default:
        return {};
    }
}

QVariant DetailsTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::DisplayRole)
        return m_headers.value(section);
    return QAbstractTableModel::headerData(section, orientation, role);
}

void TimingBarDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    QStyledItemDelegate::paint(painter, option, QModelIndex()); // background and selection only
    const QPointF span = index.data(DetailsTableModel::RowDataRole).toPointF();
    const QRectF area = QRectF(option.rect).adjusted(4, option.rect.height() * 0.25, -4, -option.rect.height() * 0.25);
    if (area.width() <= 0 || span.y() <= span.x())
        return;
    const qreal left = area.left() + area.width() * std::clamp<qreal>(span.x(), 0, 1);
    const qreal right = area.left() + area.width() * std::clamp<qreal>(span.y(), 0, 1);
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    const QColor colour = option.palette.color(QPalette::Highlight);
    painter->fillRect(QRectF(left, area.top(), std::max<qreal>(right - left, 1.5), area.height()), colour);
    painter->restore();
}

QSize TimingBarDelegate::sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    size.setWidth(std::max(size.width(), option.fontMetrics.horizontalAdvance(QLatin1Char('x')) * 30));
    return size;
}

QString selectedText(const QTableView* view)
{
    QModelIndexList indexes = view->selectionModel() ? view->selectionModel()->selectedIndexes() : QModelIndexList();
    std::sort(indexes.begin(), indexes.end(), [](const QModelIndex& a, const QModelIndex& b) {
        return a.row() != b.row() ? a.row() < b.row() : a.column() < b.column();
    });
    QString text;
    int row = -1;
    for (const QModelIndex& index : std::as_const(indexes)) {
        if (row != -1)
            text += index.row() == row ? QLatin1Char('\t') : QLatin1Char('\n');
        row = index.row();
        text += index.data(Qt::DisplayRole).toString();
    }
    return text;
}

QTableView* makeDetailsView(DetailsTableModel* model, QAction** copyAction)
{
    auto* view = new QTableView;
    view->setModel(model);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setWordWrap(false);
    view->setTextElideMode(Qt::ElideMiddle); // URLs differ at their ends
    view->verticalHeader()->hide();
    view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    // One line of text per row: the style's default leaves room for editors this table never opens.
    view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().height() + 6);
    view->horizontalHeader()->setStretchLastSection(true);
    view->horizontalHeader()->setHighlightSections(false);
    auto* copy = new QAction(view);
    copy->setShortcut(QKeySequence::Copy);
    copy->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    QObject::connect(copy, &QAction::triggered, view, [view] {
        const QString text = selectedText(view);
        if (!text.isEmpty())
            QApplication::clipboard()->setText(text);
    });
    view->addAction(copy);
    view->setContextMenuPolicy(Qt::ActionsContextMenu);
    if (copyAction)
        *copyAction = copy;
    return view;
}

} // namespace pav::ui
