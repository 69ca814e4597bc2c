// callHelper/whenFinished on a bus that never connected: Qt hands back a null
// pending call whose watcher never signals, which would leave lifelinectl
// waiting forever. Every caller gets exactly one answer, from the event loop,
// with org.freedesktop.DBus.Error.Disconnected.
#include "HelperCall.h"

#include <QDBusMessage>
#include <QDBusPendingCallWatcher>
#include <QTest>

#include <memory>

using namespace Lifeline;

Q_DECLARE_METATYPE(Lifeline::Authorisation)

namespace {

QDBusConnection nowhere()
{
    return QDBusConnection::connectToBus(
        QStringLiteral("unix:path=/nonexistent/lifeline-test-bus"), QStringLiteral("nowhere"));
}

struct Answers {
    int count = 0;
    QDBusError error;
};

std::function<void(const QDBusPendingCallWatcher &)> recordInto(Answers *answers)
{
    return [answers](const QDBusPendingCallWatcher &watcher) {
        ++answers->count;
        answers->error = watcher.error();
    };
}

// Runs everything already queued, deferred deletes included.
void settle()
{
    for (int i = 0; i < 3; ++i) {
        QCoreApplication::processEvents();
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    }
}

} // namespace

class TestHelperCall : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void unconnectedBusAnswersOnce_data();
    void unconnectedBusAnswersOnce();
    void nullCallFromQtAnswersOnce();
    void finishedCallAnswersEveryWatcherOnce();
    void contextGoneDropsTheHandler();
};

void TestHelperCall::initTestCase()
{
    QVERIFY(!nowhere().isConnected());
    QVERIFY(nowhere().lastError().isValid());
}

void TestHelperCall::unconnectedBusAnswersOnce_data()
{
    QTest::addColumn<Authorisation>("authorisation");
    QTest::newRow("read-only") << Authorisation::None;
    QTest::newRow("interactive") << Authorisation::Interactive;
}

void TestHelperCall::unconnectedBusAnswersOnce()
{
    QFETCH(Authorisation, authorisation);
    QObject context;
    Answers answers;
    whenFinished(callHelper(nowhere(), QStringLiteral("ListTunnels"), {}, authorisation), &context,
        recordInto(&answers));
    QCOMPARE(answers.count, 0); // from the event loop, as any reply, never inside the call
    QTRY_COMPARE(answers.count, 1);
    QCOMPARE(answers.error.type(), QDBusError::Disconnected);
    QCOMPARE(answers.error.name(), QStringLiteral("org.freedesktop.DBus.Error.Disconnected"));
    // Says why: the bus's own error.
    QVERIFY2(answers.error.message().contains(nowhere().lastError().message()),
        qPrintable(answers.error.message()));
    settle();
    QCOMPARE(answers.count, 1);
    QVERIFY(context.findChildren<QDBusPendingCallWatcher *>().isEmpty());
}

void TestHelperCall::nullCallFromQtAnswersOnce()
{
    // What any asyncCall on an unconnected bus gives (NameHasOwner, a proxy's method…).
    const QDBusPendingCall null = nowhere().asyncCall(QDBusMessage::createMethodCall(
        QStringLiteral("org.freedesktop.DBus"), QStringLiteral("/org/freedesktop/DBus"),
        QStringLiteral("org.freedesktop.DBus"), QStringLiteral("NameHasOwner")));
    QObject context;
    Answers answers;
    whenFinished(null, &context, recordInto(&answers));
    QTRY_COMPARE(answers.count, 1);
    QCOMPARE(answers.error.type(), QDBusError::Disconnected);
    settle();
    QCOMPARE(answers.count, 1);
    QVERIFY(context.findChildren<QDBusPendingCallWatcher *>().isEmpty());
}

void TestHelperCall::finishedCallAnswersEveryWatcherOnce()
{
    // Finished before anyone watched: whenFinished answers itself, and Qt's
    // own signal to the watcher must not make it a second answer.
    const QDBusPendingCall call
        = QDBusPendingCall::fromError(QDBusError(QDBusError::AccessDenied, QStringLiteral("no")));
    QObject context;
    Answers first;
    Answers second;
    whenFinished(call, &context, recordInto(&first));
    whenFinished(call, &context, recordInto(&second));
    QTRY_COMPARE(first.count, 1);
    QTRY_COMPARE(second.count, 1);
    settle();
    QCOMPARE(first.count, 1);
    QCOMPARE(second.count, 1);
    QCOMPARE(second.error.type(), QDBusError::AccessDenied);
}

void TestHelperCall::contextGoneDropsTheHandler()
{
    auto context = std::make_unique<QObject>();
    Answers answers;
    whenFinished(callHelper(nowhere(), QStringLiteral("ListTunnels"), {}, Authorisation::None),
        context.get(), recordInto(&answers));
    context.reset();
    settle();
    QCOMPARE(answers.count, 0);
}

QTEST_GUILESS_MAIN(TestHelperCall)
#include "TestHelperCall.moc"
