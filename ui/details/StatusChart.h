// SPDX-FileCopyrightText: 2026 Pavutyna contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QRectF>
#include <QStringList>
#include <QWidget>

#include "ui/details/ChartData.h"

namespace pav::ui {

// Two small bar charts painted with QPainter for the overview panel: fetched URLs by status class (fixed
// status colours) and responses by response time (the palette's highlight), each bar labelled with its
// count. Text and axes use the palette, so light and dark themes both read; geometry is in logical pixels,
// so high-DPI screens get crisp bars. GUI thread only; setData() just repaints.
class StatusChart : public QWidget
{
    Q_OBJECT

public:
    explicit StatusChart(QWidget* parent = nullptr);

    void setData(const ChartData& data);
    const ChartData& data() const { return m_data; }

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

    // The label under a bar, translated: "2xx", "Blocked", "<100 ms"…
    static QString statusClassLabel(int statusClass);
    static QString bucketLabel(int bucket);

protected:
    void paintEvent(QPaintEvent* event) override;
    bool event(QEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    struct Bar
    {
        QRectF rect;     // the bar itself
        QRectF hitRect;  // its whole column, for tool tips
        QString label;
        qint64 value = 0;
        qint64 total = 0;
    };
    void retranslateUi();
    // Draws one chart into `area` and returns its bars (for tool tips).
    QList<Bar> paintChart(QPainter& painter, const QRectF& area, const QString& title, const QList<qint64>& values,
                          const QStringList& labels, const QList<QColor>& colours) const;

    ChartData m_data;
    QString m_statusTitle;
    QString m_timesTitle;
    QList<Bar> m_hitBars; // as last painted
};

} // namespace pav::ui
