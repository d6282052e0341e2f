// SPDX-FileCopyrightText: 2026 Pavutyna contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/Gui.h"

#include <QApplication>

#include "ui/MainWindow.h"

namespace pav::ui {

int runGui(QApplication& app)
{
    MainWindow window;
    window.show();
    return app.exec();
}

} // namespace pav::ui
