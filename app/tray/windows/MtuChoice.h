// A tunnel's MTU setting as the settings window offers it, and as
// SetTunnelMtu and GetTunnel's "mtu-setting" spell it.
#pragma once

#include <QString>

namespace Lifeline::Windows {

struct MtuChoice {
    enum class Mode {
        FromConfiguration, // "": the configuration's MTU, or the default
        Automatic,         // "auto": probed after every connect
        Fixed,             // a decimal number
    };

    Mode mode = Mode::FromConfiguration;
    int value = 0; // Fixed only

    // From GetTunnel's "mtu-setting"; anything unknown reads as FromConfiguration.
    static MtuChoice fromSetting(const QString &setting);
    // SetTunnelMtu's argument: "auto", the number, or "" (FromConfiguration:
    // the helper removes the setting).
    QString argument() const;

    friend bool operator==(const MtuChoice &, const MtuChoice &) = default;
};

} // namespace Lifeline::Windows
