// CreateTunnel and GetTunnel's "public-key" over a private bus: a real
// TunnelManager and store in a temporary directory, a fake polkit. The
// helper makes the key pair; what a client sees is the public key alone.
#include "Authoriser.h"
#include "Contract.h"
#include "FakePolkit.h"
#include "HelperService.h"
#include "KeyPair.h"
#include "PrivateBus.h"
#include "TunnelManager.h"
#include "WgQuickParser.h"
#include "helper1adaptor.h"

#include <QDBusPendingCallWatcher>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

using namespace Lifeline;
using Lifeline::Test::FakePolkit;

namespace {

// RFC 7748's Alice: a private key whose public key is known.
const QByteArray AlicePrivate
    = QByteArray::fromHex("77076d0a7318a57d3c16c17251b26645df4c2f87ebc0992ab177fba51db92c2a");
const QString AlicePublic = QStringLiteral("hSDwCYkwp1R0i33ctD73Wg2/Og0mOBr066SpjqqbTmo=");
const QString ServerKey = QStringLiteral("3p7bfXt9wbTTW2HC7OQ1Nz+DQ8hbeGdNrfx+FG+IK08=");

QVariantMap settings()
{
    return {
        { "endpoint", "198.51.100.7:51820" },
        { "peer-public-key", ServerKey },
        { "addresses", QStringList { "192.0.2.66/32" } },
        { "allowed-ips", QStringList { "0.0.0.0/0" } },
        { "dns", QStringList { "203.0.113.53" } },
        { "persistent-keepalive", 15u },
    };
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QStringList entries(const QString &dir)
{
    return QDir(dir).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot);
}

} // namespace

class TestHelperCreate : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void createStoresAndRepliesThePublicKey();
    void createdTunnelIsStoredLikeAnImport();
    void deniedCreatesNothing();
    void badSettingsCreateNothing();
    void takenNameIsRefused();
    void importedTunnelsShowTheirPublicKey();
    void removeAndCreateAgainMakesANewKey();

private:
    QDBusMessage call(const QString &member, const QVariantList &args) const;
    QString create(const QString &name);
    QVariantMap getTunnel(const QString &name) const;

    std::unique_ptr<Test::PrivateBus> m_bus;
    std::unique_ptr<QTemporaryDir> m_root;
    QString m_tunnelDir;
    std::unique_ptr<FakePolkit> m_polkit;
    std::unique_ptr<Authoriser> m_authoriser;
    std::unique_ptr<TunnelManager> m_tunnels;
    std::unique_ptr<HelperService> m_service;
    QDBusConnection m_client = QDBusConnection(QString());
    int m_round = 0;
};

void TestHelperCreate::initTestCase()
{
    registerContractTypes();
    m_bus = std::make_unique<Test::PrivateBus>();
    QVERIFY2(m_bus->isRunning(), "dbus-daemon could not be started");
}

void TestHelperCreate::init()
{
    ++m_round;
    m_root = std::make_unique<QTemporaryDir>();
    QVERIFY(m_root->isValid());
    m_tunnelDir = m_root->filePath("tunnels");
    QVERIFY(::mkdir(QFile::encodeName(m_tunnelDir).constData(), 0700) == 0);
    QVERIFY(::chmod(QFile::encodeName(m_tunnelDir).constData(), 0700) == 0);

    const QDBusConnection polkitBus = m_bus->connect(QStringLiteral("polkit%1").arg(m_round));
    const QDBusConnection serviceBus = m_bus->connect(QStringLiteral("service%1").arg(m_round));
    m_client = m_bus->connect(QStringLiteral("client%1").arg(m_round));
    QVERIFY(polkitBus.isConnected() && serviceBus.isConnected() && m_client.isConnected());
    m_polkit = std::make_unique<FakePolkit>(polkitBus);
    m_authoriser = std::make_unique<Authoriser>(serviceBus);
    TunnelManager::Options tunnelOptions;
    tunnelOptions.directory = m_tunnelDir;
    tunnelOptions.systemBus = serviceBus;
    tunnelOptions.backend = [](QString *why) {
        *why = QStringLiteral("test: no WireGuard here");
        return std::unique_ptr<WireGuard::Backend>();
    };
    m_tunnels = std::make_unique<TunnelManager>(std::move(tunnelOptions));
    HelperService::Options serviceOptions;
    serviceOptions.configDir = m_root->path();
    serviceOptions.tunnels = m_tunnels.get();
    m_service = std::make_unique<HelperService>(serviceBus, m_authoriser.get(), serviceOptions);
    new Helper1Adaptor(m_service.get());
    QDBusConnection registrar = serviceBus;
    QVERIFY(registrar.registerObject(QString::fromLatin1(ObjectPath), m_service.get()));
    QVERIFY(registrar.registerService(QString::fromLatin1(ServiceName)));
}

void TestHelperCreate::cleanup()
{
    QDBusConnection::disconnectFromBus(QStringLiteral("client%1").arg(m_round));
    QDBusConnection::disconnectFromBus(QStringLiteral("service%1").arg(m_round));
    QDBusConnection::disconnectFromBus(QStringLiteral("polkit%1").arg(m_round));
    m_client = QDBusConnection(QString());
    m_service.reset();
    m_tunnels.reset();
    m_authoriser.reset();
    m_polkit.reset();
    m_root.reset();
}

QDBusMessage TestHelperCreate::call(const QString &member, const QVariantList &args) const
{
    QDBusMessage message = QDBusMessage::createMethodCall(QString::fromLatin1(ServiceName),
        QString::fromLatin1(ObjectPath), QString::fromLatin1(InterfaceName), member);
    message.setArguments(args);
    QDBusPendingCallWatcher watcher(m_client.asyncCall(message));
    if (!QTest::qWaitFor([&] { return watcher.isFinished(); }, 5000))
        return {};
    return watcher.reply();
}

QString TestHelperCreate::create(const QString &name)
{
    const QDBusMessage reply = call("CreateTunnel", { name, settings() });
    if (reply.type() != QDBusMessage::ReplyMessage) {
        qWarning("CreateTunnel failed: %s", qPrintable(reply.errorMessage()));
        return {};
    }
    if (reply.signature() != u"s") {
        qWarning("CreateTunnel replied %s", qPrintable(reply.signature()));
        return {};
    }
    return reply.arguments().value(0).toString();
}

QVariantMap TestHelperCreate::getTunnel(const QString &name) const
{
    const QDBusMessage reply = call("GetTunnel", { name });
    if (reply.type() != QDBusMessage::ReplyMessage)
        return {};
    return qdbus_cast<QVariantMap>(reply.arguments().value(0));
}

void TestHelperCreate::createStoresAndRepliesThePublicKey()
{
    const QString publicKey = create("home");
    QCOMPARE(publicKey.size(), 44);
    QCOMPARE(m_polkit->checks().size(), 1);
    QCOMPARE(m_polkit->checks().first().actionId, QString::fromLatin1(Action::ConfigureTunnels));
    QCOMPARE(call("ListTunnels", {}).arguments().value(0).toStringList(), QStringList { "home" });

    // The stored private key is the one the public key belongs to.
    QCOMPARE(entries(m_tunnelDir), (QStringList { "home.conf", "home.key" }));
    const QByteArray keyFile = readFile(m_tunnelDir + "/home.key");
    QString error;
    const auto secrets = Tunnel::parseWgQuick(QString::fromLatin1(keyFile), &error,
        Tunnel::Parser::Part::Secrets);
    QVERIFY2(secrets, qPrintable(error));
    const auto derived = Tunnel::publicKeyOf(secrets->interface.privateKey, &error);
    QVERIFY2(derived, qPrintable(error));
    QCOMPARE(QString::fromLatin1(derived->toBase64()), publicKey);

    // GetTunnel says the same public key, and nowhere the private one.
    const QString privateBase64 = QString::fromLatin1(secrets->interface.privateKey.toBase64());
    const QVariantMap status = getTunnel("home");
    QCOMPARE(status.value("public-key").toString(), publicKey);
    for (auto it = status.begin(); it != status.end(); ++it)
        QVERIFY2(!it.value().toString().contains(privateBase64), qPrintable(it.key()));
    QVERIFY(!readFile(m_tunnelDir + "/home.conf").contains(privateBase64.toLatin1()));
}

void TestHelperCreate::createdTunnelIsStoredLikeAnImport()
{
    QVERIFY(!create("home").isEmpty());
    const QVariantMap status = getTunnel("home");
    QCOMPARE(status.value("state").toString(), QStringLiteral("down"));
    QCOMPARE(status.value("interface").toString(), QStringLiteral("ll-home"));
    QCOMPARE(status.value("endpoint").toString(), QStringLiteral("198.51.100.7:51820"));
    QCOMPARE(status.value("families").toStringList(), QStringList { "ipv4" });
    // The public part is a wg-quick file the parser reads back as given.
    QString error;
    const auto config = Tunnel::parseWgQuick(
        QString::fromUtf8(readFile(m_tunnelDir + "/home.conf")), &error, Tunnel::Parser::Part::Public);
    QVERIFY2(config, qPrintable(error));
    QCOMPARE(config->peers.size(), 1);
    QCOMPARE(QString::fromLatin1(config->peers.first().publicKey.toBase64()), ServerKey);
    QCOMPARE(config->peers.first().persistentKeepalive, 15);
    QCOMPARE(config->interface.dnsServers.size(), 1);
    QCOMPARE(config->interface.addresses.first().text(), QStringLiteral("192.0.2.66/32"));
}

void TestHelperCreate::deniedCreatesNothing()
{
    m_polkit->setAnswer(FakePolkit::Answer::NotAuthorised);
    const QDBusMessage reply = call("CreateTunnel", { "home", settings() });
    QCOMPARE(reply.errorName(), QString::fromLatin1(Error::AccessDenied));
    QCOMPARE(entries(m_tunnelDir), QStringList());
}

void TestHelperCreate::badSettingsCreateNothing()
{
    QVariantMap bad = settings();
    bad.insert("addresses", QStringList { "192.0.2.66/32\n[Peer]" });
    const QDBusMessage reply = call("CreateTunnel", { "home", bad });
    QCOMPARE(reply.errorName(), QString::fromLatin1(Error::InvalidArgument));
    QVERIFY2(reply.errorMessage().startsWith("addresses"), qPrintable(reply.errorMessage()));
    QCOMPARE(entries(m_tunnelDir), QStringList());
}

void TestHelperCreate::takenNameIsRefused()
{
    const QString first = create("home");
    QVERIFY(!first.isEmpty());
    const QByteArray keyBefore = readFile(m_tunnelDir + "/home.key");
    const QDBusMessage reply = call("CreateTunnel", { "home", settings() });
    QCOMPARE(reply.errorName(), QString::fromLatin1(Error::InvalidArgument));
    QVERIFY2(reply.errorMessage().contains("remove it first"), qPrintable(reply.errorMessage()));
    QCOMPARE(readFile(m_tunnelDir + "/home.key"), keyBefore);
    QCOMPARE(getTunnel("home").value("public-key").toString(), first);
}

void TestHelperCreate::importedTunnelsShowTheirPublicKey()
{
    const QString config = QStringLiteral("[Interface]\nPrivateKey = %1\nAddress = 10.0.0.2/32\n\n"
                                          "[Peer]\nPublicKey = %2\nAllowedIPs = 0.0.0.0/0\n")
                               .arg(QString::fromLatin1(AlicePrivate.toBase64()), ServerKey);
    const QDBusMessage reply = call("ImportTunnel", { "alice", config });
    QVERIFY2(reply.type() == QDBusMessage::ReplyMessage, qPrintable(reply.errorMessage()));
    QCOMPARE(getTunnel("alice").value("public-key").toString(), AlicePublic);
}

void TestHelperCreate::removeAndCreateAgainMakesANewKey()
{
    const QString first = create("home");
    QVERIFY(!first.isEmpty());
    QCOMPARE(getTunnel("home").value("public-key").toString(), first); // now cached
    QCOMPARE(call("RemoveTunnel", { "home" }).type(), QDBusMessage::ReplyMessage);
    const QString second = create("home");
    QVERIFY(!second.isEmpty());
    QVERIFY(second != first);
    QCOMPARE(getTunnel("home").value("public-key").toString(), second);
}

QTEST_GUILESS_MAIN(TestHelperCreate)
#include "TestHelperCreate.moc"
