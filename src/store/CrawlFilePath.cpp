// SPDX-FileCopyrightText: 2026 Pavutyna contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/CrawlFilePath.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QUrl>

namespace pav::store {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(pav::store::CrawlFilePath)
};
} // namespace

QString crawlFilesFolder()
{
    // Not AppLocalDataLocation, which adds the organisation as well as the application name (…/Pavutyna/Pavutyna).
    QString dir = QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation);
    if (dir.isEmpty())
        dir = QDir::homePath() + QStringLiteral("/.local/share");
    return dir + QStringLiteral("/Pavutyna/crawls");
}

Result<QString> newCrawlFilePath(const QString& seed)
{
    const QString dir = crawlFilesFolder();
    if (!QDir().mkpath(dir))
        return Error{ErrorKind::Io, Tr::tr("Cannot create the folder %1 for the crawl file.").arg(dir)};
    QString host = QUrl(seed).host();
    host.replace(QRegularExpression(QStringLiteral("[^A-Za-z0-9.-]")), QStringLiteral("_"));
    const QString stem = dir + QLatin1Char('/') + (host.isEmpty() ? QStringLiteral("crawl") : host) + QLatin1Char('-')
        + QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss"));
    QString path = stem + QStringLiteral(".pavutyna");
    for (int n = 2; QFileInfo::exists(path); ++n)
        path = stem + QStringLiteral("-%1.pavutyna").arg(n);
    return path;
}

} // namespace pav::store
