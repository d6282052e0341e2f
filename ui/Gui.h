// SPDX-FileCopyrightText: 2026 Pavutyna contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <functional>

#include <QString>

class QApplication;

namespace pav::ui {

// Shows the main window and runs the application's event loop; returns the exit code. `switchLanguage`
// installs a language ("" = the system's, "en", "uk"); the window calls it from its Language menu.
// `openFile`: a crawl file given on the command line, opened at start.
int runGui(QApplication& app, const std::function<void(const QString&)>& switchLanguage, const QString& openFile = {});

} // namespace pav::ui
