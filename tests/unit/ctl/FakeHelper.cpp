#include "FakeHelper.h"

#include <QCoreApplication>
#include <QDBusMessage>
#include <QDateTime>
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

// RFC 7748's Alice: what every tunnel the fake creates says its key is.
const QString FakePublicKey = QStringLiteral("hSDwCYkwp1R0i33ctD73Wg2/Og0mOBr066SpjqqbTmo=");

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
    if (m_options.seedTunnels)
        m_tunnels.seed(QDateTime::currentSecsSinceEpoch());
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
    };
    if (!privileged(record))
        return {};

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

bool FakeHelper::privileged(const QJsonObject &record)
{
    QJsonObject call = record;
    call.insert("member", message().member());
    call.insert("interactive", message().isInteractiveAuthorizationAllowed());
    QFile file(m_options.recordFile);
    if (file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        file.write(QJsonDocument(call).toJson());
    file.close();
    if (m_options.errorName.isEmpty())
        return true;
    sendErrorReply(m_options.errorName, m_options.errorMessage);
    return false;
}

// The helper's own words for an unknown tunnel.
bool FakeHelper::knownTunnel(const QString &name)
{
    if (m_tunnels.contains(name))
        return true;
    sendErrorReply(
        QString::fromLatin1(Error::NotFound), QString("there is no tunnel named \"%1\"").arg(name));
    return false;
}

void FakeHelper::changeTunnel(const QString &name, const QVariantMap &changes)
{
    if (m_options.strayExit)
        Q_EMIT TunnelChanged(name + "-x", { { "state", "failed" }, { "error", "stray" } });
    Q_EMIT TunnelChanged(name, m_tunnels.change(name, changes));
}

QVariantMap FakeHelper::GetTunnel(const QString &name)
{
    if (!knownTunnel(name))
        return {};
    return m_tunnels.status(name);
}

void FakeHelper::ImportTunnel(const QString &name, const QString &wgQuickConfig)
{
    if (!privileged({ { "name", name }, { "config", wgQuickConfig } }))
        return;
    if (const QString error = m_tunnels.import(name, wgQuickConfig); !error.isEmpty()) {
        sendErrorReply(QString::fromLatin1(Error::InvalidArgument), error);
        return;
    }
    Q_EMIT TunnelChanged(name, m_tunnels.status(name));
}

void FakeHelper::RemoveTunnel(const QString &name)
{
    if (!privileged({ { "name", name } }) || !knownTunnel(name))
        return;
    m_tunnels.remove(name);
    Q_EMIT TunnelChanged(name, { { "state", "removed" } });
}

void FakeHelper::ConnectTunnel(const QString &name, const QString &families)
{
    if (!privileged({ { "name", name }, { "families", families } }) || !knownTunnel(name))
        return;
    if (!QStringList { "", "ipv4", "ipv6", "all" }.contains(families)) {
        sendErrorReply(QString::fromLatin1(Error::InvalidArgument),
            QString("unknown families \"%1\"").arg(families));
        return;
    }
    if (name == "quiet") {
        // Up before the reply and without a signal: only GetTunnel tells.
        m_tunnels.change(name, { { "state", "up" }, { "backend", "userspace" } });
        return;
    }
    changeTunnel(name, { { "state", "connecting" }, { "error", QString() } });
    if (m_options.vanish) {
        QTimer::singleShot(m_options.connectDelayMs, qApp, [] { QCoreApplication::exit(0); });
        return;
    }
    if (name != "slow")
        QTimer::singleShot(
            m_options.connectDelayMs, this, [this, name] { finishConnecting(name); });
}

void FakeHelper::finishConnecting(const QString &name)
{
    if (!m_tunnels.contains(name) || m_tunnels.status(name).value("state") != "connecting")
        return;
    if (name == "broken") {
        changeTunnel(name,
            { { "state", "failed" },
                { "error", "no handshake with 203.0.113.9:51820 within 5 seconds" } });
        return;
    }
    changeTunnel(name,
        { { "state", "up" }, { "backend", "userspace" },
            { "last-handshake", QVariant::fromValue<qint64>(QDateTime::currentSecsSinceEpoch()) },
            { "rx-bytes", QVariant::fromValue<quint64>(92) },
            { "tx-bytes", QVariant::fromValue<quint64>(148) } });
}

void FakeHelper::DisconnectTunnel(const QString &name)
{
    if (!privileged({ { "name", name } }) || !knownTunnel(name))
        return;
    changeTunnel(name, { { "state", "down" }, { "backend", QString() } });
}

// Any known tunnel "probes" to 1216, the lab's answer for a 1300-byte path.
uint FakeHelper::FixMtu(const QString &name)
{
    if (!privileged({ { "name", name } }) || !knownTunnel(name))
        return 0;
    constexpr uint Probed = 1216;
    changeTunnel(name,
        { { "mtu", QVariant::fromValue<uint>(Probed) }, { "mtu-probed", true },
            { "mtu-probed-at", QVariant::fromValue<qint64>(QDateTime::currentSecsSinceEpoch()) } });
    return Probed;
}

} // namespace Lifeline::Test

namespace Lifeline::Test {

// Stores the setting in the status as the helper reports it; a number
// reaches a tunnel that is up at once, as it does in the helper.
void FakeHelper::SetTunnelMtu(const QString &name, const QString &mtu)
{
    if (!privileged({ { "name", name }, { "mtu", mtu } }) || !knownTunnel(name))
        return;
    bool isNumber = false;
    const uint number = mtu.toUInt(&isNumber);
    if (mtu.isEmpty()) { // no setting: the configuration's MTU (the fake's have none: 1420)
        QVariantMap changes { { "mtu-setting", QString() } };
        if (m_tunnels.status(name).value("state") == "up")
            changes.insert("mtu", QVariant::fromValue<uint>(1420));
        changeTunnel(name, changes);
        return;
    }
    if (mtu != "auto" && (!isNumber || number < 576 || number > 9000 || mtu.front() == '0')) {
        sendErrorReply(QString::fromLatin1(Error::InvalidArgument),
            QString("the MTU setting must be \"auto\" or a whole number from 576 to 9000, not "
                    "\"%1\"")
                .arg(mtu));
        return;
    }
    QVariantMap changes { { "mtu-setting", mtu } };
    if (isNumber && m_tunnels.status(name).value("state") == "up")
        changes.insert("mtu", QVariant::fromValue<uint>(number));
    changeTunnel(name, changes);
}

// Stores the tunnel through FakeTunnels::import, as the helper stores a
// created tunnel through its import path, and answers a fixed public key.
QString FakeHelper::CreateTunnel(const QString &name, const QVariantMap &settings)
{
    if (!privileged({ { "name", name }, { "settings", QJsonObject::fromVariantMap(settings) } }))
        return {};
    const QString endpoint = settings.value("endpoint").toString();
    if (!endpoint.contains(':')) {
        sendErrorReply(QString::fromLatin1(Error::InvalidArgument),
            QString("endpoint: Endpoint \"%1\" needs a port, like host:51820").arg(endpoint));
        return {};
    }
    const QStringList allowed = settings.value("allowed-ips", QStringList { "0.0.0.0/0", "::/0" })
                                    .toStringList();
    const QString config = QString("[Interface]\nAddress = %1\n\n[Peer]\nEndpoint = %2\n"
                                   "AllowedIPs = %3\n")
                               .arg(settings.value("addresses").toStringList().join(", "),
                                   endpoint, allowed.join(", "));
    if (const QString error = m_tunnels.import(name, config); !error.isEmpty()) {
        sendErrorReply(QString::fromLatin1(Error::InvalidArgument), error);
        return {};
    }
    Q_EMIT TunnelChanged(name, m_tunnels.status(name));
    return FakePublicKey;
}

// Records the probe; the fake reaches nothing natively, so the answer is no.
bool FakeHelper::ProbeNative(const QString &family, const QString &address, ushort port)
{
    privileged({ { "family", family }, { "address", address }, { "port", int(port) } });
    return false;
}

} // namespace Lifeline::Test
