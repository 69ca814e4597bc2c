// The MTU modes as SetTunnelMtu and GetTunnel spell them, and how a tunnel's
// status reads in the settings window's list.
#include "MtuChoice.h"
#include "TunnelStatusText.h"

#include <QTest>

using namespace Lifeline::Windows;
using Mode = MtuChoice::Mode;

class TestMtuChoice : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void fromSetting_data();
    void fromSetting();
    void argument();
    void stateText_data();
    void stateText();
    void mtuText();
};

void TestMtuChoice::fromSetting_data()
{
    QTest::addColumn<QString>("setting");
    QTest::addColumn<int>("mode");
    QTest::addColumn<int>("value");
    QTest::newRow("none") << "" << int(Mode::FromConfiguration) << 0;
    QTest::newRow("auto") << "auto" << int(Mode::Automatic) << 0;
    QTest::newRow("number") << "1380" << int(Mode::Fixed) << 1380;
    QTest::newRow("out of range") << "100" << int(Mode::FromConfiguration) << 0;
    QTest::newRow("unknown word") << "probe" << int(Mode::FromConfiguration) << 0;
}

void TestMtuChoice::fromSetting()
{
    QFETCH(QString, setting);
    QFETCH(int, mode);
    QFETCH(int, value);
    const MtuChoice choice = MtuChoice::fromSetting(setting);
    QCOMPARE(int(choice.mode), mode);
    QCOMPARE(choice.value, value);
}

void TestMtuChoice::argument()
{
    QCOMPARE((MtuChoice { Mode::Automatic, 0 }).argument(), "auto");
    QCOMPARE((MtuChoice { Mode::Fixed, 1380 }).argument(), "1380");
    // "" removes the setting (SetTunnelMtu).
    QCOMPARE((MtuChoice { Mode::FromConfiguration, 0 }).argument(), QString());
    for (const QString setting : { "auto", "1380" })
        QCOMPARE(MtuChoice::fromSetting(setting).argument(), setting);
}

void TestMtuChoice::stateText_data()
{
    const qint64 now = 1'700'000'000;
    QTest::addColumn<QVariantMap>("status");
    QTest::addColumn<QString>("text");
    QTest::newRow("down") << QVariantMap { { "state", "down" } } << "Not connected";
    QTest::newRow("connecting") << QVariantMap { { "state", "connecting" } } << "Connecting…";
    QTest::newRow("up, answered")
        << QVariantMap { { "state", "up" }, { "last-handshake", now - 12 } }
        << "Connected, the server answered 12 seconds ago";
    QTest::newRow("up, silent") << QVariantMap { { "state", "up" }, { "last-handshake", 0 } }
                                << "Connected, waiting for the server to answer";
    QTest::newRow("failed") << QVariantMap { { "state", "failed" }, { "error", "no route" } }
                            << "Failed: no route";
    QTest::newRow("minutes")
        << QVariantMap { { "state", "up" }, { "last-handshake", now - 300 } }
        << "Connected, the server answered 5 minutes ago";
}

void TestMtuChoice::stateText()
{
    QFETCH(QVariantMap, status);
    QFETCH(QString, text);
    QCOMPARE(TunnelStatusText::state(status, 1'700'000'000), text);
}

void TestMtuChoice::mtuText()
{
    QCOMPARE(TunnelStatusText::mtu({ { "mtu", 0u } }), "default");
    QCOMPARE(TunnelStatusText::mtu({ { "mtu", 1420u } }), "1420");
    QCOMPARE(TunnelStatusText::mtu({ { "mtu", 1216u }, { "mtu-setting", "auto" } }),
        "automatic (1216)");
    QCOMPARE(TunnelStatusText::mtu({ { "mtu", 1380u }, { "mtu-setting", "1380" } }),
        "1380 (chosen)");
}

QTEST_APPLESS_MAIN(TestMtuChoice)
#include "TestMtuChoice.moc"
