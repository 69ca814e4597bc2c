// Real wireguard-go devices, as root, inside the throw-away network, mount
// and PID namespaces that CMake's wrapper makes (a tmpfs on /run). Two more
// namespaces joined by a veth pair hold one device each; packets never leave
// them. Refuses to run anywhere that looks like a real host.
#include "Backend.h"
#include "NetNamespace.h"
#include "Netlink.h"
#include "TestKeys.h"
#include "Uapi.h"
#include "UapiClient.h"
#include "UserspaceBackend.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <arpa/inet.h>
#include <cerrno>
#include <csignal>
#include <fcntl.h>
#include <net/if.h>
#include <netinet/in.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

using namespace Lifeline;
using namespace Lifeline::WireGuard;
using namespace Lifeline::WireGuard::Testing;

namespace {

Net::Prefix prefix(const char *text)
{
    return *Net::Prefix::parse(QString::fromLatin1(text));
}

// A UDP socket bound to `address`:`port` inside `space` (a socket keeps its
// namespace, so it is used from the main thread afterwards).
UniqueFd udpSocket(const Net::NetNamespace &space, const char *address, quint16 port)
{
    UniqueFd result;
    space.run([&] {
        const auto ip = prefix(address);
        const bool v4 = ip.family == Net::Family::IPv4;
        UniqueFd fd(socket(v4 ? AF_INET : AF_INET6, SOCK_DGRAM | SOCK_CLOEXEC, 0));
        sockaddr_storage storage {};
        socklen_t size;
        if (v4) {
            auto *in = reinterpret_cast<sockaddr_in *>(&storage);
            in->sin_family = AF_INET;
            in->sin_port = htons(port);
            std::memcpy(&in->sin_addr, ip.bytes.data(), 4);
            size = sizeof *in;
        } else {
            auto *in6 = reinterpret_cast<sockaddr_in6 *>(&storage);
            in6->sin6_family = AF_INET6;
            in6->sin6_port = htons(port);
            std::memcpy(&in6->sin6_addr, ip.bytes.data(), 16);
            size = sizeof *in6;
        }
        if (fd.isValid() && bind(fd.get(), reinterpret_cast<sockaddr *>(&storage), size) == 0)
            result = std::move(fd);
        return QString();
    });
    return result;
}

bool sendTo(int fd, const char *address, quint16 port, const QByteArray &payload)
{
    const auto ip = prefix(address);
    sockaddr_storage storage {};
    socklen_t size;
    if (ip.family == Net::Family::IPv4) {
        auto *in = reinterpret_cast<sockaddr_in *>(&storage);
        in->sin_family = AF_INET;
        in->sin_port = htons(port);
        std::memcpy(&in->sin_addr, ip.bytes.data(), 4);
        size = sizeof *in;
    } else {
        auto *in6 = reinterpret_cast<sockaddr_in6 *>(&storage);
        in6->sin6_family = AF_INET6;
        in6->sin6_port = htons(port);
        std::memcpy(&in6->sin6_addr, ip.bytes.data(), 16);
        size = sizeof *in6;
    }
    return sendto(fd, payload.constData(), size_t(payload.size()), 0,
               reinterpret_cast<sockaddr *>(&storage), size)
        == payload.size();
}

QByteArray receive(int fd, int timeoutMs)
{
    pollfd entry { fd, POLLIN, 0 };
    if (poll(&entry, 1, timeoutMs) <= 0)
        return {};
    char buffer[2048];
    const ssize_t count = recv(fd, buffer, sizeof buffer, 0);
    return count > 0 ? QByteArray(buffer, int(count)) : QByteArray();
}

// Sends until the payload arrives: the first packets wait for the handshake.
bool deliver(int from, int to, const char *address, quint16 port, const QByteArray &payload)
{
    for (int attempt = 0; attempt < 20; ++attempt) {
        if (!sendTo(from, address, port, payload))
            return false;
        if (receive(to, 500) == payload)
            return true;
    }
    return false;
}

QStringList linksIn(const Net::NetNamespace &space)
{
    QStringList names;
    space.run([&] {
        QString error;
        const auto socket = Net::Netlink::open(&error);
        if (socket)
            names = Net::Netlink::linkNames(socket.get(), &error);
        return error;
    });
    return names;
}

bool processGone(pid_t pid)
{
    return kill(pid, 0) != 0 && errno == ESRCH;
}

} // namespace

class TestUserspaceRoot : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void twoDevicesTalk();
    void createRefusesAnExistingName();
    void failedStartsLeaveNothing_data();
    void failedStartsLeaveNothing();
    void startTimeoutLeavesNothing();
    void configureFailuresAreSentences();
    void kernelBackendMatchesTheMachine();
    void cleanupTestCase();

private:
    QString setUpLink(
        const Net::NetNamespace &space, const QString &name, const QList<Net::Prefix> &addresses);

    QString m_program;
    std::unique_ptr<Net::NetNamespace> m_a;
    std::unique_ptr<Net::NetNamespace> m_b;
};

QString TestUserspaceRoot::setUpLink(
    const Net::NetNamespace &space, const QString &name, const QList<Net::Prefix> &addresses)
{
    return space.run([&] {
        QString error;
        const auto socket = Net::Netlink::open(&error);
        if (!socket)
            return error;
        const int index = Net::Netlink::linkIndex(socket.get(), name, &error);
        if (index == 0)
            return error;
        for (const Net::Prefix &address : addresses) {
            if (error = Net::Netlink::addAddress(socket.get(), index, name, address); !error.isEmpty())
                return error;
        }
        return Net::Netlink::setUp(socket.get(), index, name);
    });
}

void TestUserspaceRoot::initTestCase()
{
    // Safety first: only inside the wrapper's namespaces (PID 1 of a new PID
    // namespace, nothing but lo, a /run of our own).
    if (geteuid() != 0 || getpid() != 1)
        QFAIL("run through ctest: it wraps this test in unshare --net --mount --pid as root");
    QString error;
    const auto socket = Net::Netlink::open(&error);
    QVERIFY2(socket, qPrintable(error));
    if (Net::Netlink::linkNames(socket.get(), &error) != QStringList { QStringLiteral("lo") })
        QFAIL("this is not a fresh network namespace");
    if (QFileInfo::exists(QStringLiteral("/run/netns"))
        || QFileInfo::exists(QStringLiteral("/run/wireguard")))
        QFAIL("/run is not the private tmpfs of the test wrapper");

    m_program = QStandardPaths::findExecutable(QStringLiteral("wireguard-go"));
    QVERIFY2(!m_program.isEmpty(), "wireguard-go is not installed (apt-get install wireguard-go)");

    m_a = Net::NetNamespace::create(QStringLiteral("wgtest-a"), &error);
    QVERIFY2(m_a, qPrintable(error));
    m_b = Net::NetNamespace::create(QStringLiteral("wgtest-b"), &error);
    QVERIFY2(m_b, qPrintable(error));
    // The "internet" between them: a veth pair with documentation addresses.
    error = m_a->run([&] {
        QString why;
        const auto inA = Net::Netlink::open(&why);
        return inA ? Net::Netlink::addVeth(
                   inA.get(), QStringLiteral("veth-a"), QStringLiteral("veth-b"), m_b->fd())
                   : why;
    });
    QVERIFY2(error.isEmpty(), qPrintable(error));
    error = setUpLink(
        *m_a, QStringLiteral("veth-a"), { prefix("198.51.100.1/24"), prefix("2001:db8:1::1/64") });
    QVERIFY2(error.isEmpty(), qPrintable(error));
    error = setUpLink(
        *m_b, QStringLiteral("veth-b"), { prefix("198.51.100.2/24"), prefix("2001:db8:1::2/64") });
    QVERIFY2(error.isEmpty(), qPrintable(error));
}

void TestUserspaceRoot::twoDevicesTalk()
{
    const auto backend = userspaceBackend(m_program);
    QCOMPARE(backend->name(), QStringLiteral("wireguard-go"));
    QString error;
    QElapsedTimer timer;
    timer.start();
    auto a = backend->create(QStringLiteral("wgta"), m_a->fd(), &error);
    const qint64 startMs = timer.elapsed();
    QVERIFY2(a, qPrintable(error));
    auto b = backend->create(QStringLiteral("wgtb"), m_b->fd(), &error);
    QVERIFY2(b, qPrintable(error));
    qInfo("wireguard-go start (create() until its socket answers): %lld ms", startMs);
    // Each device lives in its own namespace only.
    QVERIFY(linksIn(*m_a).contains(QStringLiteral("wgta")));
    QVERIFY(!linksIn(*m_a).contains(QStringLiteral("wgtb")));
    QVERIFY(linksIn(*m_b).contains(QStringLiteral("wgtb")));
    QVERIFY(a->ifindex() > 0);

    // A reaches B over IPv6, B reaches A over IPv4: both endpoint spellings.
    DeviceConfig configA;
    configA.privateKey = keyFromTestHex(AlicePrivateHex);
    configA.listenPort = 51820;
    PeerConfig bob;
    bob.publicKey = keyFromTestHex(BobPublicHex);
    bob.endpoint = Endpoint::parse(QStringLiteral("[2001:db8:1::2]:51821"));
    bob.allowedIps = { prefix("192.0.2.2/32"), prefix("fd00:99::2/128") };
    configA.peers = { bob };
    QCOMPARE(a->configure(configA), QString());
    // What was configured reads back, before B exists to roam A's endpoint.
    const auto configured = a->status(&error);
    QVERIFY2(configured, qPrintable(error));
    QCOMPARE(configured->size(), 1);
    QCOMPARE(configured->first().endpoint, bob.endpoint);
    QCOMPARE(configured->first().allowedIps, bob.allowedIps);
    QCOMPARE(configured->first().lastHandshakeSec, qint64(0));

    DeviceConfig configB;
    configB.privateKey = keyFromTestHex(BobPrivateHex);
    configB.listenPort = 51821;
    PeerConfig alice;
    alice.publicKey = keyFromTestHex(AlicePublicHex);
    alice.endpoint = Endpoint::parse(QStringLiteral("198.51.100.1:51820"));
    alice.allowedIps = { prefix("192.0.2.1/32"), prefix("fd00:99::1/128") };
    alice.persistentKeepalive = 25;
    configB.peers = { alice };
    const qint64 before = QDateTime::currentSecsSinceEpoch();
    timer.restart();
    QCOMPARE(b->configure(configB), QString());

    error = setUpLink(
        *m_a, QStringLiteral("wgta"), { prefix("192.0.2.1/24"), prefix("fd00:99::1/64") });
    QVERIFY2(error.isEmpty(), qPrintable(error));
    error = setUpLink(
        *m_b, QStringLiteral("wgtb"), { prefix("192.0.2.2/24"), prefix("fd00:99::2/64") });
    QVERIFY2(error.isEmpty(), qPrintable(error));

    // B's keepalive starts the handshake as soon as both ends are configured.
    const auto handshakeSeen = [&] {
        const auto peers = a->status(&error);
        return peers && !peers->isEmpty() && peers->first().lastHandshakeSec != 0;
    };
    QTRY_VERIFY_WITH_TIMEOUT(handshakeSeen(), 10000);
    qInfo(
        "handshake seen by A after configuring B and bringing links up: %lld ms", timer.elapsed());

    const UniqueFd senderA = udpSocket(*m_a, "192.0.2.1", 0);
    const UniqueFd listenerB = udpSocket(*m_b, "192.0.2.2", 7777);
    QVERIFY(senderA.isValid() && listenerB.isValid());
    QVERIFY(deliver(
        senderA.get(), listenerB.get(), "192.0.2.2", 7777, "hello over IPv4 in the tunnel"));
    const UniqueFd senderB6 = udpSocket(*m_b, "fd00:99::2", 0);
    const UniqueFd listenerA6 = udpSocket(*m_a, "fd00:99::1", 7778);
    QVERIFY(senderB6.isValid() && listenerA6.isValid());
    QVERIFY(deliver(senderB6.get(), listenerA6.get(), "fd00:99::1", 7778, "and back over IPv6"));

    const auto statusA = a->status(&error);
    QVERIFY2(statusA, qPrintable(error));
    QCOMPARE(statusA->size(), 1);
    const PeerStatus &seenByA = statusA->first();
    QCOMPARE(seenByA.publicKey, keyFromTestHex(BobPublicHex));
    // Roaming: B's keepalive may reach A over IPv4 first, and A follows it.
    QVERIFY2(seenByA.endpoint == bob.endpoint
            || seenByA.endpoint == Endpoint::parse(QStringLiteral("198.51.100.2:51821")),
        qPrintable(seenByA.endpoint ? seenByA.endpoint->text() : QStringLiteral("none")));
    QCOMPARE(seenByA.allowedIps, bob.allowedIps);
    QVERIFY2(seenByA.lastHandshakeSec >= before - 1
            && seenByA.lastHandshakeSec <= QDateTime::currentSecsSinceEpoch() + 1,
        qPrintable(QString::number(seenByA.lastHandshakeSec)));
    QVERIFY(seenByA.rxBytes > 0);
    QVERIFY(seenByA.txBytes > 0);

    const auto statusB = b->status(&error);
    QVERIFY2(statusB, qPrintable(error));
    QCOMPARE(statusB->size(), 1);
    QCOMPARE(statusB->first().publicKey, keyFromTestHex(AlicePublicHex));
    QCOMPARE(statusB->first().persistentKeepalive, quint16(25));
    QVERIFY(statusB->first().lastHandshakeSec >= before - 1);
    QVERIFY(statusB->first().rxBytes > 0 && statusB->first().txBytes > 0);

    // Destroying a device stops its daemon, which takes link and socket along.
    const QString socketB = UserspaceBackend::socketPath(QStringLiteral("wgtb"));
    const pid_t daemonB = Uapi::serverPid(socketB);
    QVERIFY(daemonB > 0);
    timer.restart();
    b.reset();
    qInfo("destroying a wireguard-go device: %lld ms", timer.elapsed());
    QVERIFY(processGone(daemonB));
    QVERIFY(!QFileInfo::exists(socketB));
    QVERIFY(!linksIn(*m_b).contains(QStringLiteral("wgtb")));
    // A is untouched by B's end.
    QVERIFY(a->status(&error));
    a.reset();
    QVERIFY(!linksIn(*m_a).contains(QStringLiteral("wgta")));
    QVERIFY(!QFileInfo::exists(UserspaceBackend::socketPath(QStringLiteral("wgta"))));
}

void TestUserspaceRoot::createRefusesAnExistingName()
{
    const auto backend = userspaceBackend(m_program);
    QString error;
    auto first = backend->create(QStringLiteral("wgdup"), m_a->fd(), &error);
    QVERIFY2(first, qPrintable(error));
    const QString socket = UserspaceBackend::socketPath(QStringLiteral("wgdup"));
    const pid_t daemon = Uapi::serverPid(socket);
    QVERIFY(daemon > 0);

    // Same namespace: the interface exists.
    QVERIFY(!backend->create(QStringLiteral("wgdup"), m_a->fd(), &error));
    QVERIFY2(error.contains(QLatin1String("already exists")), qPrintable(error));
    // Another namespace: the control socket's path is shared by all.
    QVERIFY(!backend->create(QStringLiteral("wgdup"), m_b->fd(), &error));
    QVERIFY2(error.contains(QLatin1String("already runs")), qPrintable(error));
    QVERIFY(!linksIn(*m_b).contains(QStringLiteral("wgdup")));
    // Not a wireguard interface at all: wireguard-go must not take it over.
    QVERIFY(!backend->create(QStringLiteral("veth-a"), m_a->fd(), &error));
    QVERIFY2(error.contains(QLatin1String("already exists")), qPrintable(error));
    QVERIFY(linksIn(*m_a).contains(QStringLiteral("veth-a")));

    // The first one is left alone.
    QCOMPARE(Uapi::serverPid(socket), daemon);
    QVERIFY(linksIn(*m_a).contains(QStringLiteral("wgdup")));
    QVERIFY2(first->status(&error), qPrintable(error));
    first.reset();
    QVERIFY(processGone(daemon));
}

void TestUserspaceRoot::failedStartsLeaveNothing_data()
{
    QTest::addColumn<QString>("program");
    QTest::addColumn<bool>("badNamespace");
    QTest::addColumn<QString>("expected");

    QTest::newRow("not installed")
        << QStringLiteral("/nonexistent/wireguard-go") << false
        << QStringLiteral("exited at start: cannot execute wireguard-go");
    QTest::newRow("exits at once")
        << QStringLiteral("/bin/false") << false << QStringLiteral("exited at start");
    QTest::newRow("not a namespace")
        << QString() << true << QStringLiteral("cannot enter the network namespace");
}

void TestUserspaceRoot::failedStartsLeaveNothing()
{
    QFETCH(QString, program);
    QFETCH(bool, badNamespace);
    QFETCH(QString, expected);
    const auto backend = userspaceBackend(program.isEmpty() ? m_program : program);
    const UniqueFd notANamespace(open("/dev/null", O_RDONLY | O_CLOEXEC));
    QString error;
    QVERIFY(!backend->create(
        QStringLiteral("wgbad"), badNamespace ? notANamespace.get() : m_a->fd(), &error));
    QVERIFY2(error.contains(expected), qPrintable(error));
    QVERIFY(!linksIn(*m_a).contains(QStringLiteral("wgbad")));
    QVERIFY(!QFileInfo::exists(UserspaceBackend::socketPath(QStringLiteral("wgbad"))));
}

void TestUserspaceRoot::startTimeoutLeavesNothing()
{
    // A "daemon" that never opens its socket is stopped after the timeout.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString fake = dir.filePath(QStringLiteral("silent-wireguard-go"));
    QFile script(fake);
    QVERIFY(script.open(QIODevice::WriteOnly));
    script.write("#!/bin/sh\necho \"$$\" > \"$(dirname \"$0\")/pid\"\nexec sleep 60\n");
    script.close();
    QVERIFY(script.setPermissions(QFileDevice::ReadOwner | QFileDevice::ExeOwner));

    QString error;
    QElapsedTimer timer;
    timer.start();
    QVERIFY(!userspaceBackend(fake)->create(QStringLiteral("wgslow"), m_a->fd(), &error));
    QVERIFY2(error.contains(QLatin1String("did not open its control socket")), qPrintable(error));
    QVERIFY(timer.elapsed() >= UserspaceBackend::StartTimeout.count());
    QFile pidFile(dir.filePath(QStringLiteral("pid")));
    QVERIFY(pidFile.open(QIODevice::ReadOnly));
    const pid_t pid = pid_t(pidFile.readAll().trimmed().toInt());
    QVERIFY(pid > 0);
    QVERIFY(processGone(pid));
}

void TestUserspaceRoot::configureFailuresAreSentences()
{
    const auto backend = userspaceBackend(m_program);
    QString error;
    auto device = backend->create(QStringLiteral("wgcfg"), m_a->fd(), &error);
    QVERIFY2(device, qPrintable(error));

    // A port something else holds: wireguard-go refuses (EADDRINUSE). It
    // binds only while the link is up, which it learns asynchronously: wait
    // until it reports the random port it bound.
    const QString socket = UserspaceBackend::socketPath(QStringLiteral("wgcfg"));
    error = setUpLink(*m_a, QStringLiteral("wgcfg"), {});
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QTRY_VERIFY(Uapi::exchange(socket, Uapi::getRequest(), &error)
                    .value_or(QByteArray())
                    .contains("listen_port="));
    const UniqueFd squatter = udpSocket(*m_a, "0.0.0.0", 51900);
    QVERIFY(squatter.isValid());
    DeviceConfig config;
    config.privateKey = keyFromTestHex(AlicePrivateHex);
    config.listenPort = 51900;
    error = device->configure(config);
    QVERIFY2(error.startsWith(QLatin1String("cannot configure wgcfg: ")), qPrintable(error));
    QVERIFY2(error.contains(QLatin1String("Address already in use")), qPrintable(error));
    QVERIFY(!error.contains(QLatin1String(AlicePrivateHex)));

    // The daemon dies behind the device's back: calls fail with a sentence.
    const pid_t daemon = Uapi::serverPid(socket);
    QVERIFY(daemon > 0);
    QVERIFY(kill(daemon, SIGKILL) == 0);
    QTRY_VERIFY(!Uapi::isServed(socket));
    config.listenPort = 0;
    error = device->configure(config);
    QVERIFY2(error.startsWith(QLatin1String("cannot configure wgcfg: cannot connect")),
        qPrintable(error));
    QVERIFY(!device->status(&error));
    QVERIFY2(error.startsWith(QLatin1String("cannot read the state of wgcfg")), qPrintable(error));
    // A killed daemon leaves its socket; the owner cleans it up.
    QVERIFY(QFileInfo::exists(socket));
    device.reset();
    QVERIFY(!QFileInfo::exists(socket));
    QVERIFY(processGone(daemon));
    QVERIFY(!linksIn(*m_a).contains(QStringLiteral("wgcfg")));
}

void TestUserspaceRoot::kernelBackendMatchesTheMachine()
{
    QString why;
    const Probes probes = systemProbes();
    QCOMPARE(probes.wireGuardGo(), m_program);
    const bool kernel = probes.kernelLink();
    const auto chosen = chooseBackend(&why, Preference::Auto, probes);
    QVERIFY2(chosen, qPrintable(why));
    QCOMPARE(chosen->name(), kernel ? QStringLiteral("kernel") : QStringLiteral("wireguard-go"));

    QString error;
    auto device = kernelBackend()->create(QStringLiteral("wgk"), m_a->fd(), &error);
    if (!kernel) {
        // No module (as on the lab machines): a sentence, and nothing made.
        QVERIFY(!device);
        QVERIFY2(error.startsWith(QLatin1String("cannot create wireguard interface wgk")),
            qPrintable(error));
        QVERIFY(!linksIn(*m_a).contains(QStringLiteral("wgk")));
        return;
    }
    // A machine with the module runs the kernel path for real.
    QVERIFY2(device, qPrintable(error));
    QVERIFY(linksIn(*m_a).contains(QStringLiteral("wgk")));
    DeviceConfig config;
    config.privateKey = keyFromTestHex(AlicePrivateHex);
    PeerConfig peer;
    peer.publicKey = keyFromTestHex(BobPublicHex);
    peer.endpoint = Endpoint::parse(QStringLiteral("198.51.100.2:51821"));
    peer.allowedIps = { prefix("192.0.2.2/32") };
    config.peers = { peer };
    QCOMPARE(device->configure(config), QString());
    const auto status = device->status(&error);
    QVERIFY2(status, qPrintable(error));
    QCOMPARE(status->size(), 1);
    QCOMPARE(status->first().allowedIps, peer.allowedIps);
    QVERIFY(!kernelBackend()->create(QStringLiteral("wgk"), m_a->fd(), &error));
    device.reset();
    QVERIFY(!linksIn(*m_a).contains(QStringLiteral("wgk")));
}

void TestUserspaceRoot::cleanupTestCase()
{
    // Deleting the namespaces' names drops the last references: the veth
    // pair and anything left in them go with them.
    m_b.reset();
    m_a.reset();
    QVERIFY(Net::NetNamespace::list(QStringLiteral("wgtest-")).isEmpty());
}

QTEST_GUILESS_MAIN(TestUserspaceRoot)
#include "TestUserspaceRoot.moc"
