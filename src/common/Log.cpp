// SPDX-FileCopyrightText: 2026 Pavutyna contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/Log.h"

Q_LOGGING_CATEGORY(lcAsync, "pav.async", QtWarningMsg)
Q_LOGGING_CATEGORY(lcNet, "pav.net", QtWarningMsg)
Q_LOGGING_CATEGORY(lcCli, "pav.cli", QtWarningMsg)
Q_LOGGING_CATEGORY(lcCrawl, "pav.crawl", QtWarningMsg)
