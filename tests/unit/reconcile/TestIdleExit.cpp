// The helper's idle exit: with fakes for what keeps it busy and for its bus
// name, and on a private bus with the real HelperService — every call to it
// starts the quiet period again, a call waiting at polkit keeps it, and at
// the end the name is free. Short quiet periods; nothing asserts a duration.
#include "Authoriser.h"
#include "Contract.h"
#include "FakePolkit.h"
#include "HelperService.h"
#include "IdleExit.h"
#include "PrivateBus.h"
#include "helper1adaptor.h"

#include <QDBusConnectionInterface>
#include <QDBusPendingCallWatcher>
#include <QTemporaryDir>
#include <QTest>

using namespace Lifeline;
using Lifeline::Test::FakePolkit;

namespace {

// Records what the idle exit did, in order.
struct Recorder {
    QString busy;
    int asked = 0;
    bool releases = true;
    QStringList steps;
    std::function<void()> onRelease;

    IdleExit::Hooks hooks()
    {
        return {
            [this] {
                ++asked;
                return busy;
            },
            [this] {
                steps << QStringLiteral("release");
                if (onRelease)
                    onRelease();
                return releases;
            },
            [this] {
                steps << QStringLiteral("claim");
                return true;
            },
            [this] { steps << QStringLiteral("quit"); },
        };
    }
    bool quit() const { return steps.contains(QStringLiteral("quit")); }
};

} // namespace

class TestIdleExit : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void exitsWhenNothingIsGoingOn();
    void staysWhileSomethingIsSupervised();
    void zeroNeverExits();
    void activityStartsThePeriodAgain();
    void aCallArrivingWhileStoppingKeepsIt();
    void staysWhenTheNameCannotBeReleased();
    void busCallsKeepItAndTheNameIsReleased();
    void aCallWaitingAtPolkitKeepsIt();

private:
    std::unique_ptr<Test::PrivateBus> m_bus;
    QTemporaryDir m_configDir;
};

void TestIdleExit::initTestCase()
{
    registerContractTypes();
    m_bus = std::make_unique<Test::PrivateBus>();
    QVERIFY2(m_bus->isRunning(), "dbus-daemon could not be started");
    QVERIFY(m_configDir.isValid());
}

void TestIdleExit::exitsWhenNothingIsGoingOn()
{
    Recorder recorder;
    IdleExit idle(50, recorder.hooks());
    QTRY_VERIFY(recorder.quit());
    QCOMPARE(recorder.steps, (QStringList { "release", "quit" }));
}

void TestIdleExit::staysWhileSomethingIsSupervised()
{
    Recorder recorder;
    recorder.busy = QStringLiteral("tunnel vps is up");
    IdleExit idle(30, recorder.hooks());
    // Three quiet periods pass, each finding the tunnel up.
    QTRY_VERIFY(recorder.asked >= 3);
    QVERIFY(recorder.steps.isEmpty());
    recorder.busy.clear(); // the tunnel was disconnected
    QTRY_VERIFY(recorder.quit());
    QCOMPARE(recorder.steps, (QStringList { "release", "quit" }));
}

void TestIdleExit::zeroNeverExits()
{
    Recorder recorder;
    IdleExit idle(0, recorder.hooks());
    idle.activity();
    QTest::qWait(200);
    QCOMPARE(recorder.asked, 0);
    QVERIFY(recorder.steps.isEmpty());
}

void TestIdleExit::activityStartsThePeriodAgain()
{
    Recorder recorder;
    IdleExit idle(1000, recorder.hooks());
    // Activity every 20 ms for 1.5 s: the 1 s period never runs out.
    QTimer ticker;
    connect(&ticker, &QTimer::timeout, &idle, &IdleExit::activity);
    ticker.start(20);
    QTest::qWait(1500);
    QCOMPARE(recorder.asked, 0);
    QVERIFY(recorder.steps.isEmpty());
    ticker.stop();
    QTRY_VERIFY_WITH_TIMEOUT(recorder.quit(), 5000);
}

void TestIdleExit::aCallArrivingWhileStoppingKeepsIt()
{
    // A call reached the helper just before the name went: it started a
    // connect, so the helper claims the name back and stays.
    Recorder recorder;
    recorder.onRelease = [&] {
        recorder.busy = QStringLiteral("tunnel vps is connecting");
        recorder.onRelease = nullptr;
    };
    IdleExit idle(30, recorder.hooks());
    QTRY_VERIFY(recorder.steps.contains(QStringLiteral("claim")));
    QVERIFY(!recorder.quit());
    recorder.busy.clear();
    QTRY_VERIFY(recorder.quit());
    QCOMPARE(recorder.steps, (QStringList { "release", "claim", "release", "quit" }));
}

void TestIdleExit::staysWhenTheNameCannotBeReleased()
{
    Recorder recorder;
    recorder.releases = false;
    IdleExit idle(30, recorder.hooks());
    QTRY_VERIFY(recorder.steps.size() >= 2);
    QVERIFY(!recorder.quit());
    recorder.releases = true;
    QTRY_VERIFY(recorder.quit());
}

void TestIdleExit::busCallsKeepItAndTheNameIsReleased()
{
    QDBusConnection serviceBus = m_bus->connect(QStringLiteral("service-calls"));
    const QDBusConnection client = m_bus->connect(QStringLiteral("client-calls"));
    Authoriser authoriser(serviceBus);
    HelperService service(serviceBus, &authoriser, { m_configDir.path(), {} });
    new Helper1Adaptor(&service);
    QVERIFY(serviceBus.registerObject(QString::fromLatin1(ObjectPath), &service));
    QVERIFY(serviceBus.registerService(QString::fromLatin1(ServiceName)));

    bool quit = false;
    IdleExit idle(1000,
        { [&] { return service.gate().hasPending() ? QStringLiteral("pending") : QString(); },
            [&] {
                const auto released
                    = serviceBus.interface()->unregisterService(QString::fromLatin1(ServiceName));
                return released.isValid() && released.value();
            },
            [] { return false; }, [&] { quit = true; } });
    idle.watch(&service);

    // A method and a property, each every 100 ms, for 1.5 s.
    int answered = 0;
    QTimer caller;
    bool property = false;
    connect(&caller, &QTimer::timeout, this, [&] {
        QDBusMessage message = property
            ? QDBusMessage::createMethodCall(QString::fromLatin1(ServiceName),
                QString::fromLatin1(ObjectPath), QStringLiteral("org.freedesktop.DBus.Properties"),
                QStringLiteral("Get"))
            : QDBusMessage::createMethodCall(QString::fromLatin1(ServiceName),
                QString::fromLatin1(ObjectPath), QString::fromLatin1(InterfaceName),
                QStringLiteral("ListTunnels"));
        if (property)
            message << QString::fromLatin1(InterfaceName) << QStringLiteral("Version");
        property = !property;
        auto *watcher = new QDBusPendingCallWatcher(client.asyncCall(message), this);
        connect(watcher, &QDBusPendingCallWatcher::finished, this, [&answered, watcher] {
            if (!watcher->isError())
                ++answered;
            watcher->deleteLater();
        });
    });
    caller.start(100);
    QTest::qWait(1500);
    caller.stop();
    QVERIFY(!quit);
    QVERIFY2(answered >= 5, qPrintable(QString::number(answered)));
    QTRY_VERIFY_WITH_TIMEOUT(quit, 5000);
    QVERIFY(!client.interface()->isServiceRegistered(QString::fromLatin1(ServiceName)).value());
    QDBusConnection::disconnectFromBus(QStringLiteral("service-calls"));
    QDBusConnection::disconnectFromBus(QStringLiteral("client-calls"));
}

void TestIdleExit::aCallWaitingAtPolkitKeepsIt()
{
    QDBusConnection serviceBus = m_bus->connect(QStringLiteral("service-polkit"));
    const QDBusConnection client = m_bus->connect(QStringLiteral("client-polkit"));
    FakePolkit polkit(m_bus->connect(QStringLiteral("polkit")));
    polkit.setAnswer(FakePolkit::Answer::Hold);
    Authoriser authoriser(serviceBus);
    HelperService service(serviceBus, &authoriser, { m_configDir.path(), {} });
    new Helper1Adaptor(&service);
    QVERIFY(serviceBus.registerObject(QString::fromLatin1(ObjectPath), &service));
    QVERIFY(serviceBus.registerService(QString::fromLatin1(ServiceName)));

    QDBusMessage message = QDBusMessage::createMethodCall(QString::fromLatin1(ServiceName),
        QString::fromLatin1(ObjectPath), QString::fromLatin1(InterfaceName),
        QStringLiteral("RemoveTunnel"));
    message << QStringLiteral("vps");
    QDBusPendingCallWatcher watcher(client.asyncCall(message));
    QTRY_COMPARE(polkit.heldCount(), 1);

    // From here on, with the call waiting for polkit's answer.
    int asked = 0;
    bool quit = false;
    IdleExit idle(50,
        { [&] {
             ++asked;
             return service.gate().hasPending() ? QStringLiteral("pending") : QString();
         },
            [] { return true; }, [] { return true; }, [&] { quit = true; } });
    idle.watch(&service);
    QTRY_VERIFY(asked >= 3); // quiet periods pass, the call still waits
    QVERIFY(!quit);
    polkit.releaseHeld(FakePolkit::Answer::NotAuthorised);
    QTRY_VERIFY(watcher.isFinished());
    QCOMPARE(watcher.reply().errorName(), QString::fromLatin1(Error::AccessDenied));
    QTRY_VERIFY(quit);
    QDBusConnection::disconnectFromBus(QStringLiteral("service-polkit"));
    QDBusConnection::disconnectFromBus(QStringLiteral("client-polkit"));
    QDBusConnection::disconnectFromBus(QStringLiteral("polkit"));
}

QTEST_GUILESS_MAIN(TestIdleExit)
#include "TestIdleExit.moc"
