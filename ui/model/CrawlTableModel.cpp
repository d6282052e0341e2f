// SPDX-FileCopyrightText: 2026 Pavutyna contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/model/CrawlTableModel.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QEvent>
#include <QLocale>

#include "store/Database.h"

namespace pav::ui {

CrawlTableModel::CrawlTableModel(FilterKind kind, QList<Column> columns, QObject* parent)
    : QAbstractTableModel(parent)
    , m_kind(kind)
    , m_columns(std::move(columns))
    , m_worker(std::make_unique<QueryThread>())
{
    for (const FilterTab& tab : FilterCatalogue::tabs()) {
        if (tab.kind == kind) {
            m_filterId = tab.filters.first().id;
            break;
        }
    }
    // Header labels follow a live language switch: the application object receives LanguageChange.
    if (QCoreApplication* app = QCoreApplication::instance())
        app->installEventFilter(this);
}

CrawlTableModel::~CrawlTableModel()
{
    // Joined here, before QObject's destructor: a job finishing now may still post its result to this object.
    m_worker.reset();
}

bool CrawlTableModel::setCrawlFile(const QString& path)
{
    beginResetModel();
    clearRows();
    m_reader.reset();
    m_path = path;
    endResetModel();
    emitTotal();
    if (path.isEmpty()) { // no file (a new crawl not started yet): an empty table, not an error
        m_lastError.clear();
        m_latest->store(++m_generation);
        setLoading(false);
        return true;
    }
    auto reader = openModelReader(path);
    if (reader) {
        if (auto prepared = prepareReader(**reader); !prepared)
            reader = prepared.error();
    }
    if (!reader) {
        m_lastError = reader.error().message;
        m_latest->store(++m_generation);
        setLoading(false);
        emit errorOccurred(m_lastError);
        return false;
    }
    m_reader = std::move(*reader);
    m_worker->open(path);
    restart();
    return true;
}

bool CrawlTableModel::setFilter(const QString& filterId)
{
    const Filter* filter = FilterCatalogue::filter(filterId);
    if (!filter || filter->kind != m_kind)
        return false;
    if (filterId != m_filterId) {
        m_filterId = filterId;
        restart();
    }
    return true;
}

void CrawlTableModel::setSearchText(const QString& text)
{
    if (text.trimmed() == m_searchText.trimmed()) {
        m_searchText = text;
        return;
    }
    m_searchText = text;
    restart();
}

void CrawlTableModel::sort(int column, Qt::SortOrder order)
{
    if (column >= m_columns.size())
        return;
    if (column == m_sortColumn && order == m_sortOrder)
        return;
    m_sortColumn = column;
    m_sortOrder = order;
    restart();
}

void CrawlTableModel::refresh()
{
    if (m_reader)
        (void)prepareReader(*m_reader); // picks up an index created since
    restart();
}

QByteArray CrawlTableModel::currentWhere() const
{
    const Filter* filter = FilterCatalogue::filter(m_filterId);
    return combinePredicates(filter ? filter->predicate : QByteArray("1"), searchPredicate(m_searchText, m_kind));
}

QString CrawlTableModel::sourceUrlAt(int) const
{
    return {};
}

int CrawlTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_columns.size());
}

QVariant CrawlTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= m_columns.size())
        return QAbstractTableModel::headerData(section, orientation, role);
    if ((role == Qt::DisplayRole || role == Qt::ToolTipRole) && !m_columns[section].name.isEmpty())
        return m_columns[section].name;
    if (role == Qt::DisplayRole || role == Qt::ToolTipRole)
        return QCoreApplication::translate("pav::ui::CrawlTableModel", m_columns[section].label);
    return {};
}

bool CrawlTableModel::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() == QEvent::LanguageChange && watched == QCoreApplication::instance() && !m_columns.isEmpty()) {
        emit headerDataChanged(Qt::Horizontal, 0, int(m_columns.size()) - 1);
        // Numbers, dates and Yes/No are formatted when painted: one signal repaints them in the new locale.
        if (rowCount() > 0)
            emit dataChanged(index(0, 0), index(rowCount() - 1, int(m_columns.size()) - 1), {Qt::DisplayRole});
    }
    return QAbstractTableModel::eventFilter(watched, event);
}

QVariant CrawlTableModel::display(int column, const QVariant& raw, int role) const
{
    const Value value = m_columns[column].value;
    if (role == RawRole)
        return raw;
    if (role == Qt::TextAlignmentRole)
        return value == Value::Integer ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    if (raw.isNull())
        return QString();
    switch (value) {
    case Value::Text:
        return raw.toString();
    case Value::Integer:
        return QLocale().toString(raw.toLongLong());
    case Value::Timestamp:
        return QLocale().toString(QDateTime::fromSecsSinceEpoch(raw.toLongLong()), QLocale::ShortFormat);
    case Value::YesNo:
        return raw.toBool() ? tr("Yes") : tr("No");
    }
    return {};
}

bool CrawlTableModel::acceptResult(quint64 generation)
{
    if (generation != m_generation)
        return false;
    m_lastError.clear();
    setLoading(false);
    return true;
}

void CrawlTableModel::failQuery(quint64 generation, const QString& message)
{
    if (generation != m_generation)
        return;
    m_lastError = message;
    setLoading(false);
    emit errorOccurred(message);
}

void CrawlTableModel::restart()
{
    if (!m_reader)
        return;
    m_latest->store(++m_generation); // before the interrupt: the interrupted job must see that it is stale
    if (m_loading)
        m_worker->interrupt(); // the superseded query would only be thrown away
    setLoading(true);
    startQuery(m_generation);
}

void CrawlTableModel::setLoading(bool loading)
{
    if (loading == m_loading)
        return;
    m_loading = loading;
    emit loadingChanged(loading);
}

} // namespace pav::ui
