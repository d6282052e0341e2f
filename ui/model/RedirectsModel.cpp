// SPDX-FileCopyrightText: 2026 Pavutyna contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/model/RedirectsModel.h"

#include <algorithm>

#include <QMetaObject>

#include "store/Database.h"
#include "store/UrlHash.h"

namespace pav::ui {

namespace {
using Value = CrawlTableModel::Value;

// `r` is every redirecting page (the chain may pass through pages the filter does not list); the walk starts
// from the filtered ones. A URL already passed (in `seen`) ends the walk as a loop, and so does reaching 50
// hops. Each start's last step (max(hops): SQLite takes the bare columns from that row) is its final URL.
constexpr const char* Chains = R"sql(WITH RECURSIVE
  r(url, next) AS MATERIALIZED (SELECT ru.url, rp.redirect_url FROM pages AS rp JOIN urls AS ru ON ru.id = rp.url_id
                                WHERE coalesce(rp.redirect_url, '') <> ''),
  walk(start, cur, hops, seen, looped) AS (
    SELECT p.url_id, p.redirect_url, 1, '|' || u.url || '|', p.redirect_url = u.url
    FROM pages AS p LEFT JOIN urls AS u ON u.id = p.url_id WHERE coalesce(p.redirect_url, '') <> '' AND (%WHERE%)
    UNION ALL
    SELECT w.start, r.next, w.hops + 1, w.seen || w.cur || '|', instr(w.seen || w.cur || '|', '|' || r.next || '|') > 0
    FROM walk AS w JOIN r ON r.url = w.cur WHERE NOT w.looped AND w.hops < 50)
SELECT w.start, su.url, sp.status, sp.redirect_url, max(w.hops), w.cur, w.looped OR w.hops >= 50
FROM walk AS w LEFT JOIN urls AS su ON su.id = w.start LEFT JOIN pages AS sp ON sp.url_id = w.start
GROUP BY w.start ORDER BY w.start)sql";

bool lessThan(const RedirectsModel::Row& a, const RedirectsModel::Row& b, int column)
{
    switch (column) {
    case RedirectsModel::Address:
        return a.url.compare(b.url, Qt::CaseInsensitive) < 0;
    case RedirectsModel::Status:
        return a.status < b.status;
    case RedirectsModel::RedirectUrl:
        return a.redirectUrl.compare(b.redirectUrl, Qt::CaseInsensitive) < 0;
    case RedirectsModel::Hops:
        return a.hops < b.hops;
    case RedirectsModel::FinalUrl:
        return a.finalUrl.compare(b.finalUrl, Qt::CaseInsensitive) < 0;
    case RedirectsModel::FinalStatus:
        return a.finalStatus < b.finalStatus;
    case RedirectsModel::Loop:
        return a.loop < b.loop;
    default:
        return a.urlId < b.urlId;
    }
}
} // namespace

RedirectsModel::RedirectsModel(QObject* parent)
    : CrawlTableModel(FilterKind::Redirects,
                      {{QT_TRANSLATE_NOOP("pav::ui::CrawlTableModel", "Address"), Value::Text},
                       {QT_TRANSLATE_NOOP("pav::ui::CrawlTableModel", "Status"), Value::Integer},
                       {QT_TRANSLATE_NOOP("pav::ui::CrawlTableModel", "Redirect URL"), Value::Text},
                       {QT_TRANSLATE_NOOP("pav::ui::CrawlTableModel", "Hops"), Value::Integer},
                       {QT_TRANSLATE_NOOP("pav::ui::CrawlTableModel", "Final URL"), Value::Text},
                       {QT_TRANSLATE_NOOP("pav::ui::CrawlTableModel", "Final status"), Value::Integer},
                       {QT_TRANSLATE_NOOP("pav::ui::CrawlTableModel", "Loop"), Value::YesNo}},
                      parent)
{
}

RedirectsModel::~RedirectsModel() = default;

QByteArray RedirectsModel::chainQuery(const QByteArray& where)
{
    return QByteArray(Chains).replace("%WHERE%", where.isEmpty() ? QByteArray("1") : where);
}

int RedirectsModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

const RedirectsModel::Row* RedirectsModel::rowAt(int row) const
{
    return row >= 0 && std::size_t(row) < m_rows.size() ? &m_rows[std::size_t(row)] : nullptr;
}

qint64 RedirectsModel::urlIdAt(int row) const
{
    const Row* r = rowAt(row);
    return r ? r->urlId : 0;
}

QString RedirectsModel::urlAt(int row) const
{
    const Row* r = rowAt(row);
    return r ? r->url : QString();
}

QVariant RedirectsModel::data(const QModelIndex& index, int role) const
{
    const Row* r = index.isValid() ? rowAt(index.row()) : nullptr;
    if (!r)
        return {};
    QVariant raw;
    switch (index.column()) {
    case Address:
        raw = r->url;
        break;
    case Status:
        raw = r->status;
        break;
    case RedirectUrl:
        raw = r->redirectUrl;
        break;
    case Hops:
        raw = r->hops;
        break;
    case FinalUrl:
        raw = r->finalUrl;
        break;
    case FinalStatus:
        raw = r->finalStatus < 0 ? QVariant() : QVariant(r->finalStatus);
        break;
    case Loop:
        raw = r->loop;
        break;
    default:
        return {};
    }
    return display(index.column(), raw, role);
}

void RedirectsModel::startQuery(quint64 generation)
{
    const QByteArray sql = chainQuery(currentWhere());
    const int column = sortColumn();
    const Qt::SortOrder order = sortOrder();
    auto latest = latestGeneration();
    worker().post([this, sql, generation, latest, column, order](store::Database* db, const QString& openError) {
        if (latest->load() != generation)
            return;
        QString error = openError;
        for (int attempt = 0; db && attempt < 3; ++attempt) {
            auto chains = db->prepare(sql.constData());
            auto final = db->prepare("SELECT p.status FROM urls AS u JOIN pages AS p ON p.url_id = u.id "
                                     "WHERE u.url_hash = ?1 AND u.url = ?2");
            if (!chains || !final) {
                error = !chains ? chains.error().message : final.error().message;
                continue;
            }
            auto rows = std::make_shared<std::vector<Row>>();
            bool failed = false;
            while (true) {
                auto step = chains->step();
                if (!step) {
                    error = step.error().message;
                    failed = true;
                    break;
                }
                if (!*step)
                    break;
                Row row{chains->int64(0), chains->text(1), int(chains->int64(2)), chains->text(3),
                        int(chains->int64(4)), chains->text(5), -1, chains->int64(6) != 0};
                // The crawler stores redirect targets normalised, so the final URL's row is found by its hash.
                const QByteArray finalUtf8 = row.finalUrl.toUtf8();
                final->bind(1, qint64(store::urlHash(finalUtf8))).bind(2, row.finalUrl);
                if (auto found = final->step(); found && *found)
                    row.finalStatus = int(final->int64(0));
                final->reset();
                rows->push_back(std::move(row));
            }
            if (latest->load() != generation)
                return;
            if (failed)
                continue;
            if (column >= 0) {
                std::stable_sort(rows->begin(), rows->end(), [column, order](const Row& a, const Row& b) {
                    return order == Qt::DescendingOrder ? lessThan(b, a, column) : lessThan(a, b, column);
                });
            }
            QMetaObject::invokeMethod(this, [this, generation, rows] { applyRows(generation, rows); },
                                      Qt::QueuedConnection);
            return;
        }
        QMetaObject::invokeMethod(this, [this, generation, error] { failQuery(generation, error); },
                                  Qt::QueuedConnection);
    });
}

void RedirectsModel::applyRows(quint64 generation, std::shared_ptr<std::vector<Row>> rows)
{
    if (!acceptResult(generation))
        return;
    beginResetModel();
    m_rows = std::move(*rows);
    endResetModel();
    emitTotal();
}

void RedirectsModel::clearRows()
{
    m_rows.clear();
}

Result<void> RedirectsModel::prepareReader(store::Database&)
{
    return {}; // rows come whole from the worker
}

} // namespace pav::ui
