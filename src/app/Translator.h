// SPDX-FileCopyrightText: 2026 Pavutyna contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QTranslator>

namespace pav::app {

// Installs our translations (embedded at :/i18n) and Qt's own for one language; swapping languages at run
// time sends QEvent::LanguageChange to every widget. Lives as long as the application object.
class Translator
{
public:
    Translator() = default;
    Translator(const Translator&) = delete;
    Translator& operator=(const Translator&) = delete;
    ~Translator();

    void useSystemLanguage();
    // "uk", "en", ...; returns false when no translation for it is embedded (English is then used).
    bool useLanguage(const QString& language);

private:
    void removeInstalled();
    QTranslator m_ours;
    QTranslator m_qt;
    bool m_installed = false;
};

} // namespace pav::app
