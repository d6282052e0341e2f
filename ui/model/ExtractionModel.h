// SPDX-FileCopyrightText: 2026 Pavutyna contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <vector>

#include "export/RuleColumns.h"
#include "store/Statement.h"
#include "ui/model/LazyTableModel.h"

namespace pav::ui {

// The Extraction tab: one row per HTML page (status 2xx, an HTML content type: the pages extraction rules run
// on, whether or not they took a value), the URL and then a column per extraction rule of the crawl file, each
// cell built by the same SQL as the pages export (exporting::ruleColumns). The rule columns are read when the
// file is opened and again on refresh(): a crawl that has just started stores its rules with its first batch.
// The search matches the URL or any value a rule took. Keys are url ids. GUI thread.
class ExtractionModel : public LazyTableModel
{
    Q_OBJECT

public:
    static constexpr const char* TabId = "extraction";
    // The tab as the views know tabs: its one filter is "HTML pages".
    static const FilterTab& tab();

    explicit ExtractionModel(QObject* parent = nullptr);

    // The crawl file's rules (0 for a file without any, or from before extraction existed).
    int ruleCount() const { return int(m_rules.size()); }
    QStringList ruleNames() const;

    // As ResultsModel::appendSaved: committed rows matching the search are added at the end, each once.
    void appendSaved(const QList<qint64>& urlIds);

    QByteArray currentWhere() const override;
    qint64 urlIdAt(int row) const override { return keyAt(row); }
    QString urlAt(int row) const override;

signals:
    // The rule columns changed (a file opened, or a new crawl stored its rules).
    void rulesChanged(int ruleCount);

protected:
    QByteArray keyQuery(const QByteArray& where, int column, Qt::SortOrder order) const override;
    QVariantList loadRow(qint64 key) const override;
    Result<void> prepareReader(store::Database& db) override;

private:
    QByteArray columnSql(int column) const;

    std::vector<exporting::RuleColumn> m_rules;
    mutable store::Statement m_row;
};

} // namespace pav::ui
