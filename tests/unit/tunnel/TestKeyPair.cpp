// X25519 key pairs: RFC 7748's vectors derive as WireGuard derives them, and
// fresh pairs are distinct, clamped and belong together.
#include "KeyPair.h"

#include <QTest>

using namespace Lifeline::Tunnel;

class TestKeyPair : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void publicKeyOfKnownPrivateKeys_data();
    void publicKeyOfKnownPrivateKeys();
    void publicKeyOfRefusesWrongLengths_data();
    void publicKeyOfRefusesWrongLengths();
    void generatedPairsBelongTogether();
};

void TestKeyPair::publicKeyOfKnownPrivateKeys_data()
{
    QTest::addColumn<QByteArray>("privateHex");
    QTest::addColumn<QByteArray>("publicHex");
    // RFC 7748, section 6.1.
    QTest::newRow("Alice") << QByteArray("77076d0a7318a57d3c16c17251b26645df4c2f87ebc0992ab177fba51db92c2a")
                           << QByteArray("8520f0098930a754748b7ddcb43ef75a0dbf3a0d26381af4eba4a98eaa9b4e6a");
    QTest::newRow("Bob") << QByteArray("5dab087e624a8a4b79e17f8b83800ee66f3bb1292618b6fd1c2f8b27ff88e0eb")
                         << QByteArray("de9edb7d7b7dc1b4d35b61c2ece435373f8343c85b78674dadfc7e146f882b4f");
}

void TestKeyPair::publicKeyOfKnownPrivateKeys()
{
    QFETCH(QByteArray, privateHex);
    QFETCH(QByteArray, publicHex);
    QString error;
    const auto publicKey = publicKeyOf(QByteArray::fromHex(privateHex), &error);
    QVERIFY2(publicKey, qPrintable(error));
    QCOMPARE(publicKey->toHex(), publicHex);
}

void TestKeyPair::publicKeyOfRefusesWrongLengths_data()
{
    QTest::addColumn<int>("length");
    QTest::newRow("empty") << 0;
    QTest::newRow("31 bytes") << 31;
    QTest::newRow("33 bytes") << 33;
}

void TestKeyPair::publicKeyOfRefusesWrongLengths()
{
    QFETCH(int, length);
    QString error;
    QVERIFY(!publicKeyOf(QByteArray(length, '\x42'), &error));
    QVERIFY2(error.contains(QString::number(length)), qPrintable(error));
}

void TestKeyPair::generatedPairsBelongTogether()
{
    QString error;
    auto first = generateKeyPair(&error);
    QVERIFY2(first, qPrintable(error));
    auto second = generateKeyPair(&error);
    QVERIFY2(second, qPrintable(error));
    QCOMPARE(first->privateKey.size(), 32);
    QCOMPARE(first->publicKey.size(), 32);
    QVERIFY(first->privateKey != second->privateKey);
    QVERIFY(first->publicKey != second->publicKey);
    QVERIFY(first->publicKey != first->privateKey);
    // Clamped as `wg genkey` clamps.
    QCOMPARE(quint8(first->privateKey.at(0)) & 7, 0);
    QCOMPARE(quint8(first->privateKey.at(31)) & 0xc0, 0x40);
    const auto derived = publicKeyOf(first->privateKey, &error);
    QVERIFY2(derived, qPrintable(error));
    QCOMPARE(*derived, first->publicKey);
}

QTEST_GUILESS_MAIN(TestKeyPair)
#include "TestKeyPair.moc"
