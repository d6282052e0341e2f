// SPDX-FileCopyrightText: 2026 Pavutyna contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLoggingCategory>

// One category per module, so `QT_LOGGING_RULES="pav.net.debug=true"` turns on exactly what is needed.
// Logs go to stderr; stdout is reserved for data.
Q_DECLARE_LOGGING_CATEGORY(lcAsync)
Q_DECLARE_LOGGING_CATEGORY(lcNet)
Q_DECLARE_LOGGING_CATEGORY(lcCli)
Q_DECLARE_LOGGING_CATEGORY(lcCrawl)
