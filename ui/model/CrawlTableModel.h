// SPDX-FileCopyrightText: 2026 Pavutyna contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <atomic>
#include <memory>

#include <QAbstractTableModel>
#include <QByteArray>
#include <QList>
#include <QString>

#include "ui/model/QueryThread.h"
#include "ui/model/Filters.h"

namespace pav::ui {

// What the results tabs share: a crawl file, a filter of one FilterKind, a search text and a sort, each change
// starting a query on the model's QueryThread under a new generation. The old rows stay visible until the
// new ones arrive (loadingChanged(true) meanwhile); results of a superseded generation are dropped. GUI thread.
class CrawlTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum class Value
    {
        Text,
        Integer,   // locale-formatted
        Timestamp, // seconds since the epoch, shown as a locale date and time
        YesNo,
    };
    struct Column
    {
        const char* label; // untranslated (context pav::ui::CrawlTableModel)
        Value value;
        QString name = {}; // shown as it is instead of `label` (an extraction rule's column)
    };
    // The unformatted value of a cell (what sorting uses); DisplayRole is locale-formatted.
    static constexpr int RawRole = Qt::UserRole + 1;

    ~CrawlTableModel() override;

    // Opens the crawl file for reading and shows the current filter's rows. On failure the table is empty,
    // errorOccurred() says why and false is returned. An empty path just empties the table.
    bool setCrawlFile(const QString& path);
    QString crawlFile() const { return m_path; }
    // An id from FilterCatalogue of this model's kind(); an unknown one is refused (false).
    bool setFilter(const QString& filterId);
    QString filterId() const { return m_filterId; }
    void setSearchText(const QString& text);
    QString searchText() const { return m_searchText; }
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;
    int sortColumn() const { return m_sortColumn; }
    Qt::SortOrder sortOrder() const { return m_sortOrder; }
    // Runs the current query again (new rows, a links_target index that now exists).
    void refresh();
    // The filter and the search as one self-contained WHERE fragment: what an export of this view selects.
    virtual QByteArray currentWhere() const;
    FilterKind kind() const { return m_kind; }
    bool isLoading() const { return m_loading; }
    qint64 total() const { return rowCount(); }
    QString lastError() const { return m_lastError; }

    // The URL a row is about (the page; for a link row, its target) and its id in urls.
    virtual qint64 urlIdAt(int row) const = 0;
    virtual QString urlAt(int row) const = 0;
    // For link rows, the page that holds the link; empty otherwise.
    virtual QString sourceUrlAt(int row) const;

    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool eventFilter(QObject* watched, QEvent* event) override;

signals:
    void loadingChanged(bool loading);
    void totalChanged(qint64 total);
    void errorOccurred(const QString& message);

protected:
    CrawlTableModel(FilterKind kind, QList<Column> columns, QObject* parent);

    // Starts the worker query for the current state under `generation`; its result comes back through
    // finishQuery(). Rows of the previous generation stay until then.
    virtual void startQuery(quint64 generation) = 0;
    // The file changed: drop every row and cached value.
    virtual void clearRows() = 0;
    // Called once the GUI-thread connection is open, to prepare statements on it.
    virtual Result<void> prepareReader(store::Database& db) = 0;

    QVariant display(int column, const QVariant& raw, int role) const;
    // A result of `generation` arrived: false when it is stale and must be dropped. Clears the loading state.
    bool acceptResult(quint64 generation);
    void failQuery(quint64 generation, const QString& message);
    bool isCurrent(quint64 generation) const { return generation == m_generation; }
    quint64 generation() const { return m_generation; }
    bool isStale(quint64 generation) const { return m_latest->load() != generation; }
    std::shared_ptr<std::atomic<quint64>> latestGeneration() const { return m_latest; }
    QueryThread& worker() { return *m_worker; }
    store::Database* reader() const { return m_reader.get(); }
    const QList<Column>& columns() const { return m_columns; }
    // For models whose columns come from the file (extraction rules); call inside a model reset.
    void setColumns(QList<Column> columns) { m_columns = std::move(columns); }
    void emitTotal() { emit totalChanged(total()); }

private:
    void restart();
    void setLoading(bool loading);

    FilterKind m_kind;
    QList<Column> m_columns;
    QString m_path;
    QString m_filterId;
    QString m_searchText;
    int m_sortColumn = -1;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
    quint64 m_generation = 0;
    std::shared_ptr<std::atomic<quint64>> m_latest = std::make_shared<std::atomic<quint64>>(0);
    bool m_loading = false;
    QString m_lastError;
    std::unique_ptr<store::Database> m_reader; // GUI thread: row contents, by key, a window at a time
    std::unique_ptr<QueryThread> m_worker;
};

} // namespace pav::ui
