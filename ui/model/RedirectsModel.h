// SPDX-FileCopyrightText: 2026 Pavutyna contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <memory>
#include <vector>

#include "ui/model/CrawlTableModel.h"

namespace pav::ui {

// The Redirects tab: one row per redirecting page matching the filter and search, with its chain followed to
// the end (a recursive CTE on the worker): hops, final URL and its status, and whether it loops. Rows are
// held whole (about 200 bytes each): redirects are a small part of a crawl, and sorting them then needs no
// second query. The final status is looked up by URL hash. GUI thread.
class RedirectsModel : public CrawlTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        Address,
        Status,
        RedirectUrl,
        Hops,
        FinalUrl,
        FinalStatus,
        Loop,
        ColumnCount
    };
    struct Row
    {
        qint64 urlId = 0;
        QString url;
        int status = 0;
        QString redirectUrl;
        int hops = 0;
        QString finalUrl;
        int finalStatus = -1; // -1: the final URL was never fetched
        bool loop = false;
    };

    explicit RedirectsModel(QObject* parent = nullptr);
    ~RedirectsModel() override;

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    qint64 urlIdAt(int row) const override;
    QString urlAt(int row) const override;
    const Row* rowAt(int row) const;

    // The chain query for `where` (over p and u, as the filters are), for tests and benchmarks: start id, URL,
    // status, redirect URL, hops, final URL, loop.
    static QByteArray chainQuery(const QByteArray& where);

protected:
    void startQuery(quint64 generation) override;
    void clearRows() override;
    Result<void> prepareReader(store::Database& db) override;

private:
    void applyRows(quint64 generation, std::shared_ptr<std::vector<Row>> rows);

    std::vector<Row> m_rows;
};

} // namespace pav::ui
