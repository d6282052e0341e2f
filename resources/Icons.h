// SPDX-FileCopyrightText: 2026 Pavutyna contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <array>

class QIcon;
class QString;

namespace pav::resources {

// The application's SVG icons, compiled into the binary under :/icons/ (resources/icons/<name>.svg). SVG keeps them
// sharp at any device pixel ratio; drawing them needs Qt's SVG plugins at run time (Debian: libqt6svg6).
enum class Icon {
    Start, // start.svg        play triangle
    Pause, // pause.svg
    Resume, // resume.svg       bar + play triangle
    Stop, // stop.svg
    Open, // open.svg         folder
    Save, // save.svg
    Export, // export.svg       arrow out of a tray
    ImportList, // import-list.svg  arrow into a list
    Settings, // settings.svg     gear
    Recrawl, // refresh.svg      circular arrow
    Copy, // copy.svg
    Search, // search.svg       magnifier
    About, // about.svg        "i" in a circle
    App, // pavutyna.svg     the application icon (also installed as the hicolor icon)
};

inline constexpr std::array AllIcons = {
    Icon::Start,
    Icon::Pause,
    Icon::Resume,
    Icon::Stop,
    Icon::Open,
    Icon::Save,
    Icon::Export,
    Icon::ImportList,
    Icon::Settings,
    Icon::Recrawl,
    Icon::Copy,
    Icon::Search,
    Icon::About,
    Icon::App,
};

// The desktop file, AppStream component and installed icon share this id; pass it to
// QGuiApplication::setDesktopFileName() so Wayland compositors find the icon and the .desktop entry.
inline constexpr auto AppId = "io.github.pavutyna.Pavutyna";

// ":/icons/start.svg" and so on.
QString iconPath(Icon icon);

// The icon itself; one QIcon renders crisp pixmaps for every size and device pixel ratio it is asked for.
QIcon icon(Icon icon);

} // namespace pav::resources
