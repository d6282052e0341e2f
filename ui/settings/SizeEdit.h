// SPDX-FileCopyrightText: 2026 Pavutyna contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QComboBox;
class QDoubleSpinBox;

namespace pav::ui {

// A byte count typed as a whole number and a unit (bytes, KiB, MiB, GiB), as --max-size takes "50M". A value
// is shown in the largest unit that holds it exactly, so reading a config and writing it back loses nothing.
class SizeEdit : public QWidget
{
    Q_OBJECT

public:
    explicit SizeEdit(qint64 maximum, QWidget* parent = nullptr);

    qint64 bytes() const;
    void setBytes(qint64 bytes);
    void retranslateUi();

signals:
    void changed();

private:
    qint64 unitBytes() const;
    void applyUnitRange();

    QDoubleSpinBox* m_count = nullptr; // a double: bytes up to 2^40 do not fit an int, and doubles hold them exactly
    QComboBox* m_unit = nullptr;
    qint64 m_maximum;
};

} // namespace pav::ui
