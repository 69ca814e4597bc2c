// RunIsolated over the real bus in the lab, as the allowed test user: bad
// input gets a clear, named error and leaves nothing behind; what is passed
// (argv, environment, stdio) reaches the program exactly.
#include "Contract.h"

#include <QDBusConnection>
#include <QDBusMessage>
#include <QDBusUnixFileDescriptor>
#include <QDir>
#include <QTest>

#include <fcntl.h>
#include <unistd.h>

using namespace Lifeline;

namespace {

QDBusUnixFileDescriptor descriptor(int fd)
{
    QDBusUnixFileDescriptor wrapped(fd);
    return wrapped;
}

QDBusMessage runIsolated(const QString &mode, const QStringList &argv, const StringMap &env,
                         const QString &cwd, int out)
{
    const int devNull = ::open("/dev/null", O_RDWR | O_CLOEXEC);
    QDBusMessage message = QDBusMessage::createMethodCall(
        QString::fromLatin1(ServiceName), QString::fromLatin1(ObjectPath),
        QString::fromLatin1(InterfaceName), QStringLiteral("RunIsolated"));
    message << mode << argv << QVariant::fromValue(env) << cwd
            << QVariant::fromValue(descriptor(devNull))
            << QVariant::fromValue(descriptor(out >= 0 ? out : devNull))
            << QVariant::fromValue(descriptor(devNull));
    const QDBusMessage reply = QDBusConnection::systemBus().call(message, QDBus::Block, 30000);
    ::close(devNull);
    return reply;
}

// What of launches is there now: namespace names, veths, a listing. The
// helper's spare pair for the next launch is no launch's: its host end
// carries SpareNamespace::SpareLabel, from a moment after it is made.
QStringList launchTraces()
{
    QStringList found = QDir(QStringLiteral("/run/netns")).entryList({QStringLiteral("lifeline-*")});
    const QStringList veths = QDir(QStringLiteral("/sys/class/net")).entryList({QStringLiteral("llv*")}, QDir::AllEntries | QDir::System);
    for (const QString &veth : veths) {
        QFile alias(QStringLiteral("/sys/class/net/%1/ifalias").arg(veth));
        if (!alias.open(QIODevice::ReadOnly)
            || alias.readAll().trimmed() != "lifeline spare: ready for the next launch")
            found << veth;
    }
    QDBusMessage list = QDBusMessage::createMethodCall(
        QString::fromLatin1(ServiceName), QString::fromLatin1(ObjectPath),
        QString::fromLatin1(InterfaceName), QStringLiteral("ListIsolated"));
    const QDBusMessage reply = QDBusConnection::systemBus().call(list);
    if (!qdbus_cast<IsolatedList>(reply.arguments().value(0)).isEmpty())
        found << QStringLiteral("ListIsolated is not empty");
    return found;
}

// Nothing of any launch is left: what is there now and still 0.2 s later.
// Only what stays counts (a spare being made shows unlabelled for a moment).
QString leftovers()
{
    const QStringList first = launchTraces();
    if (first.isEmpty())
        return {};
    QTest::qWait(200);
    QStringList left;
    for (const QString &trace : launchTraces()) {
        if (first.contains(trace))
            left << trace;
    }
    return left.join(u' ');
}

} // namespace

class TestLabIsolated : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void badInput_data();
    void badInput();
    void passedExactly();
};

void TestLabIsolated::initTestCase()
{
    registerContractTypes();
    QVERIFY(::getuid() != 0);
    QVERIFY(QDBusConnection::systemBus().isConnected());
    QFile plain(QDir::homePath() + QStringLiteral("/not-executable"));
    QVERIFY(plain.open(QIODevice::WriteOnly));
    plain.write("just text\n");
}

void TestLabIsolated::badInput_data()
{
    QTest::addColumn<QString>("mode");
    QTest::addColumn<QStringList>("argv");
    QTest::addColumn<QString>("cwd");
    QTest::addColumn<QString>("errorName");
    QTest::addColumn<QString>("says");
    const QString invalid = QString::fromLatin1(Error::InvalidArgument);
    QTest::newRow("empty argv") << "ipv4-only" << QStringList{} << "/" << invalid << "no program";
    QTest::newRow("relative program") << "ipv4-only" << QStringList{"true"} << "/" << invalid << "absolute";
    QTest::newRow("missing program") << "ipv4-only" << QStringList{"/nonexistent/lifeline-test"} << "/"
                                     << QString::fromLatin1(Error::NotFound) << "/nonexistent/lifeline-test";
    const QString plainFile = QDir::homePath() + QStringLiteral("/not-executable");
    QTest::newRow("not executable") << "ipv6-only" << QStringList{plainFile} << "/" << invalid << plainFile;
    QTest::newRow("cwd not enterable") << "ipv4-only" << QStringList{"/bin/true"} << "/root" << invalid
                                       << "/root";
    QTest::newRow("cwd missing") << "ipv6-only" << QStringList{"/bin/true"} << "/nonexistent" << invalid
                                 << "/nonexistent";
    QTest::newRow("relative cwd") << "ipv4-only" << QStringList{"/bin/true"} << "tmp" << invalid << "absolute";
    QTest::newRow("unknown mode") << "ipv5-only" << QStringList{"/bin/true"} << "/" << invalid << "unknown mode";
    QTest::newRow("no such tunnel") << "tunnel:home" << QStringList{"/bin/true"} << "/"
                                    << QString::fromLatin1(Error::NotFound) << "no tunnel named";
    QTest::newRow("bad tunnel name") << "tunnel:../x" << QStringList{"/bin/true"} << "/" << invalid
                                     << "tunnel name";
}

void TestLabIsolated::badInput()
{
    QFETCH(QString, mode);
    QFETCH(QStringList, argv);
    QFETCH(QString, cwd);
    QFETCH(QString, errorName);
    QFETCH(QString, says);
    const QDBusMessage reply = runIsolated(mode, argv, {{"PATH", "/usr/bin:/bin"}}, cwd, -1);
    QCOMPARE(reply.errorName(), errorName);
    QVERIFY2(reply.errorMessage().contains(says), qPrintable(reply.errorMessage()));
    QTRY_COMPARE(leftovers(), QString());
}

void TestLabIsolated::passedExactly()
{
    int pipeFds[2];
    QCOMPARE(::pipe2(pipeFds, O_CLOEXEC), 0);
    const StringMap env{{"LIFELINE_ODD", QString::fromUtf8("tab\there \x01 \xc3\xbcnic\xc3\xb6" "de $HOME;`x`")},
                        {"LIFELINE_EMPTY", ""},
                        {"PATH", "/usr/bin:/bin"}};
    const QDBusMessage reply = runIsolated(QStringLiteral("ipv4-only"),
                                           {"/usr/bin/env", "-0"}, env, QDir::homePath(), pipeFds[1]);
    ::close(pipeFds[1]);
    QCOMPARE(reply.type(), QDBusMessage::ReplyMessage);
    QCOMPARE(reply.arguments().value(0).toString().size(), 8);
    QByteArray output;
    char buffer[4096];
    for (ssize_t n; (n = ::read(pipeFds[0], buffer, sizeof buffer)) > 0;)
        output.append(buffer, n);
    ::close(pipeFds[0]);
    QStringList seen;
    for (const QByteArray &entry : output.split('\0')) {
        if (!entry.isEmpty())
            seen << QString::fromUtf8(entry);
    }
    QStringList expected;
    for (auto it = env.cbegin(); it != env.cend(); ++it)
        expected << it.key() + u'=' + it.value();
    seen.sort();
    expected.sort();
    QCOMPARE(seen, expected);
    QTRY_COMPARE_WITH_TIMEOUT(leftovers(), QString(), 10000);
}

QTEST_GUILESS_MAIN(TestLabIsolated)
#include "TestLabIsolated.moc"
