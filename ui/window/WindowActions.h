// SPDX-FileCopyrightText: 2026 Pavutyna contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

class QAction;
class QActionGroup;
class QMainWindow;
class QMenu;
class QToolBar;
class QWidget;

namespace pav::ui {

// The main window's commands as QActions, shared by the menus, the toolbar and the shortcuts, with their
// icons and texts; the window connects them and enables them by the crawl's state.
class WindowActions : public QObject
{
    Q_OBJECT

public:
    // Builds the menu bar of `window`; `urlBarArea` (URL bar and controls) goes into the main toolbar.
    WindowActions(QMainWindow* window, QWidget* urlBarArea);
    void retranslate();

    QAction* newCrawl = nullptr;
    QAction* open = nullptr;
    QAction* saveAs = nullptr;
    QAction* exportData = nullptr;
    QAction* importList = nullptr;
    QAction* quit = nullptr;
    QAction* start = nullptr;
    QAction* pause = nullptr;
    QAction* resume = nullptr;
    QAction* stop = nullptr;
    QAction* settings = nullptr;
    QAction* find = nullptr;
    QAction* languageSystem = nullptr;
    QAction* languageEnglish = nullptr;
    QAction* languageUkrainian = nullptr;
    QAction* about = nullptr;
    QActionGroup* languages = nullptr;
    QMenu* fileMenu = nullptr;
    QMenu* recentMenu = nullptr;
    QMenu* crawlMenu = nullptr;
    QMenu* viewMenu = nullptr;
    QMenu* languageMenu = nullptr;
    QMenu* helpMenu = nullptr;
    QToolBar* toolBar = nullptr;
};

} // namespace pav::ui
