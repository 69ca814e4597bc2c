// The tray-state icons: each is compiled in, draws at 22 px through Qt's SVG
// icon engine, and differs from every other in shape (its alpha mask), not
// only in colour, so they can be told apart on any panel and by the colour-blind.
#include "TrayIcons.h"

#include <QApplication>
#include <QFile>
#include <QImage>
#include <QTest>

using namespace Lifeline::Tray;

namespace {

const QList<IconKind> AllKinds { IconKind::Checking, IconKind::Fine, IconKind::PartlyBroken,
    IconKind::BackupOn, IconKind::Offline };

QImage render(IconKind kind)
{
    return trayIcon(kind).pixmap(22, 22).toImage().convertToFormat(QImage::Format_ARGB32);
}

// Pixels that are clearly opaque in one and clearly transparent in the other.
int shapeDifference(const QImage &a, const QImage &b)
{
    int differing = 0;
    for (int y = 0; y < a.height(); ++y) {
        for (int x = 0; x < a.width(); ++x) {
            const bool inA = qAlpha(a.pixel(x, y)) > 128;
            const bool inB = qAlpha(b.pixel(x, y)) > 128;
            differing += inA != inB ? 1 : 0;
        }
    }
    return differing;
}

// The mask of the light (inner) marks: check, exclamation, arch, dots.
int markDifference(const QImage &a, const QImage &b)
{
    int differing = 0;
    for (int y = 0; y < a.height(); ++y) {
        for (int x = 0; x < a.width(); ++x) {
            const bool lightA = qAlpha(a.pixel(x, y)) > 128 && qGray(a.pixel(x, y)) > 200;
            const bool lightB = qAlpha(b.pixel(x, y)) > 128 && qGray(b.pixel(x, y)) > 200;
            differing += lightA != lightB ? 1 : 0;
        }
    }
    return differing;
}

} // namespace

class TestTrayIcons : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void compiledIn();
    void drawsAt22();
    void shapesDiffer();
};

void TestTrayIcons::compiledIn()
{
    for (const IconKind kind : AllKinds) {
        QFile file(trayIconPath(kind));
        QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(trayIconPath(kind)));
        QVERIFY(file.readAll().contains("<svg"));
    }
}

void TestTrayIcons::drawsAt22()
{
    for (const IconKind kind : AllKinds) {
        const QImage image = render(kind);
        // Null here means the SVG icon engine (libqt6svg6) is missing.
        QVERIFY2(!image.isNull(), qPrintable(iconName(kind)));
        QCOMPARE(image.size(), QSize(22, 22));
        int opaque = 0;
        for (int y = 0; y < 22; ++y) {
            for (int x = 0; x < 22; ++x)
                opaque += qAlpha(image.pixel(x, y)) > 128 ? 1 : 0;
        }
        // Fills a good part of its square: legible, not a speck.
        QVERIFY2(opaque > 22 * 22 / 4, qPrintable(QStringLiteral("%1: %2 opaque pixels").arg(iconName(kind)).arg(opaque)));
    }
}

void TestTrayIcons::shapesDiffer()
{
    for (qsizetype i = 0; i < AllKinds.size(); ++i) {
        for (qsizetype j = i + 1; j < AllKinds.size(); ++j) {
            const QImage a = render(AllKinds.at(i));
            const QImage b = render(AllKinds.at(j));
            const int difference = shapeDifference(a, b) + markDifference(a, b);
            QVERIFY2(difference >= 20,
                qPrintable(QStringLiteral("%1 and %2 differ in only %3 pixels of shape")
                               .arg(iconName(AllKinds.at(i)), iconName(AllKinds.at(j)))
                               .arg(difference)));
        }
    }
}

QTEST_MAIN(TestTrayIcons)
#include "TestTrayIcons.moc"
