// SPDX-FileCopyrightText: 2026 Pavutyna contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/details/DetailsPane.h"

#include <QAction>
#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

#include "store/CrawlReader.h"
#include "store/Database.h"
#include "ui/details/DetailsTable.h"
#include "ui/details/DetailsText.h"

namespace pav::ui {

namespace {
constexpr std::size_t at(DetailsPane::Tab tab)
{
    return std::size_t(tab);
}

QWidget* withNote(QWidget* main, QLabel* note, bool noteOnTop)
{
    auto* page = new QWidget;
    auto* layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    note->setWordWrap(true);
    note->setTextInteractionFlags(Qt::TextSelectableByMouse);
    note->setContentsMargins(4, 2, 4, 2);
    if (noteOnTop)
        layout->addWidget(note);
    layout->addWidget(main, 1);
    if (!noteOnTop)
        layout->addWidget(note);
    return page;
}
} // namespace

DetailsPane::DetailsPane(QWidget* parent)
    : QWidget(parent)
    , m_status(new QLabel)
    , m_tabs(new QTabWidget)
    , m_redirectSummary(new QLabel)
    , m_inlinksNote(new QLabel)
    , m_outlinksNote(new QLabel)
{
    // Two threads: a slow inlinks scan for one URL must not hold up the next URL's fields.
    m_pool.setMaxThreadCount(2);
    m_pool.setObjectName(QStringLiteral("DetailsPane reads"));

    for (int i = 0; i < TabCount; ++i) {
        m_models[std::size_t(i)] = new DetailsTableModel(this);
        m_views[std::size_t(i)] = makeDetailsView(m_models[std::size_t(i)], &m_copyActions[std::size_t(i)]);
    }
    QTableView* timings = m_views[at(Tab::Timings)];
    timings->setItemDelegateForColumn(2, new TimingBarDelegate(timings));
    m_inlinksNote->hide();
    m_outlinksNote->hide();

    m_tabs->setDocumentMode(true);
    m_tabs->addTab(m_views[at(Tab::Fields)], QString());
    m_tabs->addTab(m_views[at(Tab::Headers)], QString());
    m_tabs->addTab(m_views[at(Tab::Timings)], QString());
    m_tabs->addTab(withNote(m_views[at(Tab::Inlinks)], m_inlinksNote, false), QString());
    m_tabs->addTab(withNote(m_views[at(Tab::Outlinks)], m_outlinksNote, false), QString());
    m_tabs->addTab(withNote(m_views[at(Tab::Redirects)], m_redirectSummary, true), QString());

    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_status->hide();
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_status);
    layout->addWidget(m_tabs, 1);

    for (Tab tab : {Tab::Inlinks, Tab::Outlinks, Tab::Redirects}) {
        connect(m_views[at(tab)], &QAbstractItemView::doubleClicked, this, [this](const QModelIndex& index) {
            const QString url = index.data(DetailsTableModel::RowDataRole).toString();
            if (!url.isEmpty())
                emit urlActivated(url);
        });
    }
    retranslateUi();
    // After retranslateUi(): a header has no sections before its model has columns.
    for (Tab tab : {Tab::Fields, Tab::Headers})
        m_views[at(tab)]->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    for (QTableView* view : m_views)
        view->horizontalHeader()->setResizeContentsPrecision(200);
}

DetailsPane::~DetailsPane()
{
    // Workers call back into this object: none may still run once it starts going away.
    cancelLoads();
    m_pool.clear();
    m_pool.waitForDone();
}

QTableView* DetailsPane::view(Tab tab) const
{
    return m_views[at(tab)];
}

DetailsTableModel* DetailsPane::model(Tab tab) const
{
    return m_models[at(tab)];
}

void DetailsPane::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void DetailsPane::retranslateUi()
{
    for (QAction* copy : m_copyActions)
        copy->setText(tr("Copy"));
    m_models[at(Tab::Fields)]->setHeaders(DetailsText::fieldHeaders());
    m_models[at(Tab::Headers)]->setHeaders(DetailsText::headerHeaders());
    m_models[at(Tab::Timings)]->setHeaders(DetailsText::timingHeaders());
    m_models[at(Tab::Inlinks)]->setHeaders(DetailsText::inlinkHeaders());
    m_models[at(Tab::Outlinks)]->setHeaders(DetailsText::outlinkHeaders());
    m_models[at(Tab::Redirects)]->setHeaders(DetailsText::redirectHeaders());
    m_tabs->setAccessibleName(tr("URL details"));
    refill();
}

void DetailsPane::updateTabTitles()
{
    const QLocale locale;
    const auto counted = [&](const QString& title, const QList<LinkRow>* rows, bool truncated) {
        if (!rows)
            return title;
        const QString count = locale.toString(rows->size());
        return tr("%1 (%2)", "tab title and a count").arg(title, truncated ? tr("%1+").arg(count) : count);
    };
    m_tabs->setTabText(int(Tab::Fields), tr("Fields"));
    m_tabs->setTabText(int(Tab::Headers), tr("Headers"));
    m_tabs->setTabText(int(Tab::Timings), tr("Timings"));
    m_tabs->setTabText(int(Tab::Inlinks),
                       counted(tr("Inlinks"), m_inlinks ? &m_inlinks->rows : nullptr, m_inlinks && m_inlinks->truncated));
    m_tabs->setTabText(int(Tab::Outlinks), counted(tr("Outlinks"), m_details ? &m_details->outlinks : nullptr,
                                                   m_details && m_details->outlinksTruncated));
    m_tabs->setTabText(int(Tab::Redirects), tr("Redirect chain"));
}

void DetailsPane::refill()
{
    const QString limitNote = tr("Showing the first %1 links.").arg(QLocale().toString(LinkLimit));
    if (m_details) {
        const UrlDetails& d = *m_details;
        m_models[at(Tab::Fields)]->setRows(DetailsText::fieldRows(d));
        m_models[at(Tab::Headers)]->setRows(DetailsText::headerRows(d));
        m_models[at(Tab::Timings)]->setRows(DetailsText::timingRows(d));
        m_models[at(Tab::Outlinks)]->setRows(DetailsText::outlinkRows(d.outlinks));
        m_models[at(Tab::Redirects)]->setRows(DetailsText::redirectRows(d.redirects));
        m_redirectSummary->setText(DetailsText::redirectSummary(d.redirects));
        m_outlinksNote->setText(limitNote);
        m_outlinksNote->setVisible(d.outlinksTruncated);
    } else {
        for (Tab tab : {Tab::Fields, Tab::Headers, Tab::Timings, Tab::Outlinks, Tab::Redirects})
            m_models[at(tab)]->setRows({});
        m_redirectSummary->setText(m_pendingParts > 0 ? tr("Loading…") : QString());
        m_outlinksNote->hide();
    }
    if (m_inlinks) {
        m_models[at(Tab::Inlinks)]->setRows(DetailsText::inlinkRows(m_inlinks->rows));
        m_inlinksNote->setText(limitNote);
        m_inlinksNote->setVisible(m_inlinks->truncated);
    } else {
        m_models[at(Tab::Inlinks)]->setRows({});
        // Without the links_target index (a running crawl) the inlinks are a scan: say that it is coming.
        m_inlinksNote->setText(m_pendingParts > 0 ? tr("Loading inlinks…") : QString());
        m_inlinksNote->setVisible(m_pendingParts > 0);
    }
    fitColumns();
    updateTabTitles();
    if (!m_error.isEmpty())
        showError(m_error);
}

void DetailsPane::fitColumns()
{
    // To their contents (the first rows: a URL with thousands of links must not measure them all), capped so a
    // long URL leaves room for the columns after it; the last column takes the rest.
    const int cap = std::max(fontMetrics().horizontalAdvance(QLatin1Char('x')) * 20, width() * 2 / 5);
    for (QTableView* view : m_views) {
        QHeaderView* header = view->horizontalHeader();
        for (int column = 0; column + 1 < header->count(); ++column) {
            if (header->sectionResizeMode(column) != QHeaderView::Interactive)
                continue;
            view->resizeColumnToContents(column);
            header->resizeSection(column, std::min(header->sectionSize(column), cap));
        }
    }
}

void DetailsPane::setCrawlFile(const QString& path)
{
    clear();
    m_path = path;
}

void DetailsPane::cancelLoads()
{
    if (m_cancel)
        m_cancel->store(true);
    m_cancel.reset();
}

void DetailsPane::clear()
{
    cancelLoads();
    ++m_generation;
    m_urlId = 0;
    m_pendingParts = 0;
    m_error.clear();
    m_details.reset();
    m_inlinks.reset();
    m_status->hide();
    refill();
}

void DetailsPane::showUrl(qint64 urlId)
{
    clear();
    m_urlId = urlId;
    if (m_path.isEmpty()) {
        m_error = tr("No crawl file is open.");
        refill();
        emit loaded(urlId);
        return;
    }
    m_pendingParts = 2;
    auto cancel = std::make_shared<std::atomic_bool>(false);
    m_cancel = cancel;
    refill();
    const quint64 generation = m_generation;
    // `this` outlives the task: the destructor waits for the pool. The flag is shared, so it outlives both.
    m_pool.start([this, generation, urlId, path = m_path, cancel] {
        if (cancel->load())
            return;
        auto db = store::openCrawlReader(path);
        if (!db) {
            QMetaObject::invokeMethod(
                this, [this, generation, error = db.error()] { onDetails(generation, error); }, Qt::QueuedConnection);
            return;
        }
        interruptWhen(**db, cancel.get());
        Result<UrlDetails> details = loadUrlDetails(**db, urlId, LinkLimit);
        if (cancel->load())
            return;
        const bool failed = !details;
        QMetaObject::invokeMethod(
            this, [this, generation, details = std::move(details)] { onDetails(generation, details); },
            Qt::QueuedConnection);
        if (failed)
            return;
        Result<Inlinks> inlinks = loadInlinks(**db, urlId, LinkLimit);
        if (cancel->load())
            return;
        QMetaObject::invokeMethod(
            this, [this, generation, inlinks = std::move(inlinks)] { onInlinks(generation, inlinks); },
            Qt::QueuedConnection);
    });
}

void DetailsPane::onDetails(quint64 generation, Result<UrlDetails> details)
{
    if (generation != m_generation)
        return; // for a URL that is no longer selected
    if (!details) {
        m_error = details.error().message;
        m_pendingParts = 0; // the inlinks are not read after a failure
        refill();
        emit loaded(m_urlId);
        return;
    }
    m_details = std::move(*details);
    partDone();
}

void DetailsPane::onInlinks(quint64 generation, Result<Inlinks> inlinks)
{
    if (generation != m_generation)
        return;
    if (!inlinks)
        m_error = tr("Could not read the inlinks: %1").arg(inlinks.error().message);
    else
        m_inlinks = std::move(*inlinks);
    partDone();
}

void DetailsPane::partDone()
{
    m_pendingParts = std::max(0, m_pendingParts - 1);
    refill();
    if (m_pendingParts == 0)
        emit loaded(m_urlId);
}

void DetailsPane::showError(const QString& message)
{
    m_status->setText(message);
    m_status->show();
}

} // namespace pav::ui
