// SPDX-FileCopyrightText: 2026 Pavutyna contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/MainWindow.h"

#include <QApplication>
#include <QEvent>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>

#include "net/CurlGlobal.h"

namespace pav::ui {

MainWindow::MainWindow(QWidget* parent)
    : QMainWindow(parent)
{
    m_fileMenu = menuBar()->addMenu(QString());
    m_quitAction = m_fileMenu->addAction(QString(), qApp, &QApplication::quit);
    m_quitAction->setShortcut(QKeySequence::Quit);
    m_helpMenu = menuBar()->addMenu(QString());
    m_aboutAction = m_helpMenu->addAction(QString(), this, &MainWindow::showAbout);
    m_placeholder = new QLabel(this);
    m_placeholder->setAlignment(Qt::AlignCenter);
    setCentralWidget(m_placeholder);
    resize(1100, 700);
    retranslateUi();
}

void MainWindow::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QMainWindow::changeEvent(event);
}

void MainWindow::retranslateUi()
{
    setWindowTitle(tr("Pavutyna"));
    m_fileMenu->setTitle(tr("&File"));
    m_quitAction->setText(tr("&Quit"));
    m_helpMenu->setTitle(tr("&Help"));
    m_aboutAction->setText(tr("&About Pavutyna"));
    m_placeholder->setText(tr("Pavutyna — website crawler"));
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About Pavutyna"),
                       tr("<h3>Pavutyna %1</h3><p>An asynchronous website crawler and scraper.</p>"
                          "<p>Qt %2<br>%3</p>")
                           .arg(QStringLiteral(PAV_VERSION_STRING), QString::fromLatin1(qVersion()),
                                net::curlVersion().toHtmlEscaped()));
}

} // namespace pav::ui
