#include "TunnelManager.h"

#include "Contract.h"
#include "KeyPair.h"
#include "MtuFix.h"
#include "RoutingPlan.h"
#include "TunnelName.h"
#include "TunnelStatus.h"

#include <QHostAddress>
#include <QHostInfo>
#include <QMetaObject>

#include <algorithm>

namespace Lifeline {

namespace {

using Outcome = TunnelManager::Outcome;

Outcome storeOutcome(const Tunnel::TunnelStore::Result &result)
{
    using Status = Tunnel::TunnelStore::Status;
    switch (result.status) {
    case Status::Ok:
        return {};
    case Status::InvalidName:
    case Status::InvalidConfig:
    case Status::Exists:
        return { Error::InvalidArgument, result.error };
    case Status::NotFound:
        return { Error::NotFound, result.error };
    case Status::Failed:
        break;
    }
    return { Error::Failed, result.error };
}

// The family to reach the server over: the one the tunnel is not there to
// repair. With IPv4 broken the user routes ipv4 through the tunnel, so the
// server is tried over IPv6 first (and the other way round).
std::optional<Net::Family> preferredFamily(QList<Net::Family> routed,
                                           const Tunnel::WgQuickConfig &config)
{
    if (routed.isEmpty()) { // what the AllowedIPs route
        for (const Tunnel::Peer &peer : config.peers) {
            for (const Net::Prefix &prefix : peer.allowedIps) {
                if (!routed.contains(prefix.family))
                    routed << prefix.family;
            }
        }
    }
    if (routed.size() != 1)
        return std::nullopt;
    return routed.first() == Net::Family::IPv4 ? Net::Family::IPv6 : Net::Family::IPv4;
}

QList<WireGuard::Endpoint> candidatesFrom(
    const QList<QHostAddress> &addresses, quint16 port, std::optional<Net::Family> preferred)
{
    QList<WireGuard::Endpoint> candidates;
    for (QHostAddress address : addresses) {
        address.setScopeId({});
        const auto prefix = Net::Prefix::parse(address.toString());
        if (!prefix)
            continue;
        if (const auto endpoint = WireGuard::Endpoint::make(*prefix, port);
            endpoint && !candidates.contains(*endpoint))
            candidates.append(*endpoint);
    }
    if (preferred) {
        std::stable_sort(candidates.begin(), candidates.end(), [&](const auto &a, const auto &b) {
            return (a.address.family == *preferred) > (b.address.family == *preferred);
        });
    }
    // One address per family is enough: the others are the same server.
    QList<WireGuard::Endpoint> onePerFamily;
    for (const auto &candidate : candidates) {
        if (std::none_of(onePerFamily.begin(), onePerFamily.end(),
                [&](const auto &kept) { return kept.address.family == candidate.address.family; }))
            onePerFamily.append(candidate);
    }
    return onePerFamily;
}

} // namespace

TunnelManager::TunnelManager(Options options, QObject *parent)
    : QObject(parent)
    , m_options(std::move(options))
    , m_store(m_options.directory)
{
    for (const QString &left : m_store.cleanUp())
        qWarning("tunnel store: removed leftover %s", qPrintable(left));
}

TunnelManager::~TunnelManager() = default;

QStringList TunnelManager::list() const
{
    return m_store.list();
}

Outcome TunnelManager::status(const QString &name, QVariantMap *status)
{
    if (const auto connection = m_connections.value(name)) {
        *status = connection->status();
        addMtuKeys(name, status);
        addPublicKey(name, status);
        return {};
    }
    Tunnel::TunnelStore::Result result;
    const auto config = m_store.loadPublic(name, &result);
    if (!config)
        return storeOutcome(result);
    *status = Tunnel::downStatus(name, *config);
    // Probing is per connection: a tunnel that is down has no probed MTU.
    status->insert(QStringLiteral("mtu-probed"), false);
    status->insert(QStringLiteral("mtu-probed-at"), QVariant::fromValue<qint64>(0));
    if (const QString failure = m_failures.value(name); !failure.isEmpty()) {
        status->insert(QStringLiteral("state"), QStringLiteral("failed"));
        status->insert(QStringLiteral("error"), failure);
    }
    addMtuKeys(name, status);
    addPublicKey(name, status);
    return {};
}

void TunnelManager::addPublicKey(const QString &name, QVariantMap *status)
{
    QString publicKey = m_publicKeys.value(name);
    if (publicKey.isEmpty()) {
        Tunnel::TunnelStore::Result result;
        if (auto config = m_store.load(name, &result)) {
            QString error;
            if (const auto derived = Tunnel::publicKeyOf(config->interface.privateKey, &error))
                publicKey = QString::fromLatin1(derived->toBase64());
            Tunnel::wipe(config->interface.privateKey);
            for (Tunnel::Peer &peer : config->peers)
                Tunnel::wipe(peer.presharedKey);
        }
        // An unreadable key is not cached: a later call says it once it can.
        if (!publicKey.isEmpty())
            m_publicKeys.insert(name, publicKey);
    }
    status->insert(QStringLiteral("public-key"), publicKey);
}

quint32 TunnelManager::fwmarkCarrying(Net::Family family) const
{
    // What status() says under "families", without asking the device for its peers.
    for (const auto &connection : m_connections) {
        if (connection->fwmark() != 0 && connection->routedFamilies().contains(family))
            return connection->fwmark();
    }
    return 0;
}

void TunnelManager::addMtuKeys(const QString &name, QVariantMap *status) const
{
    Tunnel::TunnelStore::Result result;
    const auto settings = m_store.loadSettings(name, &result);
    status->insert(QStringLiteral("mtu-setting"), settings ? settings->mtuText() : QString());
    // A damaged settings file is said where the MTU's troubles are said,
    // rather than failing GetTunnel for the whole tunnel.
    status->insert(QStringLiteral("mtu-error"), settings ? m_mtuErrors.value(name) : result.error);
}

Outcome TunnelManager::import(const QString &name, const QString &wgQuickText)
{
    m_publicKeys.remove(name);
    const Outcome outcome = storeOutcome(m_store.import(name, wgQuickText));
    if (!outcome.errorName)
        announce(name);
    return outcome;
}

Outcome TunnelManager::remove(const QString &name)
{
    if (m_connections.contains(name))
        disconnect(name);
    const Outcome outcome = storeOutcome(m_store.remove(name));
    if (!outcome.errorName) {
        m_publicKeys.remove(name);
        m_failures.remove(name);
        m_mtuErrors.remove(name);
        m_mtuSettingGeneration.remove(name);
        Q_EMIT changed(name, Tunnel::removedStatus());
    }
    return outcome;
}

void TunnelManager::connectTunnel(
    const QString &name, const QString &families, std::function<void(const Outcome &)> done)
{
    QString error;
    const auto routed = Route::parseFamilies(families, &error);
    if (!routed)
        return done({ Error::InvalidArgument, error });
    Tunnel::TunnelStore::Result result;
    auto config = m_store.load(name, &result);
    if (!config)
        return done(storeOutcome(result));
    const auto stored = m_store.loadSettings(name, &result);
    if (!stored)
        return done(storeOutcome(result));

    // A connect of a connected tunnel starts over (the families may differ).
    m_connections.remove(name);
    m_failures.remove(name);
    m_mtuErrors.remove(name);
    if (stored->mtu == Tunnel::TunnelSettings::Mtu::Auto)
        m_autoProbePending.insert(name);
    else
        m_autoProbePending.remove(name);
    const quint64 generation = ++m_generation[name];

    TunnelConnection::Settings settings;
    settings.name = name;
    settings.families = *routed;
    settings.handshakeTimeoutMs = m_options.handshakeTimeoutMs;
    if (stored->mtu == Tunnel::TunnelSettings::Mtu::Fixed)
        settings.mtuOverride = stored->fixedMtu;
    settings.firewall = m_options.firewall;
    settings.endpoints.resize(config->peers.size());
    settings.config = std::move(*config);
    const auto preferred = preferredFamily(*routed, settings.config);

    // Literal endpoints now; hostnames through the resolver, all at once.
    auto pending = std::make_shared<int>(0);
    auto shared = std::make_shared<TunnelConnection::Settings>(std::move(settings));
    auto finish = [this, name, generation, shared, pending, done] {
        if (--*pending != 0)
            return;
        --m_resolving;
        resolved(name, generation, std::move(*shared), done);
    };
    ++*pending;
    ++m_resolving;
    for (qsizetype i = 0; i < shared->config.peers.size(); ++i) {
        const Tunnel::Peer &peer = shared->config.peers[i];
        if (!(peer.fields & Tunnel::Peer::HasEndpoint))
            continue;
        if (peer.endpoint.kind != Tunnel::Endpoint::Kind::Hostname) {
            shared->endpoints[i] = candidatesFrom(
                { QHostAddress(peer.endpoint.host) }, peer.endpoint.port, preferred);
            continue;
        }
        ++*pending;
        QHostInfo::lookupHost(peer.endpoint.host, this,
            [shared, i, preferred, finish, port = peer.endpoint.port](const QHostInfo &info) {
                shared->endpoints[i] = candidatesFrom(info.addresses(), port, preferred);
                finish();
            });
    }
    finish();
}

void TunnelManager::resolved(const QString &name, quint64 generation,
    TunnelConnection::Settings settings, std::function<void(const Outcome &)> done)
{
    if (m_generation.value(name) != generation)
        return done({ Error::Failed,
            QStringLiteral("tunnel %1 was disconnected while its "
                           "server's name was being looked up")
                .arg(name) });
    for (qsizetype i = 0; i < settings.endpoints.size(); ++i) {
        const Tunnel::Peer &peer = settings.config.peers[i];
        if ((peer.fields & Tunnel::Peer::HasEndpoint) && settings.endpoints[i].isEmpty()) {
            const QString why = QStringLiteral("the server's name %1 could not be looked up")
                                    .arg(peer.endpoint.host);
            m_failures.insert(name, why);
            announce(name);
            return done({ Error::Failed, why });
        }
    }
    QString error;
    if (!m_backend)
        m_backend = m_options.backend(&error);
    if (!m_backend) {
        const QString why
            = QStringLiteral("no WireGuard implementation is available: %1").arg(error);
        m_failures.insert(name, why);
        announce(name);
        return done({ Error::Unavailable, why });
    }
    std::shared_ptr<TunnelConnection> connection
        = TunnelConnection::start(std::move(settings), *m_backend, m_options.systemBus, &error);
    if (!connection) {
        m_failures.insert(name, error);
        announce(name);
        return done({ Error::Failed, error });
    }
    connect(connection.get(), &TunnelConnection::changed, this,
        [this, name, raw = connection.get()] { connectionChanged(name, raw); });
    m_connections.insert(name, connection);
    announce(name);
    done({});
}

QString TunnelManager::adopt(const QString &name, std::unique_ptr<WireGuard::Device> device,
    const QString &backendName, const TunnelAdoption::Adoption &adoption)
{
    Tunnel::TunnelStore::Result result;
    auto config = m_store.load(name, &result);
    if (!config)
        return result.error; // the device goes with its owner: removed
    TunnelConnection::Settings settings;
    settings.name = name;
    settings.config = std::move(*config);
    settings.handshakeTimeoutMs = m_options.handshakeTimeoutMs;
    settings.firewall = m_options.firewall;
    QString error;
    std::shared_ptr<TunnelConnection> connection = TunnelConnection::adopt(std::move(settings),
        std::move(device), backendName, adoption, m_options.systemBus, &error);
    if (!connection)
        return error;
    connect(connection.get(), &TunnelConnection::changed, this,
        [this, name, raw = connection.get()] { connectionChanged(name, raw); });
    m_connections.insert(name, connection);
    ++m_generation[name];
    return {};
}

void TunnelManager::markFailed(const QString &name, const QString &why)
{
    m_failures.insert(name, why);
}

QString TunnelManager::busyWith() const
{
    for (auto it = m_connections.cbegin(); it != m_connections.cend(); ++it) {
        const QString state = it.value()->state();
        if (state == u"up" || state == u"connecting")
            return QStringLiteral("tunnel %1 is %2").arg(it.key(), state);
    }
    if (m_resolving > 0)
        return QStringLiteral("a server's name is being looked up for a connect");
    if (!m_probing.isEmpty())
        return QStringLiteral("the MTU of tunnel %1 is being probed").arg(*m_probing.cbegin());
    return {};
}

Outcome TunnelManager::disconnect(const QString &name)
{
    if (const QString error = Tunnel::checkName(name); !error.isEmpty())
        return { Error::InvalidArgument, error };
    if (!m_store.exists(name) && !m_connections.contains(name))
        return { Error::NotFound, QStringLiteral("there is no tunnel named \"%1\"").arg(name) };
    ++m_generation[name];
    m_failures.remove(name);
    m_mtuErrors.remove(name);
    m_autoProbePending.remove(name);
    // The connection's destructor removes DNS, routes, rules and the device.
    m_connections.remove(name);
    announce(name);
    return {};
}

std::shared_ptr<TunnelConnection> TunnelManager::upConnection(
    const QString &name, Outcome *outcome) const
{
    const auto connection = m_connections.value(name);
    if (!connection) {
        *outcome = m_store.exists(name)
            ? Outcome { Error::Unavailable,
                  QStringLiteral("tunnel %1 is not connected; connect it first "
                                 "(lifelinectl tunnel up %1)")
                      .arg(name) }
            : Outcome { Error::NotFound,
                  QStringLiteral("there is no tunnel named \"%1\"").arg(name) };
        return nullptr;
    }
    if (connection->state() != u"up") {
        *outcome = { Error::Unavailable,
            QStringLiteral("tunnel %1 is %2, not up").arg(name, connection->state()) };
        return nullptr;
    }
    return connection;
}

std::optional<TunnelManager::LaunchPath> TunnelManager::launchPath(
    const QString &name, Outcome *outcome)
{
    const auto connection = upConnection(name, outcome);
    if (!connection)
        return std::nullopt;
    const Tunnel::Interface &interface = connection->config().interface;
    const bool hasIPv4 = std::any_of(interface.addresses.begin(), interface.addresses.end(),
        [](const auto &a) { return a.family == Net::Family::IPv4; });
    LaunchPath path { Tunnel::interfaceName(name), connection->ifindex(),
        hasIPv4 ? Net::Family::IPv4 : Net::Family::IPv6, {}, interface.dnsSearch };
    for (const Net::Prefix &server : interface.dnsServers) {
        if (server.family == path.family)
            path.dnsServers << server;
    }
    if (path.dnsServers.isEmpty()) {
        // Without the tunnel's own resolvers, lookups would have to leave
        // through the host's: a leak of every name the app asks for.
        *outcome = { Error::InvalidArgument,
            QStringLiteral("tunnel %1 has no %2 DNS server in its configuration; "
                           "programs run through it need one so that their lookups "
                           "stay inside the tunnel")
                .arg(name, Net::familyName(path.family)) };
        return std::nullopt;
    }
    if (const QString error = connection->ensureAddress(path.family); !error.isEmpty()) {
        *outcome = { Error::Failed, error };
        return std::nullopt;
    }
    return path;
}

void TunnelManager::fixMtu(
    const QString &name, std::function<void(const Outcome &, quint32 mtu)> done)
{
    Outcome refused;
    const auto connection = upConnection(name, &refused);
    if (!connection)
        return done(refused, 0);
    // Two searches on one interface would each see the other's MTU changes.
    if (m_probing.contains(name))
        return done({ Error::Busy,
                        QStringLiteral("the MTU of tunnel %1 is being probed already").arg(name) },
            0);
    QString error;
    const QList<Net::Family> families = connection->addressFamilies();
    const auto target = MtuFix::probeTarget(connection->config(), families, &error);
    if (!target)
        return done({ Error::InvalidArgument, error }, 0);
    const auto endpoint = connection->endpoint();
    if (!endpoint)
        return done({ Error::InvalidArgument,
                        QStringLiteral("tunnel %1 has no server endpoint to measure the path to")
                            .arg(name) },
            0);
    const int outer = MtuFix::outerPathMtu(*endpoint, connection->fwmark(), &error);
    if (outer == 0)
        return done({ Error::Failed, error }, 0);
    const auto bounds
        = MtuFix::searchBounds(families, target->family, outer, endpoint->address.family);
    if (bounds.maximum < bounds.minimum)
        return done({ Error::Failed,
                        QStringLiteral("the path to the server (MTU %1) leaves %2 bytes inside "
                                       "the tunnel, less than the %3 it must carry")
                            .arg(outer)
                            .arg(bounds.maximum)
                            .arg(bounds.minimum) },
            0);

    // Probes above the interface's MTU would fail locally (EMSGSIZE), not
    // on the path: open it up for the search, and put it back on failure.
    const quint32 before = connection->mtu();
    if (error = connection->setMtu(quint32(bounds.maximum), false); !error.isEmpty())
        return done({ Error::Failed, error }, 0);
    MtuFix::Job job;
    job.interfaceName = Tunnel::interfaceName(name);
    job.target = *target;
    job.options.minimum = bounds.minimum;
    job.options.maximum = bounds.maximum;
    m_probing.insert(name);
    std::weak_ptr<TunnelConnection> probed = connection;
    const quint64 settingGeneration = m_mtuSettingGeneration.value(name);
    MtuFix::start(job, this,
        [this, name, probed, before, settingGeneration, target = *target, done](
            const MtuFix::Result &result) {
            m_probing.remove(name);
            const auto connection = probed.lock();
            // A disconnect or a new connect meanwhile: nothing of ours to set.
            if (!connection || m_connections.value(name) != connection)
                return done({ Error::Failed,
                                QStringLiteral("tunnel %1 was disconnected while its MTU was "
                                               "being probed")
                                    .arg(name) },
                    0);
            // A number chosen while the search ran wins over its result: it
            // was asked for later.
            if (m_mtuSettingGeneration.value(name) != settingGeneration) {
                const auto settings = m_store.loadSettings(name);
                QString error;
                const quint32 wanted = settings ? wantedMtu(name, *settings, &error) : 0;
                if (wanted != 0) {
                    error = connection->setMtu(wanted, false);
                    announce(name);
                    return done(
                        { Error::Failed,
                            error.isEmpty() ? QStringLiteral("the MTU of tunnel %1 was set to %2 "
                                                             "while it was being probed")
                                                  .arg(name)
                                                  .arg(wanted)
                                            : error },
                        0);
                }
            }
            const auto &search = result.search;
            qInfo("tunnel %s: MTU search towards %s: %s at %d after %d rounds, %d probes "
                  "(%d lost), %lld ms",
                qPrintable(name), qPrintable(target.address()),
                qPrintable(Mtu::outcomeName(search.outcome)), search.mtu, search.rounds,
                search.probes, search.lost, search.elapsedMs);
            QString why = result.error;
            if (why.isEmpty() && search.outcome == Mtu::SearchResult::Outcome::NoReply)
                why = QStringLiteral("no probe came back from %1 through the tunnel; does it "
                                     "answer pings?")
                          .arg(target.address());
            if (!why.isEmpty()) {
                connection->setMtu(before, false);
                announce(name);
                return done({ Error::Failed, why }, 0);
            }
            m_mtuErrors.remove(name);
            if (const QString error = connection->setMtu(quint32(search.mtu), true);
                !error.isEmpty())
                return done({ Error::Failed, error }, 0);
            done({}, quint32(search.mtu));
        });
}

quint32 TunnelManager::wantedMtu(
    const QString &name, const Tunnel::TunnelSettings &settings, QString *error) const
{
    using Mtu = Tunnel::TunnelSettings::Mtu;
    if (settings.mtu == Mtu::Fixed)
        return settings.fixedMtu;
    if (settings.mtu == Mtu::Auto)
        return 0;
    Tunnel::TunnelStore::Result result;
    const auto config = m_store.loadPublic(name, &result);
    if (!config) {
        *error = storeOutcome(result).error;
        return 0;
    }
    return TunnelConnection::configuredMtu(*config);
}

Outcome TunnelManager::setTunnelMtu(const QString &name, const QString &mtu)
{
    using Mtu = Tunnel::TunnelSettings::Mtu;
    Tunnel::TunnelStore::Result result;
    auto settings = m_store.loadSettings(name, &result);
    // A damaged file is replaced by the setting asked for now.
    if (!settings && result.status != Tunnel::TunnelStore::Status::Failed)
        return storeOutcome(result);
    if (!settings)
        settings = Tunnel::TunnelSettings();
    if (mtu.isEmpty())
        *settings = Tunnel::TunnelSettings(); // back to the configuration's MTU
    else if (const QString error = Tunnel::parseMtuSetting(mtu, &*settings); !error.isEmpty())
        return { Error::InvalidArgument, error };
    if (const Outcome saved = storeOutcome(m_store.saveSettings(name, *settings)); saved.errorName)
        return saved;
    ++m_mtuSettingGeneration[name];
    m_mtuErrors.remove(name);
    m_autoProbePending.remove(name);

    Outcome outcome;
    const auto connection = m_connections.value(name);
    const QString state = connection ? connection->state() : QString();
    // A running search applies a number chosen meanwhile when it ends, and
    // is itself what "auto" asks for.
    if (m_probing.contains(name) || (state != u"up" && state != u"connecting")) {
        announce(name);
        return outcome;
    }
    if (settings->mtu != Mtu::Auto) {
        QString error;
        const quint32 wanted = wantedMtu(name, *settings, &error);
        if (wanted != 0)
            error = connection->setMtu(wanted, false);
        if (!error.isEmpty())
            outcome = { Error::Failed,
                QStringLiteral("the setting is saved, but the MTU of tunnel %1 could not be "
                               "set now: %2")
                    .arg(name, error) };
    } else if (state == u"connecting") {
        m_autoProbePending.insert(name); // the probe needs the handshake
    } else {
        autoProbe(name);
    }
    announce(name);
    return outcome;
}

void TunnelManager::connectionChanged(const QString &name, const TunnelConnection *connection)
{
    announce(name);
    if (m_connections.value(name).get() != connection || connection->state() != u"up"
        || !m_autoProbePending.remove(name))
        return;
    // Not from inside the connection's own signal: the probe changes its MTU.
    QMetaObject::invokeMethod(
        this,
        [this, name, connection] {
            if (m_connections.value(name).get() == connection)
                autoProbe(name);
        },
        Qt::QueuedConnection);
}

void TunnelManager::autoProbe(const QString &name)
{
    const quint64 generation = m_generation.value(name);
    const quint64 settingGeneration = m_mtuSettingGeneration.value(name);
    fixMtu(name, [this, name, generation, settingGeneration](const Outcome &outcome, quint32) {
        // Busy: a search asked for by hand runs already and gives the answer.
        // A new connect, disconnect or setting since makes this outcome stale.
        if (!outcome.errorName || qstrcmp(outcome.errorName, Error::Busy) == 0
            || m_generation.value(name) != generation
            || m_mtuSettingGeneration.value(name) != settingGeneration
            || !m_connections.contains(name))
            return;
        qWarning("tunnel %s: automatic MTU probe: %s", qPrintable(name), qPrintable(outcome.error));
        m_mtuErrors.insert(
            name, QStringLiteral("the automatic MTU probe failed: %1").arg(outcome.error));
        announce(name);
    });
}

void TunnelManager::announce(const QString &name)
{
    QVariantMap status;
    if (!this->status(name, &status).errorName)
        Q_EMIT changed(name, status);
}

} // namespace Lifeline
