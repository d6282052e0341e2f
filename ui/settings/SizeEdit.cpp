// SPDX-FileCopyrightText: 2026 Pavutyna contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/settings/SizeEdit.h"

#include <algorithm>
#include <cmath>
#include <iterator>

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QHBoxLayout>

namespace pav::ui {

namespace {
constexpr qint64 Units[] = { 1, 1024, 1024 * 1024, 1024LL * 1024 * 1024 };
}

SizeEdit::SizeEdit(qint64 maximum, QWidget* parent)
    : QWidget(parent)
    , m_maximum(maximum)
{
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_count = new QDoubleSpinBox(this);
    m_count->setObjectName(QStringLiteral("maxSizeCount"));
    m_count->setDecimals(0);
    m_unit = new QComboBox(this);
    m_unit->setObjectName(QStringLiteral("maxSizeUnit"));
    for (qint64 unit : Units)
        m_unit->addItem(QString(), unit);
    layout->addWidget(m_count);
    layout->addWidget(m_unit);
    layout->addStretch();
    setFocusProxy(m_count);
    retranslateUi();
    applyUnitRange();
    // Changing the unit keeps the typed number ("50", then "MiB"), like the suffix of --max-size.
    connect(m_unit, &QComboBox::currentIndexChanged, this, [this] {
        applyUnitRange();
        emit changed();
    });
    connect(m_count, &QDoubleSpinBox::valueChanged, this, &SizeEdit::changed);
}

qint64 SizeEdit::bytes() const { return qint64(std::llround(m_count->value())) * unitBytes(); }

void SizeEdit::setBytes(qint64 bytes)
{
    bytes = std::clamp<qint64>(bytes, 1, m_maximum);
    int index = 0;
    for (int i = 0; i < int(std::size(Units)); ++i) {
        if (bytes % Units[i] == 0)
            index = i;
    }
    const QSignalBlocker blockUnit(m_unit);
    const QSignalBlocker blockCount(m_count);
    m_unit->setCurrentIndex(index);
    applyUnitRange();
    m_count->setValue(double(bytes / Units[index]));
    emit changed();
}

void SizeEdit::retranslateUi()
{
    m_unit->setItemText(0, tr("bytes"));
    m_unit->setItemText(1, tr("KiB"));
    m_unit->setItemText(2, tr("MiB"));
    m_unit->setItemText(3, tr("GiB"));
}

qint64 SizeEdit::unitBytes() const { return m_unit->currentData().toLongLong(); }

void SizeEdit::applyUnitRange() { m_count->setRange(1, double(m_maximum / unitBytes())); }

} // namespace pav::ui
