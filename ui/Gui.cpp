// SPDX-FileCopyrightText: 2026 Pavutyna contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/Gui.h"

#include <QApplication>
#include <QTimer>

#include "ui/window/MainWindow.h"

namespace pav::ui {

int runGui(QApplication& app, const std::function<void(const QString&)>& switchLanguage, const QString& openFile)
{
    MainWindow window(switchLanguage);
    window.show();
    if (!openFile.isEmpty())
        QTimer::singleShot(0, &window, [&window, openFile] { window.openCrawlFile(openFile); });
    return app.exec();
}

} // namespace pav::ui
