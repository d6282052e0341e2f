// SPDX-FileCopyrightText: 2026 Pavutyna contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

class QApplication;

namespace pav::ui {

// Shows the main window and runs the application's event loop; returns the exit code.
int runGui(QApplication& app);

} // namespace pav::ui
