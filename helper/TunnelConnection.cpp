#include "TunnelConnection.h"

#include "ResolvedDns.h"
#include "RouteNetlink.h"
#include "RoutingPlan.h"
#include "TunnelStatus.h"

#include <QScopeGuard>

#include <algorithm>
#include <cstring>

namespace Lifeline {

namespace {

constexpr int UpPollIntervalMs = 2000;

WireGuard::Key toKey(const QByteArray &bytes)
{
    WireGuard::Key key {};
    std::memcpy(key.data(), bytes.constData(), std::min<size_t>(key.size(), size_t(bytes.size())));
    return key;
}

QStringList familyNames(const QList<Net::Family> &families)
{
    QStringList names;
    for (const Net::Family family : { Net::Family::IPv4, Net::Family::IPv6 }) {
        if (families.contains(family))
            names << Net::familyName(family);
    }
    return names;
}

} // namespace

TunnelConnection::TunnelConnection(Settings settings, const QDBusConnection &systemBus)
    : m_settings(std::move(settings))
    , m_bus(systemBus)
{
    for (const auto &candidates : std::as_const(m_settings.endpoints))
        m_attempts = std::max(m_attempts, int(candidates.size()));
    m_poll.setInterval(m_settings.pollIntervalMs);
    connect(&m_poll, &QTimer::timeout, this, &TunnelConnection::poll);
}

std::unique_ptr<TunnelConnection> TunnelConnection::start(Settings settings,
    WireGuard::Backend &backend, const QDBusConnection &systemBus, QString *error)
{
    std::unique_ptr<TunnelConnection> connection(
        new TunnelConnection(std::move(settings), systemBus));
    if (const QString why = connection->setUp(backend); !why.isEmpty()) {
        *error = why;
        return nullptr;
    }
    connection->m_attemptStarted = QDateTime::currentDateTimeUtc();
    connection->m_poll.start();
    return connection;
}

TunnelConnection::~TunnelConnection()
{
    tearDown();
}

QString TunnelConnection::setUp(WireGuard::Backend &backend)
{
    auto undo = qScopeGuard([this] { tearDown(); });
    const Tunnel::WgQuickConfig &config = m_settings.config;
    const QString ifname = Tunnel::interfaceName(m_settings.name);
    QString error;
    m_socket = Net::Netlink::open(&error);
    if (!m_socket)
        return error;

    Route::PlanInput input = TunnelAdoption::planInput(config, ifname, m_settings.families);
    input.tablesInUse = Route::tablesInUse(m_socket.get(), &error);
    if (!error.isEmpty())
        return error;
    const auto plan = Route::RoutingPlan::make(input, &error);
    if (!plan)
        return error;
    m_fwmark = plan->fwmark;

    m_backendName = backend.name();
    m_device = backend.create(ifname, -1, &error);
    if (!m_device)
        return error;
    if (error = m_device->configure(deviceConfig()); !error.isEmpty())
        return error;
    m_mtu = m_settings.mtuOverride != 0 ? m_settings.mtuOverride : configuredMtu(config);
    if (error = Route::Netlink::setLinkUp(m_socket.get(), m_device->ifindex(), m_mtu);
        !error.isEmpty())
        return error;
    m_routes = Route::RouteSet::apply(*plan, m_socket.get(), m_device->ifindex(), &error);
    if (!m_routes)
        return error;
    if (error = guard(); !error.isEmpty())
        return error;

    applyDns();
    undo.dismiss();
    return {};
}

std::unique_ptr<TunnelConnection> TunnelConnection::adopt(Settings settings,
    std::unique_ptr<WireGuard::Device> device, const QString &backendName,
    const TunnelAdoption::Adoption &adoption, const QDBusConnection &systemBus, QString *error)
{
    settings.families = adoption.families;
    settings.endpoints = adoption.endpoints;
    std::unique_ptr<TunnelConnection> connection(
        new TunnelConnection(std::move(settings), systemBus));
    // From here on the connection owns the device: failing removes it all.
    connection->m_device = std::move(device);
    connection->m_backendName = backendName;
    connection->m_fwmark = adoption.fwmark;
    connection->m_mtu = adoption.mtu;
    connection->m_extraFamilies = adoption.extraFamilies;
    QString why;
    connection->m_socket = Net::Netlink::open(&why);
    if (!connection->m_socket) {
        *error = why;
        return nullptr;
    }
    connection->m_routes = Route::RouteSet::adopt(adoption.items, connection->m_socket.get(),
        connection->m_device->ifindex(), Tunnel::interfaceName(connection->m_settings.name));
    if (why = connection->guard(); !why.isEmpty()) {
        *error = why;
        return nullptr;
    }
    connection->applyDns();
    // TunnelAdoption adopts only a tunnel whose server has answered.
    connection->m_state = QStringLiteral("up");
    connection->m_attemptStarted = QDateTime::currentDateTimeUtc();
    connection->m_poll.setInterval(UpPollIntervalMs);
    connection->m_poll.start();
    return connection;
}

void TunnelConnection::applyDns()
{
    const Tunnel::WgQuickConfig &config = m_settings.config;
    if (config.interface.dnsServers.isEmpty() && config.interface.dnsSearch.isEmpty()) {
        m_dns = QStringLiteral("none in the configuration");
    } else if (config.interface.dnsServers.isEmpty()) {
        // resolved uses a link's search domains only with servers on it.
        m_dns = QStringLiteral("not applied: search domains without DNS servers have no effect");
    } else if (!ResolvedDns::available(m_bus)) {
        m_dns = QStringLiteral("not applied: systemd-resolved is not running, and "
                               "/etc/resolv.conf is left alone");
    } else {
        m_dnsApplied = true;
        m_dns = QStringLiteral("being handed to systemd-resolved");
        ResolvedDns::apply(m_bus, m_device->ifindex(), config.interface.dnsServers,
            config.interface.dnsSearch, this, [this](const QString &why) {
                m_dns = why.isEmpty() ? QStringLiteral("applied by systemd-resolved")
                                      : QStringLiteral("not applied: %1").arg(why);
                if (!why.isEmpty() && m_device) {
                    // All or nothing: half a DNS set-up would share lookups
                    // with the other links.
                    ResolvedDns::revert(m_bus, m_device->ifindex());
                    m_dnsApplied = false;
                }
                Q_EMIT changed();
            });
    }
}

WireGuard::DeviceConfig TunnelConnection::deviceConfig() const
{
    const Tunnel::WgQuickConfig &config = m_settings.config;
    WireGuard::DeviceConfig device;
    device.privateKey = toKey(config.interface.privateKey);
    device.listenPort = config.interface.listenPort;
    device.fwmark = m_fwmark;
    for (qsizetype i = 0; i < config.peers.size(); ++i) {
        const Tunnel::Peer &peer = config.peers[i];
        WireGuard::PeerConfig out;
        out.publicKey = toKey(peer.publicKey);
        if (peer.fields & Tunnel::Peer::HasPresharedKey)
            out.presharedKey = toKey(peer.presharedKey);
        const auto candidates = m_settings.endpoints.value(i);
        if (!candidates.isEmpty())
            out.endpoint = candidates[std::min<qsizetype>(m_attempt, candidates.size() - 1)];
        out.allowedIps = peer.allowedIps;
        out.persistentKeepalive = peer.persistentKeepalive;
        device.peers.append(out);
    }
    return device;
}

std::optional<WireGuard::Endpoint> TunnelConnection::endpoint() const
{
    for (const auto &candidates : m_settings.endpoints) {
        if (!candidates.isEmpty())
            return candidates[std::min<qsizetype>(m_attempt, candidates.size() - 1)];
    }
    return std::nullopt;
}

QString TunnelConnection::currentEndpoint() const
{
    const auto current = endpoint();
    return current ? current->text() : QString();
}

quint32 TunnelConnection::configuredMtu(const Tunnel::WgQuickConfig &config)
{
    return (config.interface.fields & Tunnel::Interface::HasMtu) ? config.interface.mtu : DefaultMtu;
}

QString TunnelConnection::setMtu(quint32 mtu, bool probed)
{
    if (!m_device || !m_socket)
        return QStringLiteral("the tunnel is not connected");
    if (const QString error = Route::Netlink::setLinkUp(m_socket.get(), m_device->ifindex(), mtu);
        !error.isEmpty())
        return error;
    m_mtu = mtu;
    m_mtuProbedAt = probed ? QDateTime::currentSecsSinceEpoch() : 0;
    if (probed)
        Q_EMIT changed();
    return {};
}

void TunnelConnection::poll()
{
    if (!m_device)
        return;
    QString error;
    const auto peers = m_device->status(&error);
    if (!peers) {
        fail(QStringLiteral("the tunnel's interface stopped answering: %1").arg(error));
        return;
    }
    m_lastStatus = *peers;
    const bool handshake = std::any_of(
        peers->begin(), peers->end(), [](const auto &peer) { return peer.lastHandshakeSec > 0; });
    if (m_state == u"connecting" && handshake) {
        // Up: from now on only the counters and the device's health matter.
        m_poll.setInterval(UpPollIntervalMs);
        m_state = QStringLiteral("up");
        m_error.clear();
        Q_EMIT changed();
        return;
    }
    if (m_state != u"connecting")
        return;
    const qint64 perAttempt = m_settings.handshakeTimeoutMs / m_attempts;
    if (m_attemptStarted.msecsTo(QDateTime::currentDateTimeUtc()) < perAttempt)
        return;
    tryNextEndpoint();
}

void TunnelConnection::tryNextEndpoint()
{
    if (m_attempt + 1 >= m_attempts) {
        fail(QStringLiteral("no handshake with the server (tried %1) within %2 s: check that it "
                            "runs, that its firewall lets UDP through and that its keys match")
                 .arg(currentEndpoint())
                 .arg(m_settings.handshakeTimeoutMs / 1000));
        return;
    }
    const QString tried = currentEndpoint();
    ++m_attempt;
    if (const QString error = m_device->configure(deviceConfig()); !error.isEmpty()) {
        fail(error);
        return;
    }
    m_error = QStringLiteral("no handshake through %1; trying %2").arg(tried, currentEndpoint());
    m_attemptStarted = QDateTime::currentDateTimeUtc();
    Q_EMIT changed();
}

void TunnelConnection::fail(const QString &reason)
{
    m_state = QStringLiteral("failed");
    m_error = reason;
    m_poll.stop();
    tearDown();
    Q_EMIT changed();
}

void TunnelConnection::tearDown()
{
    if (m_dnsApplied && m_device)
        ResolvedDns::revert(m_bus, m_device->ifindex());
    m_dnsApplied = false;
    // Rules first (they point at the table), then the device, which takes
    // its addresses and routes along.
    if (m_routes) {
        if (const QString error = m_routes->remove(); !error.isEmpty())
            qWarning("tunnel %s: %s", qPrintable(m_settings.name), qPrintable(error));
        m_routes.reset();
    }
    m_device.reset();
    if (m_guarded) {
        if (const QString error
            = m_settings.firewall->removeGuard(Tunnel::interfaceName(m_settings.name));
            !error.isEmpty())
            qWarning("tunnel %s: %s", qPrintable(m_settings.name), qPrintable(error));
        m_guarded = false;
    }
}

QString TunnelConnection::ensureAddress(Net::Family family)
{
    if (!m_device || !m_socket)
        return QStringLiteral("the tunnel is not connected");
    if (addressFamilies().contains(family))
        return {};
    bool added = false;
    for (const Net::Prefix &address : std::as_const(m_settings.config.interface.addresses)) {
        if (address.family != family)
            continue;
        if (const QString error
            = Route::Netlink::addAddress(m_socket.get(), m_device->ifindex(), address);
            !error.isEmpty())
            return error;
        added = true;
    }
    if (!added)
        return QStringLiteral("the tunnel has no %1 address").arg(Net::familyName(family));
    m_extraFamilies << family;
    return guard();
}

QString TunnelConnection::guard()
{
    if (!m_settings.firewall)
        return {};
    Net::TunnelGuard guard { Tunnel::interfaceName(m_settings.name), {} };
    const QList<Net::Family> families = addressFamilies();
    for (const Net::Prefix &address : std::as_const(m_settings.config.interface.addresses)) {
        if (families.contains(address.family))
            guard.addresses << address.withLength(address.maxLength());
    }
    if (const QString error = m_settings.firewall->addGuard(guard); !error.isEmpty())
        return error;
    m_guarded = true;
    return {};
}

QList<Net::Family> TunnelConnection::addressFamilies() const
{
    QList<Net::Family> families = m_extraFamilies;
    if (!m_routes)
        return families;
    for (const auto &item : m_routes->items()) {
        if (item.kind == Route::PlanItem::Kind::Address && !families.contains(item.family))
            families << item.family;
    }
    return families;
}

QList<Net::Family> TunnelConnection::routedFamilies() const
{
    if (!m_routes)
        return m_settings.families;
    QList<Net::Family> families;
    for (const auto &item : m_routes->items()) {
        if (item.kind == Route::PlanItem::Kind::Route && !families.contains(item.family))
            families << item.family;
    }
    return families;
}

QVariantMap TunnelConnection::status()
{
    if (m_device && m_state != u"failed") {
        QString error;
        if (const auto peers = m_device->status(&error))
            m_lastStatus = *peers;
    }
    qint64 handshake = 0;
    quint64 rx = 0, tx = 0;
    for (const auto &peer : std::as_const(m_lastStatus)) {
        handshake = std::max(handshake, peer.lastHandshakeSec);
        rx += peer.rxBytes;
        tx += peer.txBytes;
    }
    QVariantMap status = Tunnel::downStatus(m_settings.name, m_settings.config);
    status.insert(QStringLiteral("state"), m_state);
    status.insert(QStringLiteral("endpoint"), currentEndpoint());
    status.insert(QStringLiteral("families"), familyNames(routedFamilies()));
    status.insert(QStringLiteral("mtu"), QVariant::fromValue<uint>(m_mtu));
    status.insert(QStringLiteral("mtu-probed"), m_mtuProbedAt != 0);
    status.insert(QStringLiteral("mtu-probed-at"), QVariant::fromValue<qint64>(m_mtuProbedAt));
    status.insert(QStringLiteral("backend"), m_backendName);
    status.insert(QStringLiteral("last-handshake"), QVariant::fromValue<qint64>(handshake));
    status.insert(QStringLiteral("rx-bytes"), QVariant::fromValue<quint64>(rx));
    status.insert(QStringLiteral("tx-bytes"), QVariant::fromValue<quint64>(tx));
    status.insert(QStringLiteral("error"), m_error);
    status.insert(QStringLiteral("dns"), m_dns);
    return status;
}

} // namespace Lifeline
