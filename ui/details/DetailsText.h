// SPDX-FileCopyrightText: 2026 Pavutyna contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

#include "ui/details/DetailsTable.h"
#include "ui/details/UrlDetails.h"

namespace pav::ui {

// Turns loaded details into the rows of the pane's tables, translated and formatted with the UI locale
// (QLocale()). Rebuilt from the same data when the language changes. GUI thread (tr() and QLocale are
// thread-safe, but the pane is the only caller).
class DetailsText
{
    Q_DECLARE_TR_FUNCTIONS(pav::ui::DetailsText)

public:
    static QStringList fieldHeaders();
    static QList<TableRow> fieldRows(const UrlDetails& details);
    static QStringList headerHeaders();
    static QList<TableRow> headerRows(const UrlDetails& details);
    static QStringList timingHeaders();
    static QList<TableRow> timingRows(const UrlDetails& details); // data: QPointF bar span
    static QStringList inlinkHeaders();
    static QList<TableRow> inlinkRows(const QList<LinkRow>& links); // data: the source URL
    static QStringList outlinkHeaders();
    static QList<TableRow> outlinkRows(const QList<LinkRow>& links); // data: the target URL
    static QStringList redirectHeaders();
    static QList<TableRow> redirectRows(const RedirectChain& chain); // data: the hop's URL
    static QString redirectSummary(const RedirectChain& chain);

    // "301 Moved Permanently"; "No response" / "Not crawled" … when there is no status.
    static QString statusText(std::optional<int> status, store::UrlState state, const QString& error);
    static QString stateText(store::UrlState state);
    static QString foundViaText(store::FoundVia via);
    static QString linkKindText(int kind);
    static QString milliseconds(qint64 ms);
    static QString bytes(qint64 count);
};

} // namespace pav::ui
