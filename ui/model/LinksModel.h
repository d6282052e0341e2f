// SPDX-FileCopyrightText: 2026 Pavutyna contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/Statement.h"
#include "ui/model/LazyTableModel.h"

namespace pav::ui {

// The Links tab: one row per stored link matching the filter (broken links: the target was fetched and failed)
// and the search, with the page that holds it. Keys are links rowids, so 10M links cost 8 bytes per listed
// row at most. GUI thread.
class LinksModel : public LazyTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        Source,
        Target,
        Anchor,
        Rel,
        TargetStatus,
        ColumnCount
    };

    explicit LinksModel(QObject* parent = nullptr);

    // The target: the URL the row is about (what the details pane shows, what is re-crawled).
    qint64 urlIdAt(int row) const override;
    QString urlAt(int row) const override;
    QString sourceUrlAt(int row) const override;
    qint64 sourceIdAt(int row) const;

protected:
    QByteArray keyQuery(const QByteArray& where, int column, Qt::SortOrder order) const override;
    QVariantList loadRow(qint64 key) const override;
    Result<void> prepareReader(store::Database& db) override;

private:
    mutable store::Statement m_row;
};

} // namespace pav::ui
