// SPDX-FileCopyrightText: 2026 Pavutyna contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "resources/Icons.h"

#include <QIcon>
#include <QString>

namespace pav::resources {

namespace {

QString fileName(Icon icon)
{
    switch (icon) {
    case Icon::Start:
        return QStringLiteral("start");
    case Icon::Pause:
        return QStringLiteral("pause");
    case Icon::Resume:
        return QStringLiteral("resume");
    case Icon::Stop:
        return QStringLiteral("stop");
    case Icon::Open:
        return QStringLiteral("open");
    case Icon::Save:
        return QStringLiteral("save");
    case Icon::Export:
        return QStringLiteral("export");
    case Icon::ImportList:
        return QStringLiteral("import-list");
    case Icon::Settings:
        return QStringLiteral("settings");
    case Icon::Recrawl:
        return QStringLiteral("refresh");
    case Icon::Copy:
        return QStringLiteral("copy");
    case Icon::Search:
        return QStringLiteral("search");
    case Icon::About:
        return QStringLiteral("about");
    case Icon::App:
        return QStringLiteral("pavutyna");
    }
    return {}; // unreachable for valid enumerators; -Wswitch flags a missing case
}

} // namespace

QString iconPath(Icon icon) { return QStringLiteral(":/icons/%1.svg").arg(fileName(icon)); }

QIcon icon(Icon icon) { return QIcon(iconPath(icon)); }

} // namespace pav::resources
