#include "FakeHelper.h"

#include <QCoreApplication>
#include <QDBusMessage>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimer>
#include <QUuid>

#include <cstdio>
#include <sys/resource.h>
#include <unistd.h>

namespace Lifeline::Test {

namespace {

void writeTo(const QDBusUnixFileDescriptor &fd, const QByteArray &text)
{
    if (fd.isValid()) [[maybe_unused]]
        const ssize_t written = ::write(fd.fileDescriptor(), text.constData(), text.size());
}

} // namespace

FakeHelper::FakeHelper(const QDBusConnection &bus, FakeHelperOptions options, QObject *parent)
    : QObject(parent)
    , m_bus(bus)
    , m_options(std::move(options))
{
}

QString FakeHelper::RunIsolated(const QString &mode, const QStringList &argv,
    const Lifeline::StringMap &env, const QString &cwd, const QDBusUnixFileDescriptor &stdinFd,
    const QDBusUnixFileDescriptor &stdoutFd, const QDBusUnixFileDescriptor &stderrFd, uint &pid)
{
    QVariantMap environment;
    for (auto it = env.cbegin(); it != env.cend(); ++it)
        environment.insert(it.key(), it.value());
    const QJsonObject record {
        { QStringLiteral("mode"), mode },
        { QStringLiteral("argv"), QJsonValue::fromVariant(argv) },
        { QStringLiteral("env"), QJsonObject::fromVariantMap(environment) },
        { QStringLiteral("cwd"), cwd },
        { QStringLiteral("stdioValid"),
            stdinFd.isValid() && stdoutFd.isValid() && stderrFd.isValid() },
        { QStringLiteral("interactive"), message().isInteractiveAuthorizationAllowed() },
    };
    QFile file(m_options.recordFile);
    if (file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        file.write(QJsonDocument(record).toJson());
    file.close();

    if (!m_options.errorName.isEmpty()) {
        sendErrorReply(m_options.errorName, m_options.errorMessage);
        return {};
    }

    writeTo(stdoutFd, m_options.marker.toUtf8() + "-stdout\n");
    writeTo(stderrFd, m_options.marker.toUtf8() + "-stderr\n");

    // No core file from SIGQUIT tests.
    m_child.setChildProcessModifier([] {
        const rlimit none { 0, 0 };
        ::setrlimit(RLIMIT_CORE, &none);
    });
    m_child.start(QStringLiteral("sleep"), { QStringLiteral("60") });
    m_child.waitForStarted(5000);
    pid = static_cast<uint>(m_child.processId());
    m_id = QUuid::createUuid().toString(QUuid::Id128);
    std::printf("launched %u\n", pid);
    std::fflush(stdout);

    if (m_options.waitForChild) {
        connect(&m_child, &QProcess::finished, this, [this](int code, QProcess::ExitStatus status) {
            emitExited(m_id, status == QProcess::CrashExit ? 0 : code,
                status == QProcess::CrashExit ? code : 0);
        });
    } else if (m_options.vanish) {
        QTimer::singleShot(200, qApp, [] { QCoreApplication::exit(0); });
    } else if (m_options.exitBeforeReply) {
        setDelayedReply(true);
        m_child.kill();
        emitExited(m_id, m_options.exitStatus, m_options.signal);
        m_bus.send(message().createReply(QVariantList { m_id, pid }));
    } else {
        QTimer::singleShot(200, this, &FakeHelper::reportExit);
    }
    return m_id;
}

void FakeHelper::reportExit()
{
    m_child.kill();
    if (m_options.strayExit)
        emitExited(QUuid::createUuid().toString(QUuid::Id128), 99, 0);
    emitExited(m_id, m_options.exitStatus, m_options.signal);
}

void FakeHelper::emitExited(const QString &id, int exitStatus, int signal)
{
    QDBusMessage exited = QDBusMessage::createSignal(QString::fromLatin1(ObjectPath),
        QString::fromLatin1(InterfaceName), QStringLiteral("IsolatedExited"));
    exited << id << exitStatus << signal;
    m_bus.send(exited);
}

void FakeHelper::refuse()
{
    sendErrorReply(QString::fromLatin1(Error::Unavailable), QStringLiteral("not in the fake"));
}

QVariantMap FakeHelper::GetTunnel(const QString &)
{
    refuse();
    return {};
}

void FakeHelper::ImportTunnel(const QString &, const QString &)
{
    refuse();
}

void FakeHelper::RemoveTunnel(const QString &)
{
    refuse();
}

void FakeHelper::ConnectTunnel(const QString &, const QString &)
{
    refuse();
}

void FakeHelper::DisconnectTunnel(const QString &)
{
    refuse();
}

uint FakeHelper::FixMtu(const QString &)
{
    refuse();
    return 0;
}

} // namespace Lifeline::Test
