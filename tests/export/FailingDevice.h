// SPDX-FileCopyrightText: 2026 Pavutyna contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QIODevice>

namespace pav::test {

// A write-only device that accepts `budget` bytes and then fails every write, like a disk that fills up
// (KeePassXC's FailDevice). Unbuffered, so the failure shows at the write that crosses the budget.
class FailingDevice : public QIODevice
{
public:
    explicit FailingDevice(qint64 budget)
        : m_budget(budget)
    {
        open(QIODevice::WriteOnly | QIODevice::Unbuffered);
    }

    qint64 written() const { return m_written; }

protected:
    qint64 readData(char*, qint64) override { return -1; }
    qint64 writeData(const char*, qint64 length) override
    {
        if (length > m_budget) {
            setErrorString(QStringLiteral("No space left on device"));
            return -1;
        }
        m_budget -= length;
        m_written += length;
        return length;
    }

private:
    qint64 m_budget;
    qint64 m_written = 0;
};

} // namespace pav::test
