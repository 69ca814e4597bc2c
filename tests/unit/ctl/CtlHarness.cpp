#include "CtlHarness.h"

#include "Contract.h"

#include <QDBusConnectionInterface>
#include <QDeadlineTimer>
#include <QFile>
#include <QJsonDocument>
#include <QThread>

namespace Lifeline::Test {

CtlHarness::CtlHarness() = default;

CtlHarness::~CtlHarness()
{
    stopFake();
}

QString CtlHarness::setUpError() const
{
    if (!m_bus.isRunning())
        return "dbus-daemon did not start";
    if (!m_dir.isValid())
        return "no temporary directory";
    return {};
}

QString CtlHarness::startFake(const QStringList &options)
{
    m_fake.setProgram(FAKE_HELPER_PATH);
    m_fake.setArguments(
        QStringList { "--bus", m_bus.address(), "--record", filePath("record.json") } + options);
    m_fake.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    m_fake.start();
    if (!m_fake.waitForStarted(5000))
        return "the fake helper did not start";
    while (!m_fake.canReadLine()) {
        if (!m_fake.waitForReadyRead(5000))
            return "the fake helper did not get ready";
    }
    if (m_fake.readLine().trimmed() != "ready")
        return "the fake helper said something else than ready";
    return {};
}

bool CtlHarness::stopFake()
{
    if (m_fake.state() != QProcess::NotRunning) {
        m_fake.terminate();
        if (!m_fake.waitForFinished(5000))
            m_fake.kill();
        m_fake.waitForFinished(5000);
    }
    QFile::remove(filePath("record.json"));
    // The next fake must be able to own the name.
    QDBusConnection observer = m_bus.connect("observer");
    const QDeadlineTimer deadline(5000);
    while (observer.interface()->isServiceRegistered(QString::fromLatin1(ServiceName)).value()) {
        if (deadline.hasExpired())
            return false;
        QThread::msleep(20);
    }
    return true;
}

CtlResult CtlHarness::run(const QStringList &arguments, const QByteArray &input) const
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert("DBUS_SYSTEM_BUS_ADDRESS", m_bus.address());
    // Byte counts and the like in the C locale's spelling, whatever the machine's.
    environment.insert("LC_ALL", "C.UTF-8");
    QProcess ctl;
    ctl.setProgram(LIFELINECTL_PATH);
    ctl.setArguments(arguments);
    ctl.setProcessEnvironment(environment);
    ctl.start();
    CtlResult result;
    if (!ctl.waitForStarted(5000))
        return result;
    ctl.write(input);
    ctl.closeWriteChannel();
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

QJsonObject CtlHarness::record() const
{
    QFile file(filePath("record.json"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll()).object();
}

bool CtlHarness::helperWasCalled() const
{
    return QFile::exists(filePath("record.json"));
}

} // namespace Lifeline::Test
