// Run inside the lab against the real helper, the private system bus and a
// real polkitd, once per identity (--role denied|allowed|root): every
// privileged method is refused or let through exactly as polkit decides.
// With --call MEMBER it makes one privileged call and prints the outcome,
// for tests that need a second process as another user.
#include "Contract.h"

#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QDBusMessage>
#include <QDBusUnixFileDescriptor>
#include <QDBusVariant>
#include <QProcess>
#include <QStandardPaths>
#include <QTest>

#include <cstdio>
#include <fcntl.h>
#include <unistd.h>

using namespace Lifeline;

namespace {

QString g_role;

QDBusUnixFileDescriptor devNull()
{
    const int fd = ::open("/dev/null", O_RDWR | O_CLOEXEC);
    QDBusUnixFileDescriptor descriptor(fd);
    ::close(fd);
    return descriptor;
}

QVariantList argumentsFor(const QString &member)
{
    if (member == u"ImportTunnel")
        return {"labtest", "[Interface]\n"};
    if (member == u"ConnectTunnel")
        return {"labtest", "ipv4"};
    if (member == u"SetTunnelMtu")
        return {"labtest", "auto"};
    if (member == u"RunIsolated") {
        const auto fd = QVariant::fromValue(devNull());
        return {"ipv4-only", QStringList{"/bin/true"}, QVariant::fromValue(StringMap{{"PATH", "/usr/bin:/bin"}}),
                "/", fd, fd, fd};
    }
    return {"labtest"};
}

QDBusMessage callHelper(const QString &member, const QVariantList &arguments)
{
    QDBusMessage message = QDBusMessage::createMethodCall(
        QString::fromLatin1(ServiceName), QString::fromLatin1(ObjectPath),
        QString::fromLatin1(InterfaceName), member);
    message.setArguments(arguments);
    return QDBusConnection::systemBus().call(message, QDBus::Block, 20000);
}

QVariantMap capabilities()
{
    QDBusMessage get = QDBusMessage::createMethodCall(
        QString::fromLatin1(ServiceName), QString::fromLatin1(ObjectPath),
        QStringLiteral("org.freedesktop.DBus.Properties"), QStringLiteral("Get"));
    get << QString::fromLatin1(InterfaceName) << QStringLiteral("Capabilities");
    const QDBusMessage reply = QDBusConnection::systemBus().call(get);
    return qdbus_cast<QVariantMap>(reply.arguments().value(0).value<QDBusVariant>().variant());
}

} // namespace

class TestLabAuthorisation : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void privilegedMethods_data();
    void privilegedMethods();
    void readOnlyForEveryone();
    void capabilitiesAreProbedForReal();
    void secondCallerServedWhileFirstIsPending();
};

void TestLabAuthorisation::initTestCase()
{
    registerContractTypes();
    QVERIFY2(QDBusConnection::systemBus().isConnected(), "no system bus");
    QVERIFY2(QStringList({"denied", "allowed", "root"}).contains(g_role), "--role denied|allowed|root");
    QCOMPARE(::getuid() == 0, g_role == u"root");
}

void TestLabAuthorisation::privilegedMethods_data()
{
    QTest::addColumn<QString>("member");
    QTest::addColumn<QString>("action");
    QTest::newRow("ImportTunnel") << "ImportTunnel" << Action::ConfigureTunnels;
    QTest::newRow("RemoveTunnel") << "RemoveTunnel" << Action::ConfigureTunnels;
    QTest::newRow("ConnectTunnel") << "ConnectTunnel" << Action::ConnectTunnel;
    QTest::newRow("DisconnectTunnel") << "DisconnectTunnel" << Action::ConnectTunnel;
    QTest::newRow("FixMtu") << "FixMtu" << Action::FixMtu;
    QTest::newRow("SetTunnelMtu") << "SetTunnelMtu" << Action::FixMtu;
    QTest::newRow("RunIsolated") << "RunIsolated" << Action::RunIsolated;
}

void TestLabAuthorisation::privilegedMethods()
{
    QFETCH(QString, member);
    QFETCH(QString, action);
    const QDBusMessage reply = callHelper(member, argumentsFor(member));
    if (g_role == u"denied") {
        QCOMPARE(reply.errorName(), QString::fromLatin1(Error::AccessDenied));
        QVERIFY2(reply.errorMessage().contains(action), qPrintable(reply.errorMessage()));
        return;
    }
    // Past authorisation: any answer but a denial (or a bus-level failure).
    QVERIFY2(reply.type() == QDBusMessage::ReplyMessage
                 || reply.errorName().startsWith(u"io.github.lifeline.Error."),
             qPrintable(reply.errorName() + u' ' + reply.errorMessage()));
}

void TestLabAuthorisation::readOnlyForEveryone()
{
    const QDBusMessage list = callHelper(QStringLiteral("ListTunnels"), {});
    QCOMPARE(list.type(), QDBusMessage::ReplyMessage);
    const QDBusMessage isolated = callHelper(QStringLiteral("ListIsolated"), {});
    QCOMPARE(isolated.type(), QDBusMessage::ReplyMessage);
    QVERIFY(capabilities().contains(QStringLiteral("nftables")));
}

void TestLabAuthorisation::capabilitiesAreProbedForReal()
{
    QVERIFY2(g_role == u"root", "compared against independent probes that need root");
    const QVariantMap caps = capabilities();
    QCOMPARE(caps.value(QStringLiteral("wireguard-userspace")).toBool(),
             !QStandardPaths::findExecutable(QStringLiteral("wireguard-go")).isEmpty());
    QCOMPARE(caps.value(QStringLiteral("nftables")).toBool(),
             QProcess::execute(QStringLiteral("nft"), {QStringLiteral("list"), QStringLiteral("tables")}) == 0);
    QCOMPARE(caps.value(QStringLiteral("resolved")).toBool(),
             QDBusConnection::systemBus().interface()->isServiceRegistered(
                 QStringLiteral("org.freedesktop.resolve1")).value());
    // Kernel WireGuard: can a wireguard link be made here? (lab namespace only)
    const int made = QProcess::execute(QStringLiteral("ip"), {"link", "add", "llprobe0", "type", "wireguard"});
    if (made == 0)
        QProcess::execute(QStringLiteral("ip"), {"link", "del", "llprobe0"});
    QCOMPARE(caps.value(QStringLiteral("wireguard-kernel")).toBool(), made == 0);
}

void TestLabAuthorisation::secondCallerServedWhileFirstIsPending()
{
    QVERIFY2(g_role == u"root", "starts the other callers, as root");
    const QString release = qEnvironmentVariable("LAB_RELEASE_SLOW");
    QVERIFY(!release.isEmpty());
    QFile::remove(release);

    // The slow user's authorisation is held in polkit until `release` exists.
    QProcess slow;
    slow.start(QStringLiteral("lab-as"), {qEnvironmentVariable("LAB_USER_SLOW"),
                                          QCoreApplication::applicationFilePath(), "--call", "ConnectTunnel"});
    QVERIFY(slow.waitForStarted());
    QVERIFY2(!slow.waitForFinished(1500), "the slow caller was answered before its release");

    // Meanwhile another caller is served.
    const QDBusMessage list = callHelper(QStringLiteral("ListTunnels"), {});
    QCOMPARE(list.type(), QDBusMessage::ReplyMessage);
    QCOMPARE(slow.state(), QProcess::Running);

    QFile marker(release);
    QVERIFY(marker.open(QIODevice::WriteOnly));
    marker.close();
    QVERIFY(slow.waitForFinished(15000));
    const QString outcome = QString::fromUtf8(slow.readAllStandardOutput()).trimmed();
    QVERIFY2(outcome != QString::fromLatin1(Error::AccessDenied) && !outcome.isEmpty(), qPrintable(outcome));
}

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QStringList testArguments;
    const QStringList arguments = app.arguments();
    for (int i = 0; i < arguments.size(); ++i) {
        if (arguments[i] == u"--role" && i + 1 < arguments.size()) {
            g_role = arguments[++i];
        } else if (arguments[i] == u"--call" && i + 1 < arguments.size()) {
            registerContractTypes();
            const QString member = arguments[++i];
            const QDBusMessage reply = callHelper(member, argumentsFor(member));
            std::printf("%s\n", reply.type() == QDBusMessage::ReplyMessage ? "ok" : qPrintable(reply.errorName()));
            return 0;
        } else {
            testArguments << arguments[i];
        }
    }
    TestLabAuthorisation test;
    return QTest::qExec(&test, testArguments);
}

#include "TestLabAuthorisation.moc"
