// SPDX-FileCopyrightText: 2026 Pavutyna contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/model/LazyTableModel.h"

#include <algorithm>

#include <QMetaObject>

#include "store/Database.h"

namespace pav::ui {

// Touched on the worker thread only. `listed` is a bitmap by key (keys are dense row ids: 125 KB a million),
// so appends never list a row twice, whether the last full query already saw it or an earlier append did.
struct LazyTableModel::WorkerState
{
    quint64 generation = 0;
    std::vector<bool> listed;

    bool markListed(qint64 key)
    {
        if (key < 0)
            return false;
        if (std::size_t(key) >= listed.size())
            listed.resize(std::max<std::size_t>(std::size_t(key) + 1, listed.size() * 3 / 2));
        if (listed[std::size_t(key)])
            return false;
        listed[std::size_t(key)] = true;
        return true;
    }
};

namespace {
constexpr int StaleCheckRows = 4096;
// Rows shown before the whole order is known: the first screens of a million-row table appear as soon as the
// query yields them (at once in crawl order; after SQLite's sort otherwise). A whole number of windows, so
// the windows read meanwhile stay valid.
constexpr std::size_t FirstRows = 8 * LazyTableModel::WindowRows;
constexpr int Attempts = 3; // an interrupt meant for the previous query can hit the next one
} // namespace

LazyTableModel::LazyTableModel(FilterKind kind, QList<Column> columns, QObject* parent)
    : CrawlTableModel(kind, std::move(columns), parent)
    , m_state(std::make_shared<WorkerState>())
{
}

int LazyTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_keys.size());
}

qint64 LazyTableModel::keyAt(int row) const
{
    return row >= 0 && std::size_t(row) < m_keys.size() ? m_keys[std::size_t(row)] : 0;
}

QVariant LazyTableModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.column() >= columnCount())
        return {};
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole && role != RawRole && role != Qt::TextAlignmentRole)
        return {};
    return display(index.column(), role == Qt::TextAlignmentRole ? QVariant() : rawAt(index.row(), index.column()),
                   role);
}

QVariant LazyTableModel::rawAt(int row, int column) const
{
    if (row < 0 || std::size_t(row) >= m_keys.size())
        return {};
    const QList<QVariantList>* rows = window(row / WindowRows);
    if (!rows)
        return {};
    const QVariantList& values = rows->at(row % WindowRows);
    return column < values.size() ? values[column] : QVariant();
}

const QList<QVariantList>* LazyTableModel::window(int index) const
{
    if (const QList<QVariantList>* cached = m_windows.object(index))
        return cached;
    if (!reader())
        return nullptr;
    auto rows = std::make_unique<QList<QVariantList>>();
    const std::size_t first = std::size_t(index) * WindowRows;
    const std::size_t last = std::min(m_keys.size(), first + WindowRows);
    rows->reserve(qsizetype(last - first));
    for (std::size_t row = first; row < last; ++row)
        rows->append(loadRow(m_keys[row]));
    QList<QVariantList>* raw = rows.release();
    m_windows.insert(index, raw);
    return raw;
}

void LazyTableModel::startQuery(quint64 generation)
{
    const QByteArray sql = keyQuery(currentWhere(), sortColumn(), sortOrder());
    auto latest = latestGeneration();
    auto state = m_state;
    worker().post([this, sql, generation, latest, state](store::Database* db, const QString& openError) {
        if (latest->load() != generation)
            return;
        QString error = openError;
        for (int attempt = 0; db && attempt < Attempts; ++attempt) {
            auto statement = db->prepare(sql.constData());
            if (!statement) {
                error = statement.error().message;
                continue;
            }
            auto keys = std::make_shared<std::vector<qint64>>();
            bool failed = false;
            while (true) {
                auto row = statement->step();
                if (!row) {
                    error = row.error().message;
                    failed = true;
                    break;
                }
                if (!*row)
                    break;
                keys->push_back(statement->int64(0));
                if (keys->size() == FirstRows) {
                    auto first = std::make_shared<std::vector<qint64>>(*keys);
                    QMetaObject::invokeMethod(this, [this, generation, first] { applyFirstKeys(generation, first); },
                                              Qt::QueuedConnection);
                }
                if (keys->size() % StaleCheckRows == 0 && latest->load() != generation)
                    return;
            }
            if (latest->load() != generation)
                return;
            if (failed)
                continue;
            state->generation = generation;
            state->listed.assign(state->listed.size(), false);
            for (qint64 key : *keys)
                state->markListed(key);
            QMetaObject::invokeMethod(this, [this, generation, keys] { applyKeys(generation, keys); },
                                      Qt::QueuedConnection);
            return;
        }
        QMetaObject::invokeMethod(this, [this, generation, error] { failQuery(generation, error); },
                                  Qt::QueuedConnection);
    });
}

void LazyTableModel::appendMatching(const QByteArray& sql)
{
    if (!reader())
        return;
    const quint64 generation = this->generation();
    auto state = m_state;
    worker().post([this, sql, generation, state](store::Database* db, const QString&) {
        // A later full query lists these rows anyway; one that has not run yet will too.
        if (!db || state->generation != generation)
            return;
        auto statement = db->prepare(sql.constData());
        if (!statement)
            return;
        std::vector<qint64> added;
        while (true) {
            auto row = statement->step();
            if (!row || !*row)
                break;
            if (state->markListed(statement->int64(0)))
                added.push_back(statement->int64(0));
        }
        if (!added.empty())
            QMetaObject::invokeMethod(this, [this, generation, added] { applyAppended(generation, added); },
                                      Qt::QueuedConnection);
    });
}

void LazyTableModel::applyFirstKeys(quint64 generation, std::shared_ptr<std::vector<qint64>> keys)
{
    if (!isCurrent(generation))
        return;
    beginResetModel();
    m_keys = std::move(*keys);
    m_windows.clear();
    m_firstKeysOf = generation;
    endResetModel();
    emitTotal();
}

void LazyTableModel::applyKeys(quint64 generation, std::shared_ptr<std::vector<qint64>> keys)
{
    if (!acceptResult(generation))
        return;
    if (m_firstKeysOf == generation && keys->size() >= m_keys.size()
        && std::equal(m_keys.begin(), m_keys.end(), keys->begin())) {
        // The rows on screen are the start of the full order: add the rest below them, keeping scroll and selection.
        const int first = int(m_keys.size());
        if (keys->size() > m_keys.size()) {
            beginInsertRows({}, first, int(keys->size()) - 1);
            m_keys = std::move(*keys);
            endInsertRows();
        }
    } else {
        beginResetModel();
        m_keys = std::move(*keys);
        m_windows.clear();
        endResetModel();
    }
    m_keys.shrink_to_fit();
    m_firstKeysOf = 0;
    emitTotal();
}

void LazyTableModel::applyAppended(quint64 generation, const std::vector<qint64>& keys)
{
    if (!isCurrent(generation) || isLoading())
        return;
    const int first = int(m_keys.size());
    // The last window may be partly cached: it must be read again to include the new rows.
    m_windows.remove(first / WindowRows);
    beginInsertRows({}, first, first + int(keys.size()) - 1);
    m_keys.insert(m_keys.end(), keys.begin(), keys.end());
    endInsertRows();
    emitTotal();
}

void LazyTableModel::clearRows()
{
    m_firstKeysOf = 0;
    m_keys.clear();
    m_windows.clear();
}

QByteArray LazyTableModel::idList(const QList<qint64>& ids)
{
    QByteArray list;
    for (qint64 id : ids) {
        if (!list.isEmpty())
            list += ',';
        list += QByteArray::number(id);
    }
    return list;
}

} // namespace pav::ui
