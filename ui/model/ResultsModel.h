// SPDX-FileCopyrightText: 2026 Pavutyna contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/Statement.h"
#include "ui/model/LazyTableModel.h"

namespace pav::ui {

// The page tabs (All pages, Response codes, Page titles, Meta descriptions, H1, Canonicals, Directives): one
// row per fetched URL (a pages row) matching the filter and search. Keys are url ids. GUI thread.
class ResultsModel : public LazyTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        Address,
        Status,
        ContentType,
        Size,
        ResponseTime,
        Depth,
        Title,
        TitleLength,
        MetaDescription,
        MetaDescriptionLength,
        H1,
        H1Count,
        H2Count,
        Canonical,
        MetaRobots,
        XRobotsTag,
        WordCount,
        Inlinks,
        Outlinks,
        RedirectUrl,
        Error,
        Language,
        CrawledAt,
        ColumnCount
    };

    explicit ResultsModel(QObject* parent = nullptr);

    // Rows the crawl has committed since: those matching the current filter and search are added at the end
    // (whatever the sort), each at most once. Cheap: the check runs on the worker thread.
    void appendSaved(const QList<qint64>& urlIds);

    qint64 urlIdAt(int row) const override { return keyAt(row); }
    QString urlAt(int row) const override;

protected:
    QByteArray keyQuery(const QByteArray& where, int column, Qt::SortOrder order) const override;
    QVariantList loadRow(qint64 key) const override;
    Result<void> prepareReader(store::Database& db) override;

private:
    mutable store::Statement m_row;
    bool m_hasTargetIndex = false;
};

} // namespace pav::ui
