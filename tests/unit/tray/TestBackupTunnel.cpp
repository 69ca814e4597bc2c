// The backup connection's bookkeeping without a helper: which tunnel is the
// backup, and "helper unavailable" when there is no bus to ask.
#include "BackupTunnel.h"

#include <QDBusConnection>
#include <QSignalSpy>
#include <QTest>

using namespace Lifeline::Tray;

class TestBackupTunnel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void choose_data();
    void choose();
    void noBusMeansNoHelper();
};

void TestBackupTunnel::choose_data()
{
    QTest::addColumn<QString>("configured");
    QTest::addColumn<QStringList>("tunnels");
    QTest::addColumn<QString>("chosen");
    QTest::newRow("configured and there") << "vps" << QStringList { "home", "vps" } << "vps";
    QTest::newRow("configured, gone") << "vps" << QStringList { "home" } << "";
    QTest::newRow("none configured, only one") << "" << QStringList { "home" } << "home";
    QTest::newRow("none configured, several") << "" << QStringList { "home", "vps" } << "";
    QTest::newRow("nothing at all") << "" << QStringList {} << "";
}

void TestBackupTunnel::choose()
{
    QFETCH(QString, configured);
    QFETCH(QStringList, tunnels);
    QTEST(BackupTunnel::choose(configured, tunnels), "chosen");
}

void TestBackupTunnel::noBusMeansNoHelper()
{
    const QDBusConnection bus = QDBusConnection::connectToBus(
        QStringLiteral("unix:path=/nonexistent/lifeline-test-bus"), QStringLiteral("nowhere"));
    QVERIFY(!bus.isConnected());
    BackupTunnel backup(bus);
    QVERIFY(backup.helperReachable());
    QSignalSpy reachable(&backup, &BackupTunnel::helperReachableChanged);
    backup.refresh();
    QTRY_COMPARE(reachable.size(), 1);
    QCOMPARE(reachable.first().first().toBool(), false);
    QVERIFY(!backup.helperReachable());
    QVERIFY(!backup.state().configured());
}

QTEST_GUILESS_MAIN(TestBackupTunnel)
#include "TestBackupTunnel.moc"
