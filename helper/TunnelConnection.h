// One connected (or connecting) tunnel: its WireGuard device, the routes and
// rules that send the chosen families through it, and its DNS at
// systemd-resolved. Destroying it removes all of that, newest first, so the
// system is as it was before the connect.
#pragma once

#include "Backend.h"
#include "Firewall.h"
#include "Netlink.h"
#include "RouteSet.h"
#include "TunnelAdoption.h"
#include "WgQuickConfig.h"

#include <QDBusConnection>
#include <QDateTime>
#include <QObject>
#include <QTimer>
#include <QVariantMap>

#include <memory>

namespace Lifeline {

class TunnelConnection : public QObject {
    Q_OBJECT

public:
    struct Settings {
        QString name;
        Tunnel::WgQuickConfig config; // with its secrets
        QList<Net::Family> families; // empty: what the AllowedIPs route
        // Per peer, the addresses to try in order (hostnames resolved by the
        // caller, the working family first); a peer without an endpoint has
        // an empty list.
        QList<QList<WireGuard::Endpoint>> endpoints;
        // The tunnel's MTU setting when it names a number (SetTunnelMtu):
        // wins over the config's MTU. 0: the config's, else the default.
        quint32 mtuOverride = 0;
        int handshakeTimeoutMs = 20000;
        int pollIntervalMs = 50; // while connecting: "up" is seen at once
        // Guards the tunnel's addresses (security rule 9); null in tests.
        Net::Firewall *firewall = nullptr;
    };

    // Creates the device, configures it, sets addresses, MTU, routes and
    // DNS. Returns nullptr with the reason when any step fails, after
    // undoing the steps before it. The result is "connecting" until the
    // first handshake, then "up"; "failed" (with everything removed) when no
    // handshake comes within the timeout on any endpoint.
    static std::unique_ptr<TunnelConnection> start(Settings settings, WireGuard::Backend &backend,
        const QDBusConnection &systemBus, QString *error);
    // After a restart of the helper: the connection an earlier run made,
    // rebuilt around its live `device` from what the kernel holds
    // (`adoption`, TunnelAdoption::judge's answer), "up", without touching
    // the link, its addresses, routes or rules. Only the guard (one nft
    // transaction that replaces the table with the same chain) and the DNS
    // (systemd-resolved's per-link settings, idempotent) are applied again.
    // Returns nullptr with the reason when that fails, after removing the
    // tunnel as a failed connect would (fail closed).
    static std::unique_ptr<TunnelConnection> adopt(Settings settings,
        std::unique_ptr<WireGuard::Device> device, const QString &backendName,
        const TunnelAdoption::Adoption &adoption, const QDBusConnection &systemBus,
        QString *error);
    ~TunnelConnection() override;

    QString state() const { return m_state; }
    int ifindex() const { return m_device ? m_device->ifindex() : 0; }
    // The families the interface has an address of: what a launch through
    // this tunnel can use.
    QList<Net::Family> addressFamilies() const;
    const Tunnel::WgQuickConfig &config() const { return m_settings.config; }
    // Puts the config's addresses of `family` on the interface if the
    // connect did not (it adds only the routed families'): a launch through
    // the tunnel may use a family the host does not route there. They go
    // with the interface. Empty on success, else why not.
    QString ensureAddress(Net::Family family);
    // GetTunnel's answer, with live counters from the device.
    QVariantMap status();
    // The families its routes carry (status()'s "families"): those planned
    // once connected, those asked for before.
    QList<Net::Family> routedFamilies() const;

    quint32 mtu() const { return m_mtu; }
    quint32 fwmark() const { return m_fwmark; }
    // The server's address in use now; nullopt for a tunnel without one.
    std::optional<WireGuard::Endpoint> endpoint() const;
    // Sets the interface's MTU. `probed`: the value FixMtu found, reported
    // with its time (and announced); otherwise a temporary or chosen value
    // that clears an earlier probe's claim.
    QString setMtu(quint32 mtu, bool probed);
    // wg-quick's default: a 1500-byte path minus the largest WireGuard
    // overhead (80 bytes over IPv6). The MTU fix probes for better.
    static constexpr quint32 DefaultMtu = 1420;
    // The configuration's MTU, else DefaultMtu: the MTU without a setting.
    static quint32 configuredMtu(const Tunnel::WgQuickConfig &config);

Q_SIGNALS:
    // The state, the error or the MTU changed.
    void changed();

private:
    TunnelConnection(Settings settings, const QDBusConnection &systemBus);
    QString setUp(WireGuard::Backend &backend);
    // Hands the config's DNS to systemd-resolved for the link, if it runs.
    void applyDns();
    WireGuard::DeviceConfig deviceConfig() const;
    void poll();
    void tryNextEndpoint();
    void fail(const QString &reason);
    void tearDown();
    QString currentEndpoint() const;
    QString guard();

    Settings m_settings;
    QDBusConnection m_bus;
    QString m_backendName;
    Net::Netlink::Socket m_socket;
    std::unique_ptr<WireGuard::Device> m_device;
    std::unique_ptr<Route::RouteSet> m_routes;
    quint32 m_fwmark = 0;
    quint32 m_mtu = 0;
    qint64 m_mtuProbedAt = 0; // Unix seconds; 0: the MTU was not probed
    bool m_dnsApplied = false;
    bool m_guarded = false;
    QString m_dns; // what became of the config's DNS lines, in words
    QString m_state = QStringLiteral("connecting");
    QString m_error;
    int m_attempt = 0;
    int m_attempts = 1;
    QDateTime m_attemptStarted;
    QTimer m_poll;
    QList<WireGuard::PeerStatus> m_lastStatus;
    QList<Net::Family> m_extraFamilies; // by ensureAddress()
};

} // namespace Lifeline
