// `lifelinectl run` end to end: the built binary against a fake helper on a
// private bus (reached as the "system bus" through DBUS_SYSTEM_BUS_ADDRESS).
#include "Contract.h"
#include "PrivateBus.h"

#include <QDBusConnectionInterface>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

#include <csignal>

using Lifeline::Test::PrivateBus;

namespace {

const QString Program = "lifeline-test-program";

struct Result {
    int exitCode = -1;
    QString out;
    QString err;
};

} // namespace

class TestRunCommand : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanup();

    void exitStatusIsPropagated_data();
    void exitStatusIsPropagated();
    void passesWhatTheProgramInherits_data();
    void passesWhatTheProgramInherits();
    void notAuthorised();
    void helperRefuses();
    void noHelperOnTheBus();
    void helperVanishesWhileWaiting();
    void missingCommandNeverCallsTheHelper();
    void notExecutableNeverCallsTheHelper();
    void usageErrors_data();
    void usageErrors();
    void exitOfAnotherIdIsIgnored();
    void exitBeforeTheReplyIsNotMissed();
    void signalsAreForwarded_data();
    void signalsAreForwarded();

private:
    void startFake(const QStringList &options);
    QProcessEnvironment environment() const;
    void startCtl(QProcess &ctl, const QStringList &arguments) const;
    Result runCtl(const QStringList &arguments) const;
    QJsonObject record() const;
    bool helperWasCalled() const { return QFile::exists(recordPath()); }
    QString recordPath() const { return m_dir.filePath("record.json"); }
    QString binDir() const { return m_dir.filePath("bin"); }
    QString workDir() const { return m_dir.filePath("work"); }

    PrivateBus m_bus;
    QTemporaryDir m_dir;
    QProcess m_fake;
    QString m_token;
};

void TestRunCommand::initTestCase()
{
    QVERIFY2(m_bus.isRunning(), "dbus-daemon did not start");
    QVERIFY(m_dir.isValid());
    QVERIFY(QDir(m_dir.path()).mkpath("bin"));
    QVERIFY(QDir(m_dir.path()).mkpath("work"));

    QFile program(QDir(binDir()).filePath(Program));
    QVERIFY(program.open(QIODevice::WriteOnly));
    program.write("#!/bin/sh\nexit 0\n");
    program.close();
    QVERIFY(program.setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner
        | QFile::ExeGroup | QFile::ExeOther | QFile::ReadGroup | QFile::ReadOther));
    QFile notRunnable(QDir(binDir()).filePath("not-runnable"));
    QVERIFY(notRunnable.open(QIODevice::WriteOnly));
    notRunnable.write("#!/bin/sh\nexit 0\n");
    notRunnable.close();
    QVERIFY(notRunnable.setPermissions(QFile::ReadOwner | QFile::WriteOwner));

    m_token = QUuid::createUuid().toString(QUuid::Id128);
}

void TestRunCommand::cleanup()
{
    if (m_fake.state() != QProcess::NotRunning) {
        m_fake.terminate();
        if (!m_fake.waitForFinished(5000))
            m_fake.kill();
        m_fake.waitForFinished(5000);
    }
    QFile::remove(recordPath());
    // The next fake must be able to own the name.
    QDBusConnection observer = m_bus.connect("observer");
    QTRY_VERIFY(!observer.interface()
                     ->isServiceRegistered(QString::fromLatin1(Lifeline::ServiceName))
                     .value());
}

void TestRunCommand::startFake(const QStringList &options)
{
    m_fake.setProgram(FAKE_HELPER_PATH);
    m_fake.setArguments(
        QStringList { "--bus", m_bus.address(), "--record", recordPath() } + options);
    m_fake.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    m_fake.start();
    QVERIFY(m_fake.waitForStarted(5000));
    while (!m_fake.canReadLine())
        QVERIFY2(m_fake.waitForReadyRead(5000), "the fake helper did not get ready");
    QCOMPARE(m_fake.readLine().trimmed(), QByteArray("ready"));
}

QProcessEnvironment TestRunCommand::environment() const
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert("DBUS_SYSTEM_BUS_ADDRESS", m_bus.address());
    environment.insert("PATH", binDir() + ":/usr/bin:/bin");
    environment.insert("LIFELINE_TEST_TOKEN", m_token);
    return environment;
}

void TestRunCommand::startCtl(QProcess &ctl, const QStringList &arguments) const
{
    ctl.setProgram(LIFELINECTL_PATH);
    ctl.setArguments(arguments);
    ctl.setProcessEnvironment(environment());
    ctl.setWorkingDirectory(workDir());
    ctl.start();
}

Result TestRunCommand::runCtl(const QStringList &arguments) const
{
    QProcess ctl;
    startCtl(ctl, arguments);
    Result result;
    if (!ctl.waitForFinished(20000)) {
        ctl.kill();
        ctl.waitForFinished();
        return result;
    }
    result.exitCode = ctl.exitStatus() == QProcess::NormalExit ? ctl.exitCode() : -1;
    result.out = QString::fromUtf8(ctl.readAllStandardOutput());
    result.err = QString::fromUtf8(ctl.readAllStandardError());
    return result;
}

QJsonObject TestRunCommand::record() const
{
    QFile file(recordPath());
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll()).object();
}

void TestRunCommand::exitStatusIsPropagated_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<int>("signal");
    QTest::addColumn<int>("expected");
    QTest::newRow("success") << 0 << 0 << 0;
    QTest::newRow("failure") << 7 << 0 << 7;
    QTest::newRow("killed by SIGTERM") << 0 << SIGTERM << 128 + SIGTERM;
}

void TestRunCommand::exitStatusIsPropagated()
{
    QFETCH(int, status);
    QFETCH(int, signal);
    QFETCH(int, expected);
    startFake({ "--exit-status", QString::number(status), "--signal", QString::number(signal) });
    const Result result = runCtl({ "run", "--ipv4-only", Program });
    QVERIFY2(result.exitCode == expected, qPrintable(result.err));
}

void TestRunCommand::passesWhatTheProgramInherits_data()
{
    QTest::addColumn<QStringList>("modeArguments");
    QTest::addColumn<QString>("mode");
    QTest::newRow("ipv4-only") << QStringList { "--ipv4-only" } << "ipv4-only";
    QTest::newRow("ipv6-only") << QStringList { "--ipv6-only" } << "ipv6-only";
    QTest::newRow("tunnel") << QStringList { "--tunnel", "home-vps" } << "tunnel:home-vps";
    QTest::newRow("tunnel=") << QStringList { "--tunnel=home-vps" } << "tunnel:home-vps";
}

void TestRunCommand::passesWhatTheProgramInherits()
{
    QFETCH(QStringList, modeArguments);
    QFETCH(QString, mode);
    startFake({ "--marker", m_token });
    const Result result = runCtl(QStringList { "run" } + modeArguments
        + QStringList { "--", Program, "-6", "--", "two words" });
    QVERIFY2(result.exitCode == 0, qPrintable(result.err));

    const QJsonObject call = record();
    QCOMPARE(call.value("mode").toString(), mode);
    const QStringList argv = call.value("argv").toVariant().toStringList();
    QCOMPARE(argv, (QStringList { QDir(binDir()).filePath(Program), "-6", "--", "two words" }));
    QCOMPARE(call.value("cwd").toString(), QDir(workDir()).canonicalPath());
    const QJsonObject env = call.value("env").toObject();
    QCOMPARE(env.value("LIFELINE_TEST_TOKEN").toString(), m_token);
    QCOMPARE(env.value("PATH").toString(), binDir() + ":/usr/bin:/bin");
    QVERIFY(call.value("stdioValid").toBool());
    QVERIFY(call.value("interactive").toBool());
    // The fds really are lifelinectl's own: what the fake wrote came out there.
    QVERIFY2(result.out.contains(m_token + "-stdout"), qPrintable(result.out));
    QVERIFY2(result.err.contains(m_token + "-stderr"), qPrintable(result.err));
}

void TestRunCommand::notAuthorised()
{
    startFake({ "--error", "org.freedesktop.DBus.Error.AccessDenied", "--error-message",
        "Not authorised for io.github.lifeline.run-isolated" });
    const Result result = runCtl({ "run", "--ipv4-only", Program });
    QCOMPARE(result.exitCode, 77);
    QVERIFY2(result.err.startsWith("lifelinectl: You are not allowed"), qPrintable(result.err));
    QVERIFY(!result.err.contains("org.freedesktop.DBus.Error"));
}

void TestRunCommand::helperRefuses()
{
    startFake({ "--error", "io.github.lifeline.Error.Unavailable", "--error-message",
        "no tunnel support yet" });
    const Result result = runCtl({ "run", "--tunnel", "home", Program });
    QCOMPARE(result.exitCode, 1);
    QVERIFY2(result.err.contains("no tunnel support yet"), qPrintable(result.err));
    QVERIFY(!result.err.contains("io.github.lifeline.Error"));
}

void TestRunCommand::noHelperOnTheBus()
{
    const Result result = runCtl({ "run", "--ipv4-only", Program });
    QCOMPARE(result.exitCode, 69);
    QVERIFY2(result.err.contains("helper is not available"), qPrintable(result.err));
}

void TestRunCommand::helperVanishesWhileWaiting()
{
    startFake({ "--vanish" });
    const Result result = runCtl({ "run", "--ipv6-only", Program });
    QCOMPARE(result.exitCode, 69);
    QVERIFY2(result.err.contains("helper stopped"), qPrintable(result.err));
}

void TestRunCommand::missingCommandNeverCallsTheHelper()
{
    startFake({});
    const Result result = runCtl({ "run", "--ipv4-only", "--", "no-such-program-" + m_token });
    QCOMPARE(result.exitCode, 127);
    QVERIFY2(result.err.contains("no such command"), qPrintable(result.err));
    QVERIFY(!helperWasCalled());
}

void TestRunCommand::notExecutableNeverCallsTheHelper()
{
    startFake({});
    const Result onPath = runCtl({ "run", "--ipv4-only", "not-runnable" });
    QCOMPARE(onPath.exitCode, 126);
    const Result byPath = runCtl({ "run", "--ipv4-only", "../bin/not-runnable" });
    QCOMPARE(byPath.exitCode, 126);
    const Result directory = runCtl({ "run", "--ipv4-only", "/" });
    QCOMPARE(directory.exitCode, 126);
    QVERIFY(!helperWasCalled());
}

void TestRunCommand::usageErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::newRow("nothing") << QStringList {};
    QTest::newRow("no mode") << QStringList { "run", Program };
    QTest::newRow("no command") << QStringList { "run", "--ipv4-only" };
    QTest::newRow("only --") << QStringList { "run", "--ipv4-only", "--" };
    QTest::newRow("two modes") << QStringList { "run", "--ipv4-only", "--ipv6-only", Program };
    QTest::newRow("unknown option") << QStringList { "run", "--ipv5-only", Program };
    QTest::newRow("tunnel without name") << QStringList { "run", "--tunnel" };
    QTest::newRow("bad tunnel name") << QStringList { "run", "--tunnel", "../etc", Program };
    QTest::newRow("unknown command") << QStringList { "walk" };
    QTest::newRow("json with run") << QStringList { "--json", "run", "--ipv4-only", Program };
}

void TestRunCommand::usageErrors()
{
    QFETCH(QStringList, arguments);
    startFake({});
    const Result result = runCtl(arguments);
    QCOMPARE(result.exitCode, 64);
    QVERIFY(result.err.startsWith("lifelinectl: "));
    QVERIFY(!helperWasCalled());
}

void TestRunCommand::exitOfAnotherIdIsIgnored()
{
    startFake({ "--stray-exit", "--exit-status", "3" });
    const Result result = runCtl({ "run", "--ipv4-only", Program });
    QVERIFY2(result.exitCode == 3, qPrintable(result.err));
}

void TestRunCommand::exitBeforeTheReplyIsNotMissed()
{
    startFake({ "--exit-before-reply", "--exit-status", "5" });
    const Result result = runCtl({ "run", "--ipv4-only", Program });
    QVERIFY2(result.exitCode == 5, qPrintable(result.err));
}

void TestRunCommand::signalsAreForwarded_data()
{
    QTest::addColumn<int>("signal");
    QTest::newRow("SIGINT") << SIGINT;
    QTest::newRow("SIGTERM") << SIGTERM;
    QTest::newRow("SIGHUP") << SIGHUP;
    QTest::newRow("SIGQUIT") << SIGQUIT;
}

void TestRunCommand::signalsAreForwarded()
{
    QFETCH(int, signal);
    startFake({ "--wait-for-child" });
    QProcess ctl;
    startCtl(ctl, { "run", "--ipv4-only", Program });
    QVERIFY(ctl.waitForStarted(5000));
    // The fake says so once it has the call: lifelinectl's handlers are set by then.
    while (!m_fake.canReadLine())
        QVERIFY2(m_fake.waitForReadyRead(10000), "lifelinectl never called the fake helper");
    QVERIFY(m_fake.readLine().startsWith("launched "));
    QVERIFY(::kill(static_cast<pid_t>(ctl.processId()), signal) == 0);
    // Only the program dying of this signal ends lifelinectl with 128+signal.
    QVERIFY(ctl.waitForFinished(10000));
    QCOMPARE(ctl.exitStatus(), QProcess::NormalExit);
    QCOMPARE(ctl.exitCode(), 128 + signal);
}

QTEST_GUILESS_MAIN(TestRunCommand)
#include "TestRunCommand.moc"
