// SPDX-FileCopyrightText: 2026 Pavutyna contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>

#include <QFileDevice>
#include <QIODevice>
#include <QString>

namespace pav::exporting {

// Pushes a file's buffered bytes to disk, so that a full disk is reported by the writer rather than lost at
// close(). Other devices have nothing to push. Returns the device's error text on failure, or nothing.
inline std::optional<QString> flushDevice(QIODevice* device)
{
    auto* file = qobject_cast<QFileDevice*>(device);
    if (file && !file->flush())
        return file->errorString();
    return std::nullopt;
}

} // namespace pav::exporting
