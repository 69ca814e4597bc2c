// The names and types of the D-Bus contract, shared by the helper and its clients.
#pragma once

#include <QDBusArgument>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

namespace Lifeline {

inline constexpr auto ServiceName = "io.github.lifeline.Helper1";
inline constexpr auto ObjectPath = "/io/github/lifeline/Helper1";
inline constexpr auto InterfaceName = "io.github.lifeline.Helper1";

namespace Error {
inline constexpr auto InvalidArgument = "io.github.lifeline.Error.InvalidArgument";
inline constexpr auto NotFound = "io.github.lifeline.Error.NotFound";
inline constexpr auto Busy = "io.github.lifeline.Error.Busy";
inline constexpr auto Unavailable = "io.github.lifeline.Error.Unavailable";
inline constexpr auto Failed = "io.github.lifeline.Error.Failed";
inline constexpr auto AccessDenied = "org.freedesktop.DBus.Error.AccessDenied";
} // namespace Error

namespace Action {
inline constexpr auto ConfigureTunnels = "io.github.lifeline.configure-tunnels";
inline constexpr auto ConnectTunnel = "io.github.lifeline.connect-tunnel";
inline constexpr auto RunIsolated = "io.github.lifeline.run-isolated";
inline constexpr auto FixMtu = "io.github.lifeline.fix-mtu";
} // namespace Action

using StringMap = QMap<QString, QString>;

// CreateTunnel's "allowed-ips" when its settings name none: everything, in
// both families (what clients then tell the server's side, too).
inline QStringList defaultAllowedIps()
{
    return { QStringLiteral("0.0.0.0/0"), QStringLiteral("::/0") };
}

// One running isolated launch, as ListIsolated reports it: a(sssu).
struct IsolatedInfo {
    QString id;
    QString mode;
    QString command;
    uint pid = 0;

    friend bool operator==(const IsolatedInfo &, const IsolatedInfo &) = default;
};
using IsolatedList = QList<IsolatedInfo>;

QDBusArgument &operator<<(QDBusArgument &argument, const IsolatedInfo &info);
const QDBusArgument &operator>>(const QDBusArgument &argument, IsolatedInfo &info);

// Registers the contract's custom types with Qt's meta-type and D-Bus systems.
// Call once before the first D-Bus call that uses them.
void registerContractTypes();

} // namespace Lifeline

Q_DECLARE_METATYPE(Lifeline::IsolatedInfo)
