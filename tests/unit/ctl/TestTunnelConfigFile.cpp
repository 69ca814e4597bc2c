// What `tunnel import` reads: size cap, text checks, unreadable files.
#include "TunnelConfigFile.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Lifeline;

class TestTunnelConfigFile : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void decodes_data();
    void decodes();
    void readsAFile();
    void missingFileIsNoInput();
};

void TestTunnelConfigFile::decodes_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("text");
    QTest::newRow("config") << QByteArray("[Interface]\nMTU = 1420\n") << 0
                            << "[Interface]\nMTU = 1420\n";
    QTest::newRow("UTF-8 comment") << QByteArray("# Zürich\n") << 0 << "# Zürich\n";
    QTest::newRow("byte order mark dropped")
        << QByteArray("\xef\xbb\xbf[Peer]\n") << 0 << "[Peer]\n";
    QTest::newRow("empty: the helper decides") << QByteArray() << 0 << "";
    QTest::newRow("at the limit") << QByteArray(MaxTunnelConfigBytes, '#') << 0
                                  << QString(MaxTunnelConfigBytes, '#');
    QTest::newRow("over the limit") << QByteArray(MaxTunnelConfigBytes + 1, '#') << 65 << "";
    QTest::newRow("NUL") << QByteArray("a\0b", 3) << 65 << "";
    QTest::newRow("Latin-1") << QByteArray("# Z\xfcrich\n") << 65 << "";
    QTest::newRow("cut-off sequence") << QByteArray("# \xc3") << 65 << "";
}

void TestTunnelConfigFile::decodes()
{
    QFETCH(QByteArray, bytes);
    QFETCH(int, exitCode);
    QFETCH(QString, text);
    const TunnelConfig config = decodeTunnelConfig(bytes, "\"wg0.conf\"");
    QCOMPARE(config.exitCode, exitCode);
    QCOMPARE(config.text, text);
    QCOMPARE(config.error.isEmpty(), exitCode == 0);
    if (exitCode != 0)
        QVERIFY2(config.error.contains("\"wg0.conf\""), qPrintable(config.error));
}

void TestTunnelConfigFile::readsAFile()
{
    QTemporaryDir dir;
    QFile file(dir.filePath("wg0.conf"));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("[Interface]\n");
    file.close();
    const TunnelConfig config = readTunnelConfig(file.fileName());
    QCOMPARE(config.exitCode, 0);
    QCOMPARE(config.text, "[Interface]\n");
}

void TestTunnelConfigFile::missingFileIsNoInput()
{
    QTemporaryDir dir;
    const TunnelConfig config = readTunnelConfig(dir.filePath("missing.conf"));
    QCOMPARE(config.exitCode, 66);
    QVERIFY2(config.error.contains("missing.conf"), qPrintable(config.error));
}

QTEST_GUILESS_MAIN(TestTunnelConfigFile)
#include "TestTunnelConfigFile.moc"
