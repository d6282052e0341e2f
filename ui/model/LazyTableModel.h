// SPDX-FileCopyrightText: 2026 Pavutyna contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <memory>
#include <vector>

#include <QCache>
#include <QVariantList>

#include "ui/model/CrawlTableModel.h"

namespace pav::ui {

// A table over any number of crawl-file rows that holds only their keys (url ids, link rowids) in the current
// order: 8 bytes a row, computed by one SQL query on the worker thread. Cell values are read on demand on the
// GUI thread, WindowRows rows at a time by key, and kept in an LRU cache of MaxWindows windows.
class LazyTableModel : public CrawlTableModel
{
    Q_OBJECT

public:
    static constexpr int WindowRows = 128;
    static constexpr int MaxWindows = 48;

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    qint64 keyAt(int row) const;
    // A cell's raw value, reading its window when it is not cached.
    QVariant rawAt(int row, int column) const;

protected:
    LazyTableModel(FilterKind kind, QList<Column> columns, QObject* parent);

    // SQL returning the keys for `where` in the order of (column, order); column -1 is the natural order.
    virtual QByteArray keyQuery(const QByteArray& where, int column, Qt::SortOrder order) const = 0;
    // One row's values by key, on the GUI thread's connection: at least columnCount() values, then any hidden
    // ones the subclass reads back with rawAt(row, columnCount() + i). Empty when the row has gone.
    virtual QVariantList loadRow(qint64 key) const = 0;

    // Appends, at the end, those of `keys` that match the current filter and search and are not yet listed:
    // `sql` selects the matching keys among them. Checked on the worker after any pending query.
    void appendMatching(const QByteArray& sql);
    // "1,2,3": URL ids for an `IN (…)` of the appendSaved() queries (integers, so nothing to escape).
    static QByteArray idList(const QList<qint64>& ids);

    void startQuery(quint64 generation) override;
    void clearRows() override;

private:
    struct WorkerState; // the worker's view: which keys the current generation lists
    void applyFirstKeys(quint64 generation, std::shared_ptr<std::vector<qint64>> keys);
    void applyKeys(quint64 generation, std::shared_ptr<std::vector<qint64>> keys);
    void applyAppended(quint64 generation, const std::vector<qint64>& keys);
    const QList<QVariantList>* window(int index) const;

    std::vector<qint64> m_keys;
    quint64 m_firstKeysOf = 0; // the generation whose first rows m_keys holds while the rest is read
    mutable QCache<int, QList<QVariantList>> m_windows{MaxWindows};
    std::shared_ptr<WorkerState> m_state;
};

} // namespace pav::ui
