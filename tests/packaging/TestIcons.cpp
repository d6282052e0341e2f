// SPDX-FileCopyrightText: 2026 Pavutyna contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <algorithm>
#include <cmath>

#include <QColor>
#include <QDir>
#include <QFileInfo>
#include <QIcon>
#include <QImage>
#include <QImageReader>
#include <QPixmap>
#include <QTest>

#include "resources/Icons.h"

using pav::resources::Icon;

namespace {

QString iconName(Icon icon) { return QFileInfo(pav::resources::iconPath(icon)).completeBaseName(); }

// WCAG relative luminance and contrast ratio: how the mid-grey of the action icons is judged against a light and
// a dark window background.
double luminance(QColor c)
{
    auto channel = [](double v) { return v <= 0.03928 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4); };
    return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF());
}

double contrast(QColor a, QColor b)
{
    const double la = luminance(a);
    const double lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

QImage render(Icon icon, int extent, qreal dpr = 1.0)
{
    return pav::resources::icon(icon)
        .pixmap(QSize(extent, extent), dpr)
        .toImage()
        .convertToFormat(QImage::Format_ARGB32);
}

int coveredPixels(const QImage& image)
{
    int covered = 0;
    for (int y = 0; y < image.height(); ++y)
        for (int x = 0; x < image.width(); ++x)
            covered += qAlpha(image.pixel(x, y)) > 128;
    return covered;
}

} // namespace

// The SVG icons in :/icons/ render, at every size and device pixel ratio, through Qt's SVG plugins.
class TestIcons : public QObject
{
    Q_OBJECT

private slots:
    void svgPluginIsInstalled()
    {
        QVERIFY2(QImageReader::supportedImageFormats().contains("svg"),
            "Qt's SVG image plugin is missing: install libqt6svg6 (qt6-svg-dev), as scripts/setup.sh does");
    }

    void everyIconFileHasAnEnumerator()
    {
        QStringList inResources = QDir(QStringLiteral(":/icons")).entryList(QDir::Files);
        QStringList named;
        for (Icon icon : pav::resources::AllIcons)
            named << QFileInfo(pav::resources::iconPath(icon)).fileName();
        inResources.sort();
        named.sort();
        QCOMPARE(inResources, named);
    }

    void rendersAtEverySizeAndPixelRatio_data()
    {
        QTest::addColumn<Icon>("icon");
        QTest::addColumn<int>("extent");
        QTest::addColumn<qreal>("dpr");
        for (Icon icon : pav::resources::AllIcons)
            for (int extent : { 16, 24, 48 })
                for (qreal dpr : { 1.0, 2.0 })
                    QTest::addRow("%s %dpx @%gx", qPrintable(iconName(icon)), extent, dpr) << icon << extent << dpr;
    }

    void rendersAtEverySizeAndPixelRatio()
    {
        QFETCH(Icon, icon);
        QFETCH(int, extent);
        QFETCH(qreal, dpr);
        const QIcon qicon = pav::resources::icon(icon);
        QVERIFY(!qicon.isNull());
        const QPixmap pixmap = qicon.pixmap(QSize(extent, extent), dpr);
        QVERIFY2(!pixmap.isNull(), qPrintable(pav::resources::iconPath(icon)));
        QCOMPARE(pixmap.size(), QSize(extent, extent) * dpr);
        // Something is drawn, and it is a shape rather than a filled square.
        const QImage image = pixmap.toImage().convertToFormat(QImage::Format_ARGB32);
        const int area = image.width() * image.height();
        const int covered = coveredPixels(image);
        QVERIFY2(covered >= area / 20, qPrintable(QStringLiteral("%1 of %2 pixels drawn").arg(covered).arg(area)));
        QVERIFY2(covered < area * 9 / 10, qPrintable(QStringLiteral("%1 of %2 pixels drawn").arg(covered).arg(area)));
    }

    void largeSizesAreDrawnFromTheVectorsNotUpscaled_data()
    {
        QTest::addColumn<Icon>("icon");
        for (Icon icon : pav::resources::AllIcons)
            QTest::newRow(qPrintable(iconName(icon))) << icon;
    }

    void largeSizesAreDrawnFromTheVectorsNotUpscaled()
    {
        // A 24 px bitmap blown up to 192 px has soft edges several pixels wide; the SVG renderer's edges are one
        // pixel wide. Compare the icon with the SVG renderer's own drawing at that size.
        QFETCH(Icon, icon);
        constexpr int Extent = 192;
        QImageReader reader(pav::resources::iconPath(icon));
        reader.setScaledSize(QSize(Extent, Extent));
        const QImage reference = reader.read().convertToFormat(QImage::Format_ARGB32);
        QVERIFY2(!reference.isNull(), qPrintable(reader.errorString()));
        const QImage drawn = render(icon, Extent);
        QCOMPARE(drawn.size(), reference.size());
        int differing = 0;
        for (int y = 0; y < Extent; ++y)
            for (int x = 0; x < Extent; ++x)
                differing += std::abs(qAlpha(drawn.pixel(x, y)) - qAlpha(reference.pixel(x, y))) > 64;
        QVERIFY2(differing < Extent * Extent / 100, qPrintable(QStringLiteral("%1 pixels differ").arg(differing)));
    }

    void actionIconsAreNeutralGreyThatReadsOnLightAndDarkThemes_data()
    {
        QTest::addColumn<Icon>("icon");
        for (Icon icon : pav::resources::AllIcons)
            if (icon != Icon::App)
                QTest::newRow(qPrintable(iconName(icon))) << icon;
    }

    void actionIconsAreNeutralGreyThatReadsOnLightAndDarkThemes()
    {
        QFETCH(Icon, icon);
        const QImage image = render(icon, 48);
        const QColor light(0xff, 0xff, 0xff);
        const QColor dark(0x1e, 0x1e, 0x1e); // a typical dark theme's window colour (Breeze Dark is #202326)
        int opaque = 0;
        for (int y = 0; y < image.height(); ++y) {
            for (int x = 0; x < image.width(); ++x) {
                const QRgb pixel = image.pixel(x, y);
                if (qAlpha(pixel) != 255)
                    continue;
                ++opaque;
                const QColor colour = QColor::fromRgb(pixel);
                QVERIFY2(qRed(pixel) == qGreen(pixel) && qGreen(pixel) == qBlue(pixel), qPrintable(colour.name()));
                QVERIFY2(contrast(colour, light) >= 3.0, qPrintable(colour.name()));
                QVERIFY2(contrast(colour, dark) >= 3.0, qPrintable(colour.name()));
            }
        }
        QVERIFY(opaque > 0);
    }

    void appIconIsARoundedTileWithTransparentCorners()
    {
        const QImage image = render(Icon::App, 128);
        QCOMPARE(qAlpha(image.pixel(0, 0)), 0);
        QCOMPARE(qAlpha(image.pixel(127, 127)), 0);
        QCOMPARE(qAlpha(image.pixel(64, 64)), 255);
        QCOMPARE(qAlpha(image.pixel(12, 64)), 255); // inside the tile, between threads
    }

    void appIdMatchesThePackagingFiles()
    {
        QCOMPARE(QString::fromLatin1(pav::resources::AppId), QStringLiteral(PAV_APP_ID));
    }
};

QObject* makeTestIcons() { return new TestIcons; }

#include "TestIcons.moc"
