// One tray per session: the first claim listens, a second one (another
// thread here, as it would be another process) is answered and told to go,
// the first hears what it asked for (show, the picker, nothing); requests it
// does not know are answered "unknown"; a socket file left by a crash is
// taken over.
#include "SingleInstance.h"

#include <QLocalSocket>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <sys/socket.h>
#include <sys/un.h>
#include <unistd.h>

#include <atomic>
#include <cstring>
#include <thread>

using namespace Lifeline::Tray;
using Role = SingleInstance::Role;
using Request = SingleInstance::Request;

namespace {

// A second start, in another thread (as it would be another process): its
// claim blocks while the first answers from this thread's event loop.
Role claimElsewhere(const QString &path, const Request &request)
{
    std::atomic<int> role { -1 };
    std::thread second([&] {
        SingleInstance other(path);
        QString error;
        role = int(other.claim(request, &error));
    });
    const bool answered = QTest::qWaitFor([&] { return role.load() >= 0; }, 20000);
    second.join(); // the claim gives up within seconds anyway
    return answered ? Role(role.load()) : Role::Failed;
}

} // namespace

class TestSingleInstance : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void secondStartShowsTheFirst();
    void pickerRequestIsHandedOver();
    void quietStartOnlyAsks();
    void unknownRequestIsRefused_data();
    void unknownRequestIsRefused();
    void staleSocketIsTakenOver();
    void defaultPathIsInTheRuntimeDirectory();
};

void TestSingleInstance::secondStartShowsTheFirst()
{
    QTemporaryDir dir;
    const QString path = dir.path() + QStringLiteral("/tray.socket");
    SingleInstance first(path);
    QString error;
    QCOMPARE(first.claim(Request::show(), &error), Role::Primary);
    QSignalSpy activated(&first, &SingleInstance::activated);
    QSignalSpy picker(&first, &SingleInstance::pickerRequested);

    QCOMPARE(claimElsewhere(path, Request::show()), Role::Secondary);
    QTRY_COMPARE(activated.size(), 1);
    QCOMPARE(picker.size(), 0);
}

void TestSingleInstance::pickerRequestIsHandedOver()
{
    QTemporaryDir dir;
    const QString path = dir.path() + QStringLiteral("/tray.socket");
    SingleInstance first(path);
    QString error;
    QCOMPARE(first.claim(Request::show(), &error), Role::Primary);
    QSignalSpy activated(&first, &SingleInstance::activated);
    QSignalSpy picker(&first, &SingleInstance::pickerRequested);

    QCOMPARE(claimElsewhere(path, Request::picker(QStringLiteral("ipv6-only"))), Role::Secondary);
    QTRY_COMPARE(picker.size(), 1);
    QCOMPARE(picker.first().first().toString(), QStringLiteral("ipv6-only"));
    QCOMPARE(claimElsewhere(path, Request::picker(QStringLiteral("tunnel"))), Role::Secondary);
    QTRY_COMPARE(picker.size(), 2);
    QCOMPARE(picker.last().first().toString(), QStringLiteral("tunnel"));
    QCOMPARE(activated.size(), 0); // the picker, not the menu
}

void TestSingleInstance::quietStartOnlyAsks()
{
    // lifeline --autostart when one runs already: exit 0, and no menu pops up.
    QTemporaryDir dir;
    const QString path = dir.path() + QStringLiteral("/tray.socket");
    SingleInstance first(path);
    QString error;
    QCOMPARE(first.claim(Request::show(), &error), Role::Primary);
    QSignalSpy activated(&first, &SingleInstance::activated);
    QSignalSpy picker(&first, &SingleInstance::pickerRequested);

    QCOMPARE(claimElsewhere(path, Request::nothing()), Role::Secondary);
    // The first acts on a request right after it answered, in the same turn.
    QCOMPARE(activated.size(), 0);
    QCOMPARE(claimElsewhere(path, Request::show()), Role::Secondary);
    QTRY_COMPARE(activated.size(), 1);
    QCOMPARE(picker.size(), 0);
}

void TestSingleInstance::unknownRequestIsRefused_data()
{
    QTest::addColumn<QByteArray>("request");
    QTest::newRow("another word") << QByteArray("frobnicate\n");
    QTest::newRow("picker without a mode") << QByteArray("picker \n");
    QTest::newRow("mode with a space") << QByteArray("picker ipv4 only\n");
    QTest::newRow("mode in capitals") << QByteArray("picker IPV4-ONLY\n");
    QTest::newRow("show with more") << QByteArray("show me\n");
}

void TestSingleInstance::unknownRequestIsRefused()
{
    QFETCH(QByteArray, request);
    QTemporaryDir dir;
    const QString path = dir.path() + QStringLiteral("/tray.socket");
    SingleInstance first(path);
    QString error;
    QCOMPARE(first.claim(Request::show(), &error), Role::Primary);
    QSignalSpy activated(&first, &SingleInstance::activated);
    QSignalSpy picker(&first, &SingleInstance::pickerRequested);

    QLocalSocket client;
    client.connectToServer(path);
    QVERIFY(client.waitForConnected(1000));
    client.write(request);
    QTRY_VERIFY(client.canReadLine());
    QCOMPARE(client.readLine(), QByteArray("unknown\n"));
    QTRY_COMPARE(client.state(), QLocalSocket::UnconnectedState); // one request per connection
    QCOMPARE(activated.size(), 0);
    QCOMPARE(picker.size(), 0);
}

void TestSingleInstance::staleSocketIsTakenOver()
{
    QTemporaryDir dir;
    const QString path = dir.path() + QStringLiteral("/tray.socket");
    // A socket file nobody listens on, as a crashed instance leaves it.
    const int fd = ::socket(AF_UNIX, SOCK_STREAM, 0);
    QVERIFY(fd >= 0);
    sockaddr_un address {};
    address.sun_family = AF_UNIX;
    const QByteArray encoded = QFile::encodeName(path);
    QVERIFY(size_t(encoded.size()) < sizeof address.sun_path);
    std::memcpy(address.sun_path, encoded.constData(), size_t(encoded.size()));
    QCOMPARE(::bind(fd, reinterpret_cast<sockaddr *>(&address), sizeof address), 0);
    ::close(fd);
    QVERIFY(QFile::exists(path));

    SingleInstance instance(path);
    QString error;
    QCOMPARE(instance.claim(Request::show(), &error), Role::Primary);
    // And it listens there now.
    QLocalSocket probe;
    probe.connectToServer(path);
    QVERIFY(probe.waitForConnected(1000));
}

void TestSingleInstance::defaultPathIsInTheRuntimeDirectory()
{
    qputenv("XDG_RUNTIME_DIR", "/run/user/4242");
    QCOMPARE(SingleInstance::defaultSocketPath(), QStringLiteral("/run/user/4242/lifeline-tray.socket"));
}

QTEST_GUILESS_MAIN(TestSingleInstance)
#include "TestSingleInstance.moc"
