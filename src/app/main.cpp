// SPDX-FileCopyrightText: 2026 Pavutyna contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <QApplication>
#include <QCoreApplication>

#include "app/Translator.h"
#include "cli/HeadlessOptions.h"
#include "cli/HeadlessRunner.h"
#include "ui/Gui.h"

int main(int argc, char* argv[])
{
    QCoreApplication::setApplicationName(QStringLiteral("Pavutyna"));
    QCoreApplication::setOrganizationName(QStringLiteral("Pavutyna"));
    QCoreApplication::setApplicationVersion(QStringLiteral(PAV_VERSION_STRING));
    // Decided before any Q*Application exists: the headless path must never touch a display.
    if (pav::cli::wantsHeadless(argc, argv)) {
        QCoreApplication app(argc, argv);
        pav::app::Translator translator;
        translator.useSystemLanguage();
        return pav::cli::runHeadless(app.arguments(), pav::cli::stdStreams());
    }
    QApplication app(argc, argv);
    pav::app::Translator translator;
    translator.useSystemLanguage();
    return pav::ui::runGui(app);
}
