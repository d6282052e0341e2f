// SPDX-FileCopyrightText: 2026 Pavutyna contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/window/WindowActions.h"

#include <QAction>
#include <QActionGroup>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QToolBar>

#include "resources/Icons.h"

namespace pav::ui {

namespace {
using resources::Icon;

QAction* makeAction(QObject* parent, Icon icon, const QKeySequence& shortcut = {})
{
    auto* action = new QAction(resources::icon(icon), QString(), parent);
    action->setShortcut(shortcut);
    return action;
}

QAction* makeAction(QObject* parent, const QKeySequence& shortcut = {})
{
    auto* action = new QAction(parent);
    action->setShortcut(shortcut);
    return action;
}
} // namespace

WindowActions::WindowActions(QMainWindow* window, QWidget* urlBarArea)
    : QObject(window)
{
    newCrawl = makeAction(this, QKeySequence::New);
    open = makeAction(this, Icon::Open, QKeySequence::Open);
    saveAs = makeAction(this, Icon::Save, QKeySequence::SaveAs);
    exportData = makeAction(this, Icon::Export, QKeySequence(Qt::CTRL | Qt::Key_E));
    importList = makeAction(this, Icon::ImportList, QKeySequence(Qt::CTRL | Qt::Key_L));
    quit = makeAction(this, QKeySequence::Quit);
    start = makeAction(this, Icon::Start, QKeySequence(Qt::Key_F5));
    pause = makeAction(this, Icon::Pause, QKeySequence(Qt::Key_F6));
    resume = makeAction(this, Icon::Resume, QKeySequence(Qt::Key_F7));
    stop = makeAction(this, Icon::Stop, QKeySequence(Qt::SHIFT | Qt::Key_F5));
    settings = makeAction(this, Icon::Settings, QKeySequence::Preferences);
    if (settings->shortcut().isEmpty()) // no platform default on some desktops
        settings->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Comma));
    find = makeAction(this, Icon::Search, QKeySequence::Find);
    about = makeAction(this, Icon::About);
    window->setWindowIcon(resources::icon(Icon::App));

    languages = new QActionGroup(this);
    for (QAction** language : {&languageSystem, &languageEnglish, &languageUkrainian}) {
        *language = makeAction(languages);
        (*language)->setCheckable(true);
    }
    languageUkrainian->setText(QStringLiteral("Українська")); // each language in its own name, never translated
    languageEnglish->setText(QStringLiteral("English"));

    QMenuBar* bar = window->menuBar();
    fileMenu = bar->addMenu(QString());
    fileMenu->addActions({newCrawl, open});
    recentMenu = fileMenu->addMenu(QString());
    fileMenu->addActions({saveAs, exportData, importList});
    fileMenu->addSeparator();
    fileMenu->addAction(quit);
    crawlMenu = bar->addMenu(QString());
    crawlMenu->addActions({start, pause, resume, stop});
    crawlMenu->addSeparator();
    crawlMenu->addAction(settings);
    viewMenu = bar->addMenu(QString());
    viewMenu->addAction(find);
    languageMenu = viewMenu->addMenu(QString());
    languageMenu->addActions({languageSystem, languageEnglish, languageUkrainian});
    helpMenu = bar->addMenu(QString());
    helpMenu->addAction(about);

    toolBar = window->addToolBar(QString());
    toolBar->setObjectName(QStringLiteral("mainToolBar"));
    toolBar->setMovable(false);
    toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    toolBar->addWidget(urlBarArea);
    toolBar->addActions({start, pause, resume, stop});
    toolBar->addSeparator();
    toolBar->addActions({settings, exportData});
    retranslate();
}

void WindowActions::retranslate()
{
    newCrawl->setText(tr("&New Crawl"));
    open->setText(tr("&Open Crawl File…"));
    recentMenu->setTitle(tr("Open &Recent"));
    saveAs->setText(tr("Save Crawl File &As…"));
    exportData->setText(tr("&Export…"));
    importList->setText(tr("&Import URL List…"));
    quit->setText(tr("&Quit"));
    start->setText(tr("&Start"));
    start->setToolTip(tr("Start crawling the address in the URL bar (%1)").arg(start->shortcut().toString(QKeySequence::NativeText)));
    pause->setText(tr("&Pause"));
    resume->setText(tr("&Resume"));
    stop->setText(tr("S&top"));
    settings->setText(tr("Settin&gs…"));
    find->setText(tr("&Find in Table"));
    about->setText(tr("&About Pavutyna"));
    languageSystem->setText(tr("&System Language"));
    fileMenu->setTitle(tr("&File"));
    crawlMenu->setTitle(tr("&Crawl"));
    viewMenu->setTitle(tr("&View"));
    languageMenu->setTitle(tr("&Language"));
    helpMenu->setTitle(tr("&Help"));
    toolBar->setWindowTitle(tr("Crawl"));
}

} // namespace pav::ui
