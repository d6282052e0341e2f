// SPDX-FileCopyrightText: 2026 Pavutyna contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/Gui.h"

#include <QApplication>
#include <QLineEdit>
#include <QTimer>

#include "ui/window/MainWindow.h"

namespace pav::ui {

int runGui(QApplication& app, const std::function<void(const QString&)>& switchLanguage, const QString& openFile)
{
    MainWindow window(switchLanguage);
    window.show();
    // `pavutyna FILE` opens a saved crawl; `pavutyna https://…` fills the URL bar, ready to start.
    if (openFile.contains(QLatin1String("://")))
        window.urlBar()->setText(openFile);
    else if (!openFile.isEmpty())
        QTimer::singleShot(0, &window, [&window, openFile] { window.openCrawlFile(openFile); });
    return app.exec();
}

} // namespace pav::ui
