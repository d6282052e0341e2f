// SPDX-FileCopyrightText: 2026 Pavutyna contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/model/ResultsView.h"

#include <memory>

#include <QAction>
#include <QClipboard>
#include <QComboBox>
#include <QEvent>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QStyle>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QSettings>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

#include "ui/model/ExtractionModel.h"
#include "ui/model/Filters.h"
#include "ui/model/LinksModel.h"
#include "ui/model/RedirectsModel.h"
#include "ui/model/ResultsModel.h"

namespace pav::ui {

namespace {
constexpr int SearchDelayMs = 200;

const FilterTab* tabFor(const QString& tabId)
{
    if (tabId == QLatin1String(ExtractionModel::TabId))
        return &ExtractionModel::tab();
    const FilterTab* tab = FilterCatalogue::tab(tabId);
    return tab ? tab : &FilterCatalogue::tabs().first();
}

CrawlTableModel* makeModel(const FilterTab& tab, QObject* parent)
{
    if (&tab == &ExtractionModel::tab())
        return new ExtractionModel(parent);
    switch (tab.kind) {
    case FilterKind::Redirects:
        return new RedirectsModel(parent);
    case FilterKind::Links:
        return new LinksModel(parent);
    case FilterKind::Pages:
        break;
    }
    return new ResultsModel(parent);
}
} // namespace

ResultsView::ResultsView(const QString& tabId, QWidget* parent)
    : QWidget(parent)
    , m_tab(tabFor(tabId))
    , m_model(makeModel(*m_tab, this))
    , m_filters(new QComboBox(this))
    , m_search(new QLineEdit(this))
    , m_rowCount(new QLabel(this))
    , m_table(new QTableView(this))
    , m_searchDelay(new QTimer(this))
{
    auto* bar = new QHBoxLayout;
    bar->addWidget(m_filters);
    bar->addWidget(m_search, 1);
    bar->addWidget(m_rowCount);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(bar);
    layout->addWidget(m_table, 1);

    for (const Filter& filter : m_tab->filters)
        m_filters->addItem(QString(), filter.id);
    m_filters->setVisible(m_tab->filters.size() > 1);
    m_search->setClearButtonEnabled(true);

    m_model->setFilter(m_tab->filters.first().id);
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setWordWrap(false);
    m_table->setContextMenuPolicy(Qt::CustomContextMenu);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 6);
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed); // no per-row size queries over 1M rows
    m_table->verticalHeader()->hide();
    QHeaderView* header = m_table->horizontalHeader();
    header->setContextMenuPolicy(Qt::CustomContextMenu);
    header->setSectionsMovable(true);
    header->setDefaultSectionSize(120);
    header->setSortIndicator(-1, Qt::AscendingOrder); // natural (crawl) order until a header is clicked
    m_table->setSortingEnabled(true);
    fitColumnsToHeaders();

    m_searchDelay->setSingleShot(true);
    m_searchDelay->setInterval(SearchDelayMs);
    connect(m_search, &QLineEdit::textChanged, m_searchDelay, qOverload<>(&QTimer::start));
    connect(m_searchDelay, &QTimer::timeout, this, [this] { m_model->setSearchText(m_search->text()); });
    connect(m_filters, &QComboBox::currentIndexChanged, this,
            [this](int index) { m_model->setFilter(m_filters->itemData(index).toString()); });
    connect(m_model, &CrawlTableModel::totalChanged, this, &ResultsView::updateRowCount);
    connect(m_model, &CrawlTableModel::loadingChanged, this, &ResultsView::updateRowCount);
    connect(header, &QWidget::customContextMenuRequested, this, &ResultsView::showHeaderMenu);
    connect(m_table, &QWidget::customContextMenuRequested, this, &ResultsView::showRowMenu);
    connect(m_table, &QAbstractItemView::doubleClicked, this, [this](const QModelIndex& index) {
        const QString url = m_model->urlAt(index.row());
        if (!url.isEmpty())
            emit urlActivated(url);
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex& current) {
                if (current.isValid())
                    emit currentUrlChanged(m_model->urlIdAt(current.row()), m_model->urlAt(current.row()));
            });
    if (auto* extraction = qobject_cast<ExtractionModel*>(m_model)) {
        // Its columns are the file's rules: sized to their names when they change.
        connect(extraction, &ExtractionModel::rulesChanged, this, [this] {
            fitColumnsToHeaders();
            restoreColumns();
        });
    }
    restoreColumns();
    retranslateUi();
}

ResultsView::~ResultsView() = default;

QString ResultsView::tabId() const
{
    return m_tab->id;
}

bool ResultsView::setCrawlFile(const QString& path)
{
    return m_model->setCrawlFile(path);
}

bool ResultsView::setFilter(const QString& filterId)
{
    const int index = m_filters->findData(filterId);
    if (index < 0)
        return false;
    m_filters->setCurrentIndex(index);
    return m_model->setFilter(filterId); // also when the combo already showed it
}

void ResultsView::setColumnVisible(int column, bool visible)
{
    if (column < 0 || column >= m_model->columnCount())
        return;
    // The last visible column stays: a table with no columns has no header to bring them back from.
    if (!visible && m_table->horizontalHeader()->count() - m_table->horizontalHeader()->hiddenSectionCount() <= 1)
        return;
    m_table->setColumnHidden(column, !visible);
    QStringList hidden;
    for (int i = 0; i < m_model->columnCount(); ++i) {
        if (m_table->isColumnHidden(i))
            hidden.append(QString::number(i));
    }
    QSettings().setValue(settingsKey(), hidden);
}

bool ResultsView::isColumnVisible(int column) const
{
    return !m_table->isColumnHidden(column);
}

void ResultsView::restoreColumns()
{
    const QStringList hidden = QSettings().value(settingsKey()).toStringList();
    for (const QString& entry : hidden) {
        bool ok = false;
        const int column = entry.toInt(&ok);
        if (ok && column >= 0 && column < m_model->columnCount())
            m_table->setColumnHidden(column, true);
    }
}

QString ResultsView::settingsKey() const
{
    return QStringLiteral("results/%1/hiddenColumns").arg(m_tab->id);
}

void ResultsView::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

// Columns start wide enough for their header text (in the current language) and never shrink under a user's
// resize; the first column, the URL, starts wider still.
void ResultsView::fitColumnsToHeaders()
{
    QHeaderView* header = m_table->horizontalHeader();
    const QFontMetrics metrics = header->fontMetrics();
    const int padding = 2 * header->style()->pixelMetric(QStyle::PM_HeaderMargin) + metrics.height(); // + sort arrow
    for (int column = 0; column < m_model->columnCount(); ++column) {
        const int needed = metrics.horizontalAdvance(m_model->headerData(column, Qt::Horizontal).toString()) + padding;
        const int wanted = column == 0 ? std::max(needed, 36 * metrics.averageCharWidth()) : needed;
        if (header->sectionSize(column) < wanted)
            header->resizeSection(column, wanted);
    }
}

void ResultsView::retranslateUi()
{
    fitColumnsToHeaders();
    for (int i = 0; i < m_filters->count() && i < m_tab->filters.size(); ++i)
        m_filters->setItemText(i, FilterCatalogue::label(m_tab->filters[i]));
    if (qobject_cast<ExtractionModel*>(m_model))
        m_search->setPlaceholderText(tr("Search URL and extracted values…"));
    else
        m_search->setPlaceholderText(m_tab->kind == FilterKind::Links ? tr("Search source, target, anchor text…")
                                                                      : tr("Search URL, title, meta description, H1…"));
    m_filters->setToolTip(tr("Filter"));
    updateRowCount();
}

void ResultsView::updateRowCount()
{
    const int rows = int(m_model->total());
    m_rowCount->setText(m_model->isLoading() ? tr("%Ln row(s), updating…", nullptr, rows) : tr("%Ln row(s)", nullptr, rows));
}

void ResultsView::showHeaderMenu(const QPoint& position)
{
    QMenu menu(this);
    for (int column = 0; column < m_model->columnCount(); ++column) {
        QAction* action = menu.addAction(m_model->headerData(column, Qt::Horizontal).toString());
        action->setCheckable(true);
        action->setChecked(isColumnVisible(column));
        connect(action, &QAction::toggled, this, [this, column](bool checked) { setColumnVisible(column, checked); });
    }
    menu.exec(m_table->horizontalHeader()->mapToGlobal(position));
}

void ResultsView::showRowMenu(const QPoint& position)
{
    const QModelIndex index = m_table->indexAt(position);
    if (!index.isValid())
        return;
    std::unique_ptr<QMenu> menu(createRowMenu(index.row()));
    menu->exec(m_table->viewport()->mapToGlobal(position));
}

QMenu* ResultsView::createRowMenu(int row)
{
    const qint64 urlId = m_model->urlIdAt(row);
    const QString url = m_model->urlAt(row);
    const QString source = m_model->sourceUrlAt(row);
    auto* menu = new QMenu(this);
    connect(menu->addAction(tr("Copy URL")), &QAction::triggered, this,
            [url] { QGuiApplication::clipboard()->setText(url); });
    connect(menu->addAction(tr("Re-crawl URL")), &QAction::triggered, this,
            [this, urlId, url] { emit recrawlRequested(urlId, url); });
    connect(menu->addAction(tr("Test Extraction Rule…")), &QAction::triggered, this,
            [this, urlId, url] { emit testRuleRequested(urlId, url); });
    if (!source.isEmpty()) {
        connect(menu->addAction(tr("Open source page")), &QAction::triggered, this,
                [this, source] { emit urlActivated(source); });
    }
    return menu;
}

} // namespace pav::ui
