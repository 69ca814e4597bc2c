// lifeline's command line: what the desktop entries pass (--autostart,
// --run-picker ipv4-only|ipv6-only) and tunnel are accepted and listed in
// --help; a bad MODE, an argument, an unknown option or two starts at once are
// refused with a sentence naming what was wrong.
#include "TrayCommandLine.h"

#include <QCommandLineParser>
#include <QTest>

using namespace Lifeline::Tray;
using Start = TrayCommandLine::Start;

Q_DECLARE_METATYPE(Lifeline::Tray::TrayCommandLine::Start)

class TestTrayCommandLine : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void accepted_data();
    void accepted();
    void refused_data();
    void refused();
    void helpListsTheOptions();
};

namespace {

TrayCommandLine parse(const QStringList &arguments, QString *error)
{
    QCommandLineParser parser;
    TrayCommandLine::describe(parser);
    return TrayCommandLine::parse(parser, QStringList { QStringLiteral("lifeline") } + arguments, error);
}

} // namespace

void TestTrayCommandLine::accepted_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<Start>("start");
    QTest::addColumn<QString>("mode");
    QTest::newRow("nothing") << QStringList {} << Start::Normal << "";
    QTest::newRow("autostart") << QStringList { "--autostart" } << Start::Autostart << "";
    QTest::newRow("ipv4-only") << QStringList { "--run-picker", "ipv4-only" } << Start::Picker << "ipv4-only";
    QTest::newRow("ipv6-only, with =") << QStringList { "--run-picker=ipv6-only" } << Start::Picker << "ipv6-only";
    QTest::newRow("tunnel") << QStringList { "--run-picker", "tunnel" } << Start::Picker << "tunnel";
}

void TestTrayCommandLine::accepted()
{
    QFETCH(QStringList, arguments);
    QString error = QStringLiteral("stale");
    const TrayCommandLine line = parse(arguments, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QTEST(line.start, "start");
    QTEST(line.pickerMode, "mode");
}

void TestTrayCommandLine::refused_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QStringList>("named"); // what the sentence must name
    QTest::newRow("unknown mode") << QStringList { "--run-picker", "ipv5-only" }
                                  << QStringList { "ipv5-only", "ipv4-only", "ipv6-only", "tunnel" };
    QTest::newRow("tunnel with a name") << QStringList { "--run-picker", "tunnel:vps" } << QStringList { "tunnel:vps" };
    QTest::newRow("empty mode") << QStringList { "--run-picker=" } << QStringList { "--run-picker" };
    QTest::newRow("mode missing") << QStringList { "--run-picker" } << QStringList { "run-picker" };
    QTest::newRow("two modes") << QStringList { "--run-picker", "ipv4-only", "--run-picker", "ipv6-only" }
                               << QStringList { "--run-picker" };
    QTest::newRow("both starts") << QStringList { "--autostart", "--run-picker", "ipv4-only" }
                                 << QStringList { "--autostart", "--run-picker" };
    QTest::newRow("an argument") << QStringList { "firefox" } << QStringList { "firefox" };
    QTest::newRow("unknown option") << QStringList { "--frobnicate" } << QStringList { "frobnicate" };
}

void TestTrayCommandLine::refused()
{
    QFETCH(QStringList, arguments);
    QFETCH(QStringList, named);
    QString error;
    const TrayCommandLine line = parse(arguments, &error);
    QVERIFY(!error.isEmpty());
    for (const QString &name : named)
        QVERIFY2(error.contains(name), qPrintable(error + " does not name " + name));
    QCOMPARE(line.start, Start::Normal);
    QCOMPARE(TrayCommandLine::UsageExit, 64);
}

void TestTrayCommandLine::helpListsTheOptions()
{
    // packaging's install-tree check reads --help the same way.
    QCommandLineParser parser;
    TrayCommandLine::describe(parser);
    const QString help = parser.helpText();
    QVERIFY(help.contains(QStringLiteral("--autostart ")));
    QVERIFY(help.contains(QStringLiteral("--run-picker <MODE>")));
    for (const QString &mode : TrayCommandLine::pickerModes())
        QVERIFY2(help.contains(mode), qPrintable(mode));
}

QTEST_GUILESS_MAIN(TestTrayCommandLine)
#include "TestTrayCommandLine.moc"
