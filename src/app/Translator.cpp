// SPDX-FileCopyrightText: 2026 Pavutyna contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/Translator.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>

namespace pav::app {

Translator::~Translator()
{
    removeInstalled();
}

void Translator::useSystemLanguage()
{
    QLocale::setDefault(QLocale::system());
    // English also needs its file: it carries the plural forms ("1 URL", "2 URLs") for the source strings.
    if (!useLanguage(QLocale().name().section(QLatin1Char('_'), 0, 0)))
        useLanguage(QStringLiteral("en"));
}

bool Translator::useLanguage(const QString& language)
{
    removeInstalled();
    const bool found = m_ours.load(QStringLiteral(":/i18n/pavutyna_%1.qm").arg(language));
    if (found) {
        // Numbers, dates and durations follow the language of the interface (exports never use the locale).
        if (language != QLocale::system().name().section(QLatin1Char('_'), 0, 0))
            QLocale::setDefault(QLocale(language));
        else
            QLocale::setDefault(QLocale::system());
        QCoreApplication::installTranslator(&m_ours);
        if (m_qt.load(QStringLiteral("qtbase_%1").arg(language), QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
            QCoreApplication::installTranslator(&m_qt);
        m_installed = true;
    }
    return found;
}

void Translator::removeInstalled()
{
    if (!m_installed)
        return;
    QCoreApplication::removeTranslator(&m_ours);
    QCoreApplication::removeTranslator(&m_qt);
    m_installed = false;
}

} // namespace pav::app
