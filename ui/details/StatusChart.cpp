// SPDX-FileCopyrightText: 2026 Pavutyna contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/details/StatusChart.h"

#include <algorithm>

#include <QEvent>
#include <QHelpEvent>
#include <QLocale>
#include <QPainter>
#include <QToolTip>

namespace pav::ui {

namespace {
constexpr qreal Margin = 6;
constexpr qreal Gap = 12; // between the two charts

// Status colours are fixed, as in every crawler's UI, and chosen to stay distinct on light and dark
// backgrounds; everything else comes from the palette.
const QList<QColor>& statusColours()
{
    static const QList<QColor> colours{QColor(0x2e, 0x9d, 0x4f), QColor(0x2f, 0x7f, 0xd8), QColor(0xe0, 0x8a, 0x1e),
                                       QColor(0xd4, 0x3c, 0x3c), QColor(0x8e, 0x5b, 0xd0), QColor(0x8a, 0x8a, 0x8a)};
    return colours;
}
} // namespace

StatusChart::StatusChart(QWidget* parent)
    : QWidget(parent)
{
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Preferred);
    retranslateUi();
}

void StatusChart::setData(const ChartData& data)
{
    if (data == m_data)
        return;
    m_data = data;
    update();
}

QString StatusChart::statusClassLabel(int statusClass)
{
    switch (statusClass) {
    case ChartData::Success:
        return tr("2xx");
    case ChartData::Redirect:
        return tr("3xx");
    case ChartData::ClientError:
        return tr("4xx");
    case ChartData::ServerError:
        return tr("5xx");
    case ChartData::Blocked:
        return tr("Blocked", "blocked by robots.txt, a short chart label");
    case ChartData::NoResponse:
        return tr("No response", "a short chart label");
    default:
        return {};
    }
}

QString StatusChart::bucketLabel(int bucket)
{
    const QLocale locale;
    const auto& limits = ChartData::BucketLimitsMs;
    const auto ms = [&](qint64 value) {
        return value >= 1000 ? tr("%1 s").arg(locale.toString(value / 1000)) : tr("%1 ms").arg(locale.toString(value));
    };
    if (bucket <= 0)
        return tr("<%1", "response time bucket, below a limit").arg(ms(limits.front()));
    if (bucket >= int(limits.size()))
        return tr(">%1", "response time bucket, above a limit").arg(ms(limits.back()));
    const qint64 low = limits[std::size_t(bucket - 1)];
    const qint64 high = limits[std::size_t(bucket)];
    if (low >= 1000)
        return tr("%1–%2 s", "response time bucket").arg(locale.toString(low / 1000), locale.toString(high / 1000));
    return tr("%1–%2 ms", "response time bucket").arg(locale.toString(low), locale.toString(high));
}

QSize StatusChart::sizeHint() const
{
    // Wide enough for every label's longest word (labels wrap at spaces), in the current language.
    const QFontMetrics metrics = fontMetrics();
    int widest = 0;
    for (int i = 0; i < std::max<int>(ChartData::StatusClassCount, ChartData::BucketCount); ++i) {
        const QString labels = statusClassLabel(i) + QLatin1Char(' ') + bucketLabel(i);
        for (QStringView word : QStringView(labels).split(u' ', Qt::SkipEmptyParts))
            widest = std::max(widest, metrics.horizontalAdvance(word.toString()));
    }
    const int columns = std::max<int>(ChartData::StatusClassCount, ChartData::BucketCount);
    const int width = std::max(metrics.horizontalAdvance(QLatin1Char('x')) * 40, columns * (widest + 10));
    return {width + 2 * int(Margin), metrics.height() * 18};
}

QSize StatusChart::minimumSizeHint() const
{
    const QFontMetrics metrics = fontMetrics();
    return {metrics.horizontalAdvance(QLatin1Char('x')) * 24, metrics.height() * 10};
}

void StatusChart::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        update();
    } else if (event->type() == QEvent::FontChange) {
        updateGeometry();
    }
    QWidget::changeEvent(event);
}

void StatusChart::retranslateUi()
{
    m_statusTitle = tr("Status codes");
    m_timesTitle = tr("Response times");
    setAccessibleName(tr("Status codes and response times chart"));
}

bool StatusChart::event(QEvent* event)
{
    if (event->type() == QEvent::ToolTip) {
        const auto* help = static_cast<QHelpEvent*>(event);
        const QLocale locale;
        for (const Bar& bar : std::as_const(m_hitBars)) {
            if (!bar.hitRect.contains(help->pos()))
                continue;
            const double share = bar.total > 0 ? 100.0 * double(bar.value) / double(bar.total) : 0.0;
            QToolTip::showText(help->globalPos(),
                               tr("%1: %2 (%3%)", "chart bar tool tip: label, count, percentage")
                                   .arg(bar.label, locale.toString(bar.value), locale.toString(share, 'f', 1)),
                               this);
            return true;
        }
        QToolTip::hideText();
        event->ignore();
        return true;
    }
    return QWidget::event(event);
}

void StatusChart::paintEvent(QPaintEvent*)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const QRectF all = QRectF(rect()).adjusted(Margin, Margin, -Margin, -Margin);
    // Side by side when the panel is wide, stacked when it is a narrow side panel.
    QRectF first = all;
    QRectF second = all;
    if (all.width() > all.height() * 2.2) {
        first.setRight(all.center().x() - Gap / 2);
        second.setLeft(all.center().x() + Gap / 2);
    } else {
        first.setBottom(all.center().y() - Gap / 2);
        second.setTop(all.center().y() + Gap / 2);
    }

    QList<qint64> statuses(m_data.statusClasses.begin(), m_data.statusClasses.end());
    QStringList statusLabels;
    for (int i = 0; i < ChartData::StatusClassCount; ++i)
        statusLabels.append(statusClassLabel(i));
    QList<qint64> times(m_data.responseTimes.begin(), m_data.responseTimes.end());
    QStringList timeLabels;
    for (int i = 0; i < ChartData::BucketCount; ++i)
        timeLabels.append(bucketLabel(i));
    const QColor highlight = palette().color(QPalette::Highlight);

    m_hitBars = paintChart(painter, first, m_statusTitle, statuses, statusLabels, statusColours());
    m_hitBars += paintChart(painter, second, m_timesTitle, times, timeLabels, QList<QColor>(times.size(), highlight));
}

QList<StatusChart::Bar> StatusChart::paintChart(QPainter& painter, const QRectF& area, const QString& title,
                                                const QList<qint64>& values, const QStringList& labels,
                                                const QList<QColor>& colours) const
{
    QList<Bar> bars;
    if (values.isEmpty() || area.width() <= 0 || area.height() <= 0)
        return bars;
    const QLocale locale;
    const QColor text = palette().color(QPalette::WindowText);
    const QColor axis = palette().color(QPalette::Mid);
    const QFontMetricsF metrics(font());
    const qreal line = metrics.height();

    QFont titleFont = font();
    titleFont.setBold(true);
    painter.setFont(titleFont);
    painter.setPen(text);
    const QRectF titleRect(area.left(), area.top(), area.width(), line);
    painter.drawText(titleRect, Qt::AlignLeft | Qt::AlignVCenter,
                     QFontMetricsF(titleFont).elidedText(title, Qt::ElideRight, area.width()));
    painter.setFont(font());

    // Title, a line for the counts above the tallest bar, the plot, then two lines of labels under the axis.
    const QRectF plot(area.left(), titleRect.bottom() + line + 2, area.width(),
                      std::max<qreal>(0, area.height() - 4 * line - 6));
    const qreal baseline = plot.bottom();
    qint64 total = 0;
    qint64 largest = 0;
    for (qint64 value : values) {
        total += value;
        largest = std::max(largest, value);
    }
    const qreal slot = plot.width() / qreal(values.size());
    const qreal barWidth = std::max<qreal>(1, slot * 0.7);
    for (qsizetype i = 0; i < values.size(); ++i) {
        Bar bar;
        bar.value = values[i];
        bar.total = total;
        bar.label = labels.value(i);
        const qreal x = plot.left() + slot * qreal(i);
        qreal height = largest > 0 ? plot.height() * qreal(bar.value) / qreal(largest) : 0;
        if (bar.value > 0)
            height = std::max<qreal>(height, 1.5); // a single URL still shows
        bar.rect = QRectF(x + (slot - barWidth) / 2, baseline - height, barWidth, height);
        bar.hitRect = QRectF(x, titleRect.bottom(), slot, area.bottom() - titleRect.bottom());
        painter.fillRect(bar.rect, colours.value(i, text));

        painter.setPen(text);
        const QRectF countRect(x, bar.rect.top() - line - 1, slot, line);
        painter.drawText(countRect, Qt::AlignHCenter | Qt::AlignBottom,
                         metrics.elidedText(locale.toString(bar.value), Qt::ElideRight, slot));
        // Wrapped at spaces onto two lines ("No / response", "100–250 / ms"). A word too wide for its slot
        // ("Заблоковано" in a narrow panel) is drawn in a smaller font, down to 70%, before it is elided.
        const QRectF labelRect(x, baseline + 3, slot, 2 * line);
        const int flags = Qt::AlignHCenter | Qt::AlignTop | Qt::TextWordWrap;
        const QFont normal = painter.font();
        QFont font = normal;
        bool fits = false;
        for (qreal scale = 1.0; scale >= 0.69 && !fits; scale -= 0.1) {
            if (normal.pointSizeF() > 0)
                font.setPointSizeF(normal.pointSizeF() * scale);
            else
                font.setPixelSize(std::max(1, int(normal.pixelSize() * scale)));
            const QRectF needed = QFontMetricsF(font).boundingRect(labelRect, flags, bar.label);
            fits = needed.width() <= slot + 0.5 && needed.height() <= labelRect.height() + 0.5;
        }
        painter.setFont(font);
        if (fits)
            painter.drawText(labelRect, flags, bar.label);
        else
            painter.drawText(labelRect, Qt::AlignHCenter | Qt::AlignTop,
                             QFontMetricsF(font).elidedText(bar.label, Qt::ElideRight, slot));
        painter.setFont(normal);
        bars.append(bar);
    }
    painter.setPen(QPen(axis, 1));
    painter.drawLine(QPointF(plot.left(), baseline + 0.5), QPointF(plot.right(), baseline + 0.5));
    return bars;
}

} // namespace pav::ui
