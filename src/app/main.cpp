// SPDX-FileCopyrightText: 2026 Pavutyna contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <cstdlib> // defines __GLIBC__ when the C library is glibc
#if defined(__GLIBC__)
#include <malloc.h>
#endif

#include <QApplication>
#include <QCoreApplication>
#include <QIcon>
#include <QSettings>

#include "app/Translator.h"
#include "cli/BatchScheduling.h"
#include "cli/HeadlessOptions.h"
#include "cli/HeadlessRunner.h"
#include "resources/Icons.h"
#include "store/Database.h"
#include "ui/Gui.h"
#include "xpath/Libxml2.h"

int main(int argc, char* argv[])
{
    QCoreApplication::setApplicationName(QStringLiteral("Pavutyna"));
    QCoreApplication::setOrganizationName(QStringLiteral("Pavutyna"));
    QCoreApplication::setApplicationVersion(QStringLiteral(PAV_VERSION_STRING));
    // Before any database is opened, for the crawler's writer and the window's readers alike (Database.h says why).
    pav::store::Database::disableMemoryStatistics();
    pav::xpath::initialiseLibxml2(); // before any parse thread evaluates an XPath rule
#if defined(__GLIBC__)
    // glibc gives the top of its heap back to the kernel as soon as 128 KB there are free. A crawl frees and
    // allocates page bodies and link lists all the time, so the heap shrank and grew about 10,000 times a crawl
    // of the bench site: a brk call, fresh zeroed pages to fault in, and a TLB shootdown that interrupts the
    // parse threads, each time. Keeping up to 64 MB cut the brk calls to ~500 and the page faults from 47,000 to
    // 28,000 with the same peak RSS (it only decides when memory freed after the peak is returned). Setting it
    // also freezes the mmap threshold, so blocks over 4 MB, and only those, get mappings of their own.
    mallopt(M_TRIM_THRESHOLD, 64 << 20);
    mallopt(M_MMAP_THRESHOLD, 4 << 20);
#endif
    // Decided before any Q*Application exists: the headless path must never touch a display.
    if (pav::cli::wantsHeadless(argc, argv)) {
        // Qt's plain Unix event dispatcher instead of GLib's: GLib's writes its wake-up eventfd for every posted
        // event and polls once more per pass, where the Unix one wakes once per pass. On the bench crawl that is
        // 43,000 writes and 40,000 polls instead of 116,000 and 109,000. Nothing headless needs GLib's loop.
        qputenv("QT_NO_GLIB", "1");
        // Before any thread starts, so the parse pool and curl's resolver threads inherit it (BatchScheduling.h).
        pav::cli::scheduleAsBatchJob();
        QCoreApplication app(argc, argv);
        pav::app::Translator translator;
        translator.useSystemLanguage();
        return pav::cli::runHeadless(app.arguments(), pav::cli::stdStreams());
    }
    QApplication app(argc, argv);
    QApplication::setDesktopFileName(QString::fromLatin1(pav::resources::AppId));
    QApplication::setWindowIcon(pav::resources::icon(pav::resources::Icon::App));
    pav::app::Translator translator;
    const auto switchLanguage = [&translator](const QString& language) {
        if (language.isEmpty() || !translator.useLanguage(language))
            translator.useSystemLanguage();
    };
    // The language chosen in View ▸ Language, else the system's (LANG=uk_UA.UTF-8 starts in Ukrainian).
    switchLanguage(QSettings().value(QStringLiteral("ui/language")).toString());
    const QStringList arguments = app.arguments();
    return pav::ui::runGui(app, switchLanguage, arguments.size() > 1 ? arguments.at(1) : QString());
}
