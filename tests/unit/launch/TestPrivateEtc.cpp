#include "PrivateEtc.h"

#include <QTest>

using namespace Lifeline::Launcher;

class TestPrivateEtc : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void nsswitch_data();
    void nsswitch();
};

void TestPrivateEtc::nsswitch_data()
{
    QTest::addColumn<QByteArray>("host");
    QTest::addColumn<QByteArray>("expected");
    const QByteArray files = "hosts:          files dns\n";
    QTest::newRow("debian default")
        << QByteArray("passwd: files systemd\nhosts:          files dns\nnetworks: files\n")
        << QByteArray("passwd: files systemd\n") + files + "networks: files\n";
    QTest::newRow("resolved") << QByteArray(
        "hosts: mymachines resolve [!UNAVAIL=return] files myhostname dns\n")
                              << files;
    QTest::newRow("mdns, tab, no newline")
        << QByteArray("group: files\nhosts:\tfiles mdns4_minimal [NOTFOUND=return] dns")
        << QByteArray("group: files\n") + files;
    QTest::newRow("space before colon, upper case") << QByteArray("HOSTS : resolve\n") << files;
    QTest::newRow("two hosts lines")
        << QByteArray("hosts: resolve\nhosts: files\n") << files + "\n";
    QTest::newRow("comment kept") << QByteArray("# hosts: resolve\n")
                                  << QByteArray("# hosts: resolve\n") + files;
    QTest::newRow("missing") << QByteArray("passwd: files\n")
                             << QByteArray("passwd: files\n") + files;
    QTest::newRow("empty") << QByteArray() << files;
}

void TestPrivateEtc::nsswitch()
{
    QFETCH(QByteArray, host);
    QFETCH(QByteArray, expected);
    QCOMPARE(namespaceNsswitch(host), expected);
}

QTEST_GUILESS_MAIN(TestPrivateEtc)
#include "TestPrivateEtc.moc"
