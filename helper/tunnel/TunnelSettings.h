// What is chosen per tunnel beyond its wg-quick file: for now the MTU, as
// SetTunnelMtu sets it. Kept in <name>.settings next to the tunnel's .conf
// (TunnelStore), so re-importing a provider's file never silently drops it
// and the .conf stays exactly what the admin imported. No secrets in here.
#pragma once

#include <QByteArray>
#include <QString>
#include <QStringView>

#include <optional>

namespace Lifeline::Tunnel {

struct TunnelSettings {
    enum class Mtu {
        FromConfig, // the config's MTU, else the default: as before any setting
        Auto, // probe after every connect (FixMtu's search)
        Fixed, // `fixedMtu`, overriding the config's
    };
    Mtu mtu = Mtu::FromConfig;
    quint32 fixedMtu = 0;

    // GetTunnel's "mtu-setting": "" (the config's), "auto" or the number.
    QString mtuText() const;
    // The file's content: one "key = value" line per chosen setting.
    QByteArray fileText() const;
    bool isDefault() const { return mtu == Mtu::FromConfig; }
};

// IPv4's minimum datagram every host must take, and jumbo frames: anything
// outside cannot be a sensible tunnel MTU.
inline constexpr quint32 MinimumMtuSetting = 576;
inline constexpr quint32 MaximumMtuSetting = 9000;

// SetTunnelMtu's value: exactly "auto" or a plain decimal 576..9000 (no sign,
// spaces or leading zeros: what reaches the file is what was checked).
// Empty on success with `settings` updated, else why the value is refused.
QString parseMtuSetting(QStringView value, TunnelSettings *settings);

// Reads fileText()'s format back. Written by the helper alone, but parsed,
// not trusted: unknown keys or bad values make the file damaged (nullopt
// with `why`), rather than half-applied.
std::optional<TunnelSettings> parseSettingsFile(const QByteArray &text, QString *why);

} // namespace Lifeline::Tunnel
