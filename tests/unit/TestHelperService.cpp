// The helper's D-Bus behaviour against a fake polkit on a private bus:
// authorise → validate → act, denial on any polkit trouble, and that one
// caller's pending authorisation never blocks another caller.
#include "Authoriser.h"
#include "Contract.h"
#include "FakePolkit.h"
#include "HelperService.h"
#include "PrivateBus.h"
#include "helper1adaptor.h"

#include <QDBusPendingCall>
#include <QDBusPendingReply>
#include <QDBusUnixFileDescriptor>
#include <QTest>

#include <fcntl.h>
#include <unistd.h>

using namespace Lifeline;
using Lifeline::Test::FakePolkit;

namespace {

struct PrivilegedMethod {
    QString member;
    QVariantList validArguments;
    QString action;
};

QDBusUnixFileDescriptor devNull()
{
    const int fd = ::open("/dev/null", O_RDWR | O_CLOEXEC);
    QDBusUnixFileDescriptor descriptor(fd);
    ::close(fd);
    return descriptor;
}

QVariantMap createSettings()
{
    return {{"endpoint", "198.51.100.7:51820"},
            {"peer-public-key", "hSDwCYkwp1R0i33ctD73Wg2/Og0mOBr066SpjqqbTmo="},
            {"addresses", QStringList{"192.0.2.66/32"}}};
}

QList<PrivilegedMethod> privilegedMethods()
{
    const auto fd = QVariant::fromValue(devNull());
    return {
        {"ImportTunnel", {"home", "[Interface]\n"}, Action::ConfigureTunnels},
        {"RemoveTunnel", {"home"}, Action::ConfigureTunnels},
        {"ConnectTunnel", {"home", "ipv4"}, Action::ConnectTunnel},
        {"DisconnectTunnel", {"home"}, Action::ConnectTunnel},
        {"FixMtu", {"home"}, Action::FixMtu},
        {"SetTunnelMtu", {"home", "auto"}, Action::FixMtu},
        {"CreateTunnel", {"home", createSettings()}, Action::ConfigureTunnels},
        // Loopback is refused after authorisation: no probe leaves this test.
        {"ProbeNative", {"ipv4", "127.0.0.1", QVariant::fromValue<ushort>(80)}, Action::ConnectTunnel},
        {"RunIsolated",
         {"ipv4-only", QStringList{"/bin/true"}, QVariant::fromValue(StringMap{{"A", "b"}}), "/",
          fd, fd, fd},
         Action::RunIsolated},
    };
}

// A method that goes through a CallGate of its own with a look-up, and
// notes what ran when.
class GateProbe : public QObject, protected QDBusContext
{
    Q_OBJECT
    Q_CLASSINFO("D-Bus Interface", "io.github.lifeline.Test.Gate")
public:
    explicit GateProbe(CallGate *gate) : m_gate(gate) {}
    QStringList events;
    uint lookedUpUid = 0;

public Q_SLOTS:
    void Enter()
    {
        setDelayedReply(true);
        m_gate->enter(
            message(), "io.github.lifeline.run-isolated",
            [this](const Request &request, const Caller &) {
                events << QStringLiteral("act");
                request.reply();
            },
            [this](const Caller &caller) {
                events << QStringLiteral("look-up");
                lookedUpUid = caller.uid;
            });
    }

private:
    CallGate *m_gate;
};

} // namespace

class TestHelperService : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void deniedEverywhere_data();
    void deniedEverywhere();
    void authorisedGetsPastAuthorisation_data();
    void authorisedGetsPastAuthorisation();
    void anyPolkitTroubleDenies_data();
    void anyPolkitTroubleDenies();
    void interactiveFlagFollowsTheMessage();
    void badInputIsNamedAfterAuthorisation_data();
    void badInputIsNamedAfterAuthorisation();
    void secondCallerServedWhileFirstIsPending();
    void pendingRequestsAreCappedPerCaller();
    void readOnlyCallsNeedNoAuthorisation();
    void lookUpRunsWhilePolkitDecides();
    void lookUpsGoStale();

private:
    QDBusMessage call(const QDBusConnection &client, const QString &member, const QVariantList &args,
                      bool interactive = false) const;
    QDBusPendingCall callAsync(const QDBusConnection &client, const QString &member,
                               const QVariantList &args) const;

    std::unique_ptr<Test::PrivateBus> m_bus;
    std::unique_ptr<FakePolkit> m_polkit;
    std::unique_ptr<Authoriser> m_authoriser;
    std::unique_ptr<HelperService> m_service;
    QTemporaryDir m_configDir;
    int m_round = 0;
};

void TestHelperService::initTestCase()
{
    registerContractTypes();
    m_bus = std::make_unique<Test::PrivateBus>();
    QVERIFY2(m_bus->isRunning(), "dbus-daemon could not be started");
    QVERIFY(m_configDir.isValid());
}

void TestHelperService::init()
{
    // Fresh connections per test so pending state never crosses tests.
    ++m_round;
    const QDBusConnection polkitBus = m_bus->connect(QStringLiteral("polkit%1").arg(m_round));
    const QDBusConnection serviceBus = m_bus->connect(QStringLiteral("service%1").arg(m_round));
    QVERIFY(polkitBus.isConnected() && serviceBus.isConnected());
    m_polkit = std::make_unique<FakePolkit>(polkitBus);
    m_authoriser = std::make_unique<Authoriser>(serviceBus);
    m_service = std::make_unique<HelperService>(
        serviceBus, m_authoriser.get(),
        HelperService::Options{m_configDir.path(), {{QStringLiteral("nftables"), true}}});
    new Helper1Adaptor(m_service.get());
    QDBusConnection registrar = serviceBus;
    QVERIFY(registrar.registerObject(QString::fromLatin1(ObjectPath), m_service.get()));
    QVERIFY(registrar.registerService(QString::fromLatin1(ServiceName)));
}

void TestHelperService::cleanup()
{
    m_polkit->releaseHeld(FakePolkit::Answer::NotAuthorised);
    QTest::qWait(20);
    QDBusConnection::disconnectFromBus(QStringLiteral("service%1").arg(m_round));
    QDBusConnection::disconnectFromBus(QStringLiteral("polkit%1").arg(m_round));
    m_service.reset();
    m_authoriser.reset();
    m_polkit.reset();
}

QDBusPendingCall TestHelperService::callAsync(const QDBusConnection &client, const QString &member,
                                              const QVariantList &args) const
{
    QDBusMessage message = QDBusMessage::createMethodCall(
        QString::fromLatin1(ServiceName), QString::fromLatin1(ObjectPath),
        QString::fromLatin1(InterfaceName), member);
    message.setArguments(args);
    return client.asyncCall(message);
}

QDBusMessage TestHelperService::call(const QDBusConnection &client, const QString &member,
                                     const QVariantList &args, bool interactive) const
{
    QDBusMessage message = QDBusMessage::createMethodCall(
        QString::fromLatin1(ServiceName), QString::fromLatin1(ObjectPath),
        QString::fromLatin1(InterfaceName), member);
    message.setArguments(args);
    message.setInteractiveAuthorizationAllowed(interactive);
    QDBusPendingCall pending = client.asyncCall(message);
    QDBusPendingCallWatcher watcher(pending);
    if (!QTest::qWaitFor([&] { return watcher.isFinished(); }, 5000))
        return {};
    return watcher.reply();
}

void TestHelperService::deniedEverywhere_data()
{
    QTest::addColumn<QString>("member");
    QTest::addColumn<QVariantList>("arguments");
    QTest::addColumn<QString>("action");
    for (const auto &method : privilegedMethods())
        QTest::newRow(qPrintable(method.member)) << method.member << method.validArguments << method.action;
}

void TestHelperService::deniedEverywhere()
{
    QFETCH(QString, member);
    QFETCH(QVariantList, arguments);
    QFETCH(QString, action);
    m_polkit->setAnswer(FakePolkit::Answer::NotAuthorised);
    const QDBusConnection client = m_bus->connect(QStringLiteral("denied-") + member);
    const QDBusMessage reply = call(client, member, arguments);
    QCOMPARE(reply.errorName(), QString::fromLatin1(Error::AccessDenied));
    QVERIFY2(reply.errorMessage().contains(action), qPrintable(reply.errorMessage()));
    QCOMPARE(m_polkit->checks().size(), 1);
    const auto &check = m_polkit->checks().first();
    QCOMPARE(check.subjectKind, QStringLiteral("system-bus-name"));
    QCOMPARE(check.subjectName, client.baseService());
    QCOMPARE(check.actionId, action);
}

void TestHelperService::authorisedGetsPastAuthorisation_data()
{
    deniedEverywhere_data();
}

void TestHelperService::authorisedGetsPastAuthorisation()
{
    QFETCH(QString, member);
    QFETCH(QVariantList, arguments);
    QFETCH(QString, action);
    m_polkit->setAnswer(FakePolkit::Answer::Authorised);
    const QDBusConnection client = m_bus->connect(QStringLiteral("allowed-") + member);
    const QDBusMessage reply = call(client, member, arguments);
    QVERIFY(reply.type() != QDBusMessage::InvalidMessage);
    QVERIFY2(reply.errorName() != QString::fromLatin1(Error::AccessDenied), qPrintable(reply.errorMessage()));
    QCOMPARE(m_polkit->checks().size(), 1);
    QCOMPARE(m_polkit->checks().first().actionId, action);
}

void TestHelperService::anyPolkitTroubleDenies_data()
{
    QTest::addColumn<int>("answer");
    QTest::addColumn<QString>("reason");
    QTest::newRow("challenge") << int(FakePolkit::Answer::Challenge) << "authentication is required";
    QTest::newRow("error") << int(FakePolkit::Answer::Error) << "check failed";
    QTest::newRow("malformed reply") << int(FakePolkit::Answer::Malformed) << "check failed";
}

void TestHelperService::anyPolkitTroubleDenies()
{
    QFETCH(int, answer);
    QFETCH(QString, reason);
    m_polkit->setAnswer(FakePolkit::Answer(answer));
    const QDBusConnection client = m_bus->connect(QStringLiteral("trouble%1").arg(answer));
    const QDBusMessage reply = call(client, QStringLiteral("FixMtu"), {QStringLiteral("home")});
    QCOMPARE(reply.errorName(), QString::fromLatin1(Error::AccessDenied));
    QVERIFY2(reply.errorMessage().contains(reason), qPrintable(reply.errorMessage()));
}

void TestHelperService::interactiveFlagFollowsTheMessage()
{
    m_polkit->setAnswer(FakePolkit::Answer::NotAuthorised);
    const QDBusConnection client = m_bus->connect(QStringLiteral("interactive"));
    call(client, QStringLiteral("RemoveTunnel"), {QStringLiteral("home")}, false);
    call(client, QStringLiteral("RemoveTunnel"), {QStringLiteral("home")}, true);
    QCOMPARE(m_polkit->checks().size(), 2);
    QCOMPARE(m_polkit->checks().at(0).flags, 0u);
    QCOMPARE(m_polkit->checks().at(1).flags, 1u);
}

void TestHelperService::badInputIsNamedAfterAuthorisation_data()
{
    QTest::addColumn<QString>("member");
    QTest::addColumn<QVariantList>("arguments");
    QTest::addColumn<QString>("expected");
    const auto fd = QVariant::fromValue(devNull());
    const auto env = QVariant::fromValue(StringMap{{"A", "b"}});
    QTest::newRow("tunnel name") << "ImportTunnel" << QVariantList{"../etc", ""} << "may only contain";
    QTest::newRow("long name") << "RemoveTunnel" << QVariantList{"abcdefghijklmn"} << "longer than 12";
    QTest::newRow("families") << "ConnectTunnel" << QVariantList{"home", "ipv5"} << "unknown families";
    QTest::newRow("mode") << "RunIsolated"
                          << QVariantList{"ipv5-only", QStringList{"/bin/true"}, env, "/", fd, fd, fd}
                          << "unknown mode";
    QTest::newRow("empty argv") << "RunIsolated"
                                << QVariantList{"ipv4-only", QStringList{}, env, "/", fd, fd, fd}
                                << "no program";
    QTest::newRow("relative program")
        << "RunIsolated" << QVariantList{"ipv4-only", QStringList{"curl"}, env, "/", fd, fd, fd}
        << "not an absolute path";
    QTest::newRow("relative cwd")
        << "RunIsolated" << QVariantList{"ipv4-only", QStringList{"/bin/true"}, env, "tmp", fd, fd, fd}
        << "working directory";
    QVariantMap unknownKey = createSettings();
    unknownKey.insert("post-up", "id");
    QTest::newRow("create: name") << "CreateTunnel" << QVariantList{"../etc", createSettings()}
                                  << "may only contain";
    QTest::newRow("create: unknown key") << "CreateTunnel" << QVariantList{"home", unknownKey}
                                         << "unknown setting \"post-up\"";
    QVariantMap signedKeepalive = createSettings();
    signedKeepalive.insert("persistent-keepalive", 25); // i, not u
    QTest::newRow("create: type over the bus")
        << "CreateTunnel" << QVariantList{"home", signedKeepalive}
        << "persistent-keepalive must be an unsigned number (u)";
    const auto port = QVariant::fromValue<ushort>(80);
    QTest::newRow("probe: family") << "ProbeNative" << QVariantList{"all", "192.0.2.1", port}
                                   << "\"ipv4\" or \"ipv6\"";
    QTest::newRow("probe: wrong family") << "ProbeNative" << QVariantList{"ipv6", "192.0.2.1", port}
                                         << "must be an IPv6 address";
    QTest::newRow("probe: name") << "ProbeNative" << QVariantList{"ipv4", "example.org", port}
                                 << "must be an IPv4 address";
    QTest::newRow("probe: short form") << "ProbeNative" << QVariantList{"ipv4", "127.1", port}
                                       << "must be an IPv4 address";
    QTest::newRow("probe: scope") << "ProbeNative" << QVariantList{"ipv6", "fe80::1%lo", port}
                                  << "without a scope";
    QTest::newRow("probe: loopback") << "ProbeNative" << QVariantList{"ipv6", "::1", port}
                                     << "must not be loopback";
    QTest::newRow("probe: multicast") << "ProbeNative" << QVariantList{"ipv4", "224.0.0.1", port}
                                      << "must not be loopback, multicast";
    QTest::newRow("probe: broadcast")
        << "ProbeNative" << QVariantList{"ipv4", "255.255.255.255", port} << "broadcast";
    QTest::newRow("probe: unspecified") << "ProbeNative" << QVariantList{"ipv6", "::", port}
                                        << "unspecified";
    QTest::newRow("probe: mapped") << "ProbeNative" << QVariantList{"ipv6", "::ffff:192.0.2.1", port}
                                   << "IPv4 address in IPv6 form";
    QTest::newRow("probe: port 0") << "ProbeNative"
                                   << QVariantList{"ipv4", "192.0.2.1", QVariant::fromValue<ushort>(0)}
                                   << "port must be from 1 to 65535";
}

void TestHelperService::badInputIsNamedAfterAuthorisation()
{
    QFETCH(QString, member);
    QFETCH(QVariantList, arguments);
    QFETCH(QString, expected);
    const QDBusConnection client = m_bus->connect(QStringLiteral("bad-") + QTest::currentDataTag());

    // Denied callers learn nothing about their arguments.
    m_polkit->setAnswer(FakePolkit::Answer::NotAuthorised);
    QDBusMessage reply = call(client, member, arguments);
    QCOMPARE(reply.errorName(), QString::fromLatin1(Error::AccessDenied));

    m_polkit->setAnswer(FakePolkit::Answer::Authorised);
    reply = call(client, member, arguments);
    QCOMPARE(reply.errorName(), QString::fromLatin1(Error::InvalidArgument));
    QVERIFY2(reply.errorMessage().contains(expected), qPrintable(reply.errorMessage()));
}

void TestHelperService::secondCallerServedWhileFirstIsPending()
{
    m_polkit->setAnswer(FakePolkit::Answer::Hold);
    const QDBusConnection first = m_bus->connect(QStringLiteral("first"));
    const QDBusConnection second = m_bus->connect(QStringLiteral("second"));
    QDBusPendingCall pending = callAsync(first, QStringLiteral("ConnectTunnel"),
                                         {QStringLiteral("home"), QStringLiteral("ipv4")});
    QTRY_COMPARE(m_polkit->heldCount(), 1);

    // A read-only call and a privileged one from someone else both complete.
    const QDBusMessage list = call(second, QStringLiteral("ListTunnels"), {});
    QCOMPARE(list.type(), QDBusMessage::ReplyMessage);
    m_polkit->setAnswer(FakePolkit::Answer::Authorised);
    const QDBusMessage other = call(second, QStringLiteral("DisconnectTunnel"), {QStringLiteral("home")});
    QCOMPARE(other.errorName(), QString::fromLatin1(Error::Unavailable));
    QVERIFY(!pending.isFinished());

    m_polkit->releaseHeld(FakePolkit::Answer::NotAuthorised);
    QTRY_VERIFY(pending.isFinished());
    QCOMPARE(pending.error().name(), QString::fromLatin1(Error::AccessDenied));
}

void TestHelperService::pendingRequestsAreCappedPerCaller()
{
    m_polkit->setAnswer(FakePolkit::Answer::Hold);
    const QDBusConnection greedy = m_bus->connect(QStringLiteral("greedy"));
    QList<QDBusPendingCall> calls;
    for (int i = 0; i < CallGate::MaxPendingPerCaller; ++i)
        calls << callAsync(greedy, QStringLiteral("RemoveTunnel"), {QStringLiteral("home")});
    QTRY_COMPARE(m_polkit->heldCount(), CallGate::MaxPendingPerCaller);

    const QDBusMessage refused = call(greedy, QStringLiteral("RemoveTunnel"), {QStringLiteral("home")});
    QCOMPARE(refused.errorName(), QString::fromLatin1(Error::Busy));
    QCOMPARE(m_polkit->heldCount(), CallGate::MaxPendingPerCaller);

    // Someone else is not affected by the greedy caller.
    const QDBusConnection polite = m_bus->connect(QStringLiteral("polite"));
    QDBusPendingCall politeCall = callAsync(polite, QStringLiteral("RemoveTunnel"), {QStringLiteral("home")});
    QTRY_COMPARE(m_polkit->heldCount(), CallGate::MaxPendingPerCaller + 1);

    m_polkit->releaseHeld(FakePolkit::Answer::Authorised);
    QTRY_VERIFY(politeCall.isFinished());
    QCOMPARE(politeCall.error().name(), QString::fromLatin1(Error::Unavailable));
    for (auto &pending : calls) {
        QTRY_VERIFY(pending.isFinished());
        QCOMPARE(pending.error().name(), QString::fromLatin1(Error::Unavailable));
    }
    // Once answered, the caller may ask again.
    m_polkit->setAnswer(FakePolkit::Answer::Authorised);
    QCOMPARE(call(greedy, QStringLiteral("RemoveTunnel"), {QStringLiteral("home")}).errorName(),
             QString::fromLatin1(Error::Unavailable));
}

void TestHelperService::readOnlyCallsNeedNoAuthorisation()
{
    m_polkit->setAnswer(FakePolkit::Answer::NotAuthorised);
    const QDBusConnection client = m_bus->connect(QStringLiteral("reader"));
    QCOMPARE(call(client, QStringLiteral("ListTunnels"), {}).arguments().value(0).toStringList(),
             QStringList());
    QCOMPARE(call(client, QStringLiteral("GetTunnel"), {QStringLiteral("nope")}).errorName(),
             QString::fromLatin1(Error::NotFound));
    QCOMPARE(call(client, QStringLiteral("GetTunnel"), {QStringLiteral("No/pe")}).errorName(),
             QString::fromLatin1(Error::InvalidArgument));
    const QDBusMessage isolated = call(client, QStringLiteral("ListIsolated"), {});
    QCOMPARE(isolated.type(), QDBusMessage::ReplyMessage);
    QCOMPARE(isolated.signature(), QStringLiteral("a(sssu)"));

    QDBusMessage get = QDBusMessage::createMethodCall(
        QString::fromLatin1(ServiceName), QString::fromLatin1(ObjectPath),
        QStringLiteral("org.freedesktop.DBus.Properties"), QStringLiteral("Get"));
    get << QString::fromLatin1(InterfaceName) << QStringLiteral("Version");
    QDBusPendingCall pending = client.asyncCall(get);
    QTRY_VERIFY(pending.isFinished());
    QCOMPARE(QDBusPendingReply<QDBusVariant>(pending).value().variant().toString(),
             QStringLiteral(LIFELINE_VERSION));
    QCOMPARE(m_polkit->checks().size(), 0);
}

void TestHelperService::lookUpRunsWhilePolkitDecides()
{
    const QDBusConnection gateBus = m_bus->connect(QStringLiteral("gate%1").arg(m_round));
    Authoriser authoriser(gateBus);
    CallGate gate(gateBus, &authoriser);
    GateProbe probe(&gate);
    QDBusConnection registrar = gateBus;
    QVERIFY(registrar.registerObject(QStringLiteral("/gate"), &probe, QDBusConnection::ExportAllSlots));
    const auto enter = [&](const QDBusConnection &client) {
        return client.asyncCall(QDBusMessage::createMethodCall(
            gateBus.baseService(), QStringLiteral("/gate"), QStringLiteral("io.github.lifeline.Test.Gate"),
            QStringLiteral("Enter")));
    };
    const QDBusConnection client = m_bus->connect(QStringLiteral("gate-client%1").arg(m_round));

    // The look-up runs while polkit still decides, with the caller's uid
    // from the bus; the act only once polkit said yes.
    m_polkit->setAnswer(FakePolkit::Answer::Hold);
    QDBusPendingCall allowed = enter(client);
    QTRY_COMPARE(m_polkit->heldCount(), 1);
    QTRY_COMPARE(probe.events, QStringList{QStringLiteral("look-up")});
    QCOMPARE(probe.lookedUpUid, uint(getuid()));
    m_polkit->releaseHeld(FakePolkit::Answer::Authorised);
    QTRY_VERIFY(allowed.isFinished());
    QVERIFY2(!allowed.isError(), qPrintable(allowed.error().message()));
    QCOMPARE(probe.events, (QStringList{QStringLiteral("look-up"), QStringLiteral("act")}));

    // Denied after a while: the look-up ran (it only reads), the act never does.
    probe.events.clear();
    m_polkit->setAnswer(FakePolkit::Answer::Hold);
    QDBusPendingCall denied = enter(client);
    QTRY_COMPARE(probe.events, QStringList{QStringLiteral("look-up")});
    m_polkit->releaseHeld(FakePolkit::Answer::NotAuthorised);
    QTRY_VERIFY(denied.isFinished());
    QCOMPARE(denied.error().name(), QString::fromLatin1(Error::AccessDenied));
    QCOMPARE(probe.events, QStringList{QStringLiteral("look-up")});
    registrar.unregisterObject(QStringLiteral("/gate"));
    QDBusConnection::disconnectFromBus(QStringLiteral("gate-client%1").arg(m_round));
    QDBusConnection::disconnectFromBus(QStringLiteral("gate%1").arg(m_round));
}

void TestHelperService::lookUpsGoStale()
{
    IsolatedLaunches::LookUps found;
    found.takenMs = 10000;
    QVERIFY(found.freshAt(10000));
    QVERIFY(found.freshAt(10000 + IsolatedLaunches::LookUps::MaxAgeMs));
    // polkit asked for a password meanwhile: start() reads everything again.
    QVERIFY(!found.freshAt(10001 + IsolatedLaunches::LookUps::MaxAgeMs));
}

QTEST_GUILESS_MAIN(TestHelperService)
#include "TestHelperService.moc"
