// SPDX-FileCopyrightText: 2026 Pavutyna contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

#include "ui/model/Filters.h"

class QComboBox;
class QLabel;
class QLineEdit;
class QMenu;
class QTableView;
class QTimer;

namespace pav::ui {

class CrawlTableModel;


// One results tab: the filter combo, a search box (applied 200 ms after the last key), the row count and a
// sortable table over the tab's model (ResultsModel, RedirectsModel or LinksModel, owned by the view). The
// header's context menu shows or hides columns, remembered per tab in QSettings. The table's context menu
// copies the URL, asks for a re-crawl or a rule test, or opens a broken link's source page. GUI thread.
class ResultsView : public QWidget
{
    Q_OBJECT

public:
    // `tabId` is a FilterCatalogue tab ("pages", "titles", "redirects", "links", …) or ExtractionModel::TabId;
    // an unknown id gives the All pages tab.
    explicit ResultsView(const QString& tabId, QWidget* parent = nullptr);
    ~ResultsView() override;

    QString tabId() const;
    const FilterTab& tab() const { return *m_tab; }
    CrawlTableModel* model() const { return m_model; }
    QTableView* table() const { return m_table; }
    QLineEdit* searchBox() const { return m_search; }
    QComboBox* filterBox() const { return m_filters; }
    QLabel* rowCountLabel() const { return m_rowCount; }

    // Opens a crawl file in this tab's model; false (and the model's errorOccurred) when it cannot be read.
    bool setCrawlFile(const QString& path);
    // Selects a filter of this tab (the overview panel's counts link here); false for another tab's id.
    bool setFilter(const QString& filterId);
    // Shows or hides a column and remembers the choice for this tab.
    void setColumnVisible(int column, bool visible);
    bool isColumnVisible(int column) const;
    // The row's context menu (Copy URL, Re-crawl URL, and Open source page on link rows); the caller owns it.
    QMenu* createRowMenu(int row);

signals:
    void currentUrlChanged(qint64 urlId, const QString& url);
    void urlActivated(const QString& url); // double-click, or "Open source page" on a link row
    void recrawlRequested(qint64 urlId, const QString& url);
    // "Test Extraction Rule…": try a rule on this page's stored HTML.
    void testRuleRequested(qint64 urlId, const QString& url);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    void fitColumnsToHeaders();
    void updateRowCount();
    void showHeaderMenu(const QPoint& position);
    void showRowMenu(const QPoint& position);
    void restoreColumns();
    QString settingsKey() const;

    const FilterTab* m_tab;
    CrawlTableModel* m_model;
    QComboBox* m_filters;
    QLineEdit* m_search;
    QLabel* m_rowCount;
    QTableView* m_table;
    QTimer* m_searchDelay;
};

} // namespace pav::ui
