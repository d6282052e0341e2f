// SPDX-FileCopyrightText: 2026 Pavutyna contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractTableModel>
#include <QList>
#include <QStringList>
#include <QStyledItemDelegate>
#include <QVariant>

class QAction;
class QTableView;

namespace pav::ui {

// One row of a details table: its texts and one value for the row as a whole (a link's URL, a timing bar).
struct TableRow
{
    QStringList cells;
    QVariant data; // DetailsTableModel::RowDataRole
};

// A read-only table of prepared texts: the details pane's tables hold a few thousand rows at most, set at once.
// A model rather than QTableWidget items, so a URL with thousands of links costs no item per cell.
class DetailsTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    static constexpr int RowDataRole = Qt::UserRole + 1;

    using QAbstractTableModel::QAbstractTableModel;

    void setHeaders(const QStringList& headers);
    void setRows(QList<TableRow> rows);
    const QList<TableRow>& rows() const { return m_rows; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    QStringList m_headers;
    QList<TableRow> m_rows;
};

// Paints a waterfall bar in the Timings table: RowDataRole holds a QPointF(start, end) as fractions of the
// column's width.
class TimingBarDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;
    void paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const override;
    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;
};

// A table view the details pane uses everywhere: whole rows selectable, Ctrl+C and a context menu copy the
// selected cells as tab-separated text. Returns the Copy action, whose text the caller retranslates.
QTableView* makeDetailsView(DetailsTableModel* model, QAction** copyAction);

// The selected cells of `view` as tab-separated lines, in row and column order.
QString selectedText(const QTableView* view);

} // namespace pav::ui
