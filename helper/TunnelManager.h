// The tunnels the admin imported and the ones connected now: what the
// helper's tunnel methods act on once polkit said yes. Owns the store and
// one TunnelConnection per connected tunnel; says every state change.
#pragma once

#include "Backend.h"
#include "TunnelConnection.h"
#include "TunnelStore.h"

#include <QDBusConnection>
#include <QHash>
#include <QObject>
#include <QSet>

#include <functional>
#include <memory>

namespace Lifeline {

class TunnelManager : public QObject {
    Q_OBJECT

public:
    struct Options {
        QString directory; // <config dir>/tunnels, prepared by ConfigDir
        QDBusConnection systemBus = QDBusConnection(QString());
        // Kernel WireGuard or wireguard-go; replaced in tests.
        std::function<std::unique_ptr<WireGuard::Backend>(QString *why)> backend;
        int handshakeTimeoutMs = 20000;
        Net::Firewall *firewall = nullptr; // the helper's; null in unit tests
    };
    // An error name from Contract.h (null: success) and a sentence.
    struct Outcome {
        const char *errorName = nullptr;
        QString error;
    };

    explicit TunnelManager(Options options, QObject *parent = nullptr);
    ~TunnelManager() override;

    QStringList list() const;
    Outcome status(const QString &name, QVariantMap *status);
    Outcome import(const QString &name, const QString &wgQuickText);
    // Disconnects first when connected.
    Outcome remove(const QString &name);
    // Resolves the endpoints, then brings the tunnel up; `done` gets the
    // outcome of the set-up (the handshake is reported by TunnelChanged).
    void connectTunnel(
        const QString &name, const QString &families, std::function<void(const Outcome &)> done);
    Outcome disconnect(const QString &name);

    // What a launch through tunnel `name` needs; the tunnel must be up. The
    // launch gets one family: IPv4 when the tunnel has an IPv4 address
    // (the usual outage), else IPv6; its DNS servers are the tunnel's.
    struct LaunchPath {
        QString interface;
        int ifindex = 0;
        Net::Family family = Net::Family::IPv4;
        QList<Net::Prefix> dnsServers; // of `family`
        QStringList dnsSearch;
    };
    std::optional<LaunchPath> launchPath(const QString &name, Outcome *outcome);

    // Probes the largest packet that passes the connected tunnel `name` in
    // both directions (MtuFix) and sets the interface's MTU to it; `done`
    // gets the outcome and the MTU now set. One probe per tunnel at a time.
    void fixMtu(const QString &name, std::function<void(const Outcome &, quint32 mtu)> done);

    // SetTunnelMtu's work: stores `mtu` ("auto" or a number, as
    // Tunnel::parseMtuSetting takes it; "" removes the setting) with the
    // tunnel, then applies it to the connection if there is one: a number,
    // or the configuration's MTU, at once; "auto" by a probe that reports
    // through TunnelChanged ("mtu-probed", or "mtu-error").
    Outcome setTunnelMtu(const QString &name, const QString &mtu);

    // At start, before any call (StartupReconcile): takes over the tunnel
    // `name` that an earlier run of the helper left connected, around its
    // live `device` (see TunnelConnection::adopt). Empty on success, else
    // why not — and then it is removed.
    QString adopt(const QString &name, std::unique_ptr<WireGuard::Device> device,
        const QString &backendName, const TunnelAdoption::Adoption &adoption);
    // At start: the tunnel `name` was found half-made and removed; GetTunnel
    // says "failed" with `why` until the next connect.
    void markFailed(const QString &name, const QString &why);
    // What the tunnels keep the helper busy with (a tunnel up or
    // connecting, a server's name being looked up, an MTU probe), in words;
    // empty when nothing. The idle exit waits for it to be empty.
    QString busyWith() const;

    // ProbeNative's mark: the fwmark of a connected tunnel that routes
    // `family`, so a socket carrying it skips that tunnel's table (wg-quick's
    // "not fwmark" rule) and leaves by the main table; 0 when none does.
    quint32 fwmarkCarrying(Net::Family family) const;

Q_SIGNALS:
    void changed(const QString &name, const QVariantMap &status);

private:
    // The MTU `settings` ask for now: the number, or the configuration's
    // MTU (loaded for `name`); 0 for "auto" or when the configuration
    // cannot be read (*error says why).
    quint32 wantedMtu(const QString &name, const Tunnel::TunnelSettings &settings, QString *error) const;
    void resolved(const QString &name, quint64 generation, TunnelConnection::Settings settings,
        std::function<void(const Outcome &)> done);
    void announce(const QString &name);
    // The connection of `name` changed; an "auto" tunnel that just came up
    // gets its probe.
    void connectionChanged(const QString &name, const TunnelConnection *connection);
    // The "auto" setting's probe: FixMtu's search, with its failure kept in
    // the status ("mtu-error") instead of a reply; the tunnel stays up.
    void autoProbe(const QString &name);
    // GetTunnel's "mtu-setting" and "mtu-error".
    void addMtuKeys(const QString &name, QVariantMap *status) const;
    // GetTunnel's "public-key", derived from the stored private key.
    void addPublicKey(const QString &name, QVariantMap *status);
    // The connection of `name` if it is up, else why not.
    std::shared_ptr<TunnelConnection> upConnection(const QString &name, Outcome *outcome) const;

    Options m_options;
    Tunnel::TunnelStore m_store;
    std::unique_ptr<WireGuard::Backend> m_backend;
    QHash<QString, std::shared_ptr<TunnelConnection>> m_connections;
    QHash<QString, QString> m_failures; // set-up failures, until the next connect
    // Bumped by every connect and disconnect of a name, so a lookup that
    // finishes after the user changed their mind is dropped.
    QHash<QString, quint64> m_generation;
    QSet<QString> m_probing; // FixMtu running, until its worker is done
    int m_resolving = 0; // connects waiting for their servers' names
    // Connecting with the "auto" setting: probe once the handshake is done.
    QSet<QString> m_autoProbePending;
    // Why the last automatic probe failed, until the next probe, setting
    // or connect.
    QHash<QString, QString> m_mtuErrors;
    // Bumped by every SetTunnelMtu, so a probe that was running meanwhile
    // does not overwrite a number chosen since.
    QHash<QString, quint64> m_mtuSettingGeneration;
    // Derived public keys, so GetTunnel does not open the key file every
    // time; dropped by import and remove.
    QHash<QString, QString> m_publicKeys;
};

} // namespace Lifeline
