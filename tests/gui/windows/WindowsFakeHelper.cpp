#include "WindowsFakeHelper.h"

#include <QDateTime>
#include <QTimer>

#include <algorithm>

namespace Lifeline::Test {

namespace {

QVariantMap downStatus(const QString &name, const QStringList &families)
{
    return {
        { "state", "down" },
        { "interface", "ll-" + name },
        { "endpoint", "203.0.113.5:51820" },
        { "families", families },
        { "mtu", QVariant::fromValue<uint>(0) },
        { "mtu-setting", QString() },
        { "backend", QString() },
        { "last-handshake", QVariant::fromValue<qint64>(0) },
        { "error", QString() },
    };
}

} // namespace

WindowsFakeHelper::WindowsFakeHelper(QObject *parent)
    : QObject(parent)
{
}

void WindowsFakeHelper::reset()
{
    m_calls.clear();
    m_refusals.clear();
    m_tunnels.clear();
}

void WindowsFakeHelper::refuseNext(
    const QString &member, const QString &errorName, const QString &message)
{
    m_refusals.insert(member, { errorName, message });
}

QList<WindowsFakeHelper::Call> WindowsFakeHelper::callsOf(const QString &member) const
{
    QList<Call> result;
    std::copy_if(m_calls.cbegin(), m_calls.cend(), std::back_inserter(result),
        [&](const Call &call) { return call.member == member; });
    return result;
}

void WindowsFakeHelper::setTunnel(const QString &name, const QVariantMap &status)
{
    m_tunnels.insert(name, status);
    Q_EMIT TunnelChanged(name, status);
}

bool WindowsFakeHelper::record(const QVariantList &arguments)
{
    const QString member = message().member();
    m_calls.append({ member, arguments, message().isInteractiveAuthorizationAllowed() });
    if (!m_refusals.contains(member))
        return true;
    const auto [name, text] = m_refusals.take(member);
    sendErrorReply(name, text);
    return false;
}

bool WindowsFakeHelper::known(const QString &name)
{
    if (m_tunnels.contains(name))
        return true;
    sendErrorReply(QString::fromLatin1(Error::NotFound), "there is no tunnel named \"" + name + "\"");
    return false;
}

void WindowsFakeHelper::change(const QString &name, const QVariantMap &changes)
{
    QVariantMap &status = m_tunnels[name];
    for (auto it = changes.cbegin(); it != changes.cend(); ++it)
        status.insert(it.key(), it.value());
    Q_EMIT TunnelChanged(name, status);
}

QStringList WindowsFakeHelper::ListTunnels()
{
    record({});
    return m_tunnels.keys();
}

QVariantMap WindowsFakeHelper::GetTunnel(const QString &name)
{
    if (!record({ name }) || !known(name))
        return {};
    return m_tunnels.value(name);
}

void WindowsFakeHelper::ImportTunnel(const QString &name, const QString &wgQuickConfig)
{
    if (!record({ name, wgQuickConfig }))
        return;
    m_tunnels.insert(name, downStatus(name, { "ipv4", "ipv6" }));
    Q_EMIT TunnelChanged(name, m_tunnels.value(name));
}

QString WindowsFakeHelper::CreateTunnel(const QString &name, const QVariantMap &settings)
{
    if (!record({ name, settings }))
        return {};
    m_tunnels.insert(name, downStatus(name, { "ipv4", "ipv6" }));
    Q_EMIT TunnelChanged(name, m_tunnels.value(name));
    return QString::fromLatin1(PublicKey);
}

void WindowsFakeHelper::RemoveTunnel(const QString &name)
{
    if (!record({ name }) || !known(name))
        return;
    m_tunnels.remove(name);
    Q_EMIT TunnelChanged(name, { { "state", "removed" } });
}

// Connecting now, the outcome a moment later (after the reply, as the real
// helper's signals come): "broken…" tunnels fail, "silent…" ones come up but
// the server never answers, the rest come up with a handshake.
void WindowsFakeHelper::ConnectTunnel(const QString &name, const QString &families)
{
    if (!record({ name, families }) || !known(name))
        return;
    change(name, { { "state", "connecting" } });
    QTimer::singleShot(50, this, [this, name] {
        if (name.startsWith("broken"))
            change(name,
                { { "state", "failed" },
                    { "error", "no handshake with 203.0.113.9:51820 within 5 seconds" } });
        else
            change(name,
                { { "state", "up" }, { "backend", "userspace" },
                    { "last-handshake",
                        name.startsWith("silent") ? qint64(0)
                                                  : QDateTime::currentSecsSinceEpoch() - 1 } });
    });
}

void WindowsFakeHelper::DisconnectTunnel(const QString &name)
{
    if (!record({ name }) || !known(name))
        return;
    change(name, { { "state", "down" }, { "last-handshake", QVariant::fromValue<qint64>(0) } });
}

void WindowsFakeHelper::SetTunnelMtu(const QString &name, const QString &mtu)
{
    if (!record({ name, mtu }) || !known(name))
        return;
    m_tunnels[name].insert("mtu-setting", mtu);
}

void WindowsFakeHelper::refuseUnused(const QVariantList &arguments)
{
    if (record(arguments))
        sendErrorReply(QString::fromLatin1(Error::Failed), "the windows' fake helper does not do this");
}

uint WindowsFakeHelper::FixMtu(const QString &name)
{
    refuseUnused({ name });
    return 0;
}

bool WindowsFakeHelper::ProbeNative(const QString &family, const QString &address, ushort port)
{
    refuseUnused({ family, address, port });
    return false;
}

QString WindowsFakeHelper::RunIsolated(const QString &mode, const QStringList &argv,
    const Lifeline::StringMap &, const QString &, const QDBusUnixFileDescriptor &,
    const QDBusUnixFileDescriptor &, const QDBusUnixFileDescriptor &, uint &pid)
{
    refuseUnused({ mode, argv });
    pid = 0;
    return {};
}

Lifeline::IsolatedList WindowsFakeHelper::ListIsolated()
{
    refuseUnused({});
    return {};
}

} // namespace Lifeline::Test
