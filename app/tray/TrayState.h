// Everything the icon, its tooltip and its menu are drawn from, as plain data:
// the diagnosis (the library's Report) plus what the tray knows about the backup
// connection from the helper. TrayPresentation maps it to the view; unit tests
// build it by hand.
#pragma once

#include "Verdict.h"

#include <QString>
#include <QStringList>

namespace Lifeline::Tray {

// The backup connection (a tunnel of the helper), as GetTunnel/TunnelChanged say.
struct BackupState {
    QString name;          // empty: none configured, or none the helper knows
    QString state;         // down, connecting, up, failed; empty until the helper answered
    QStringList families;  // "ipv4", "ipv6": what it carries while up
    QString error;         // the helper's reason when state is "failed"
    bool busy = false;     // a connect or disconnect of ours is waiting for its reply

    bool configured() const { return !name.isEmpty(); }
    bool on() const { return state == QLatin1String("up") || state == QLatin1String("connecting"); }
    bool up() const { return state == QLatin1String("up"); }
    bool carries(Diagnosis::Family family) const
    {
        return families.contains(family == Diagnosis::Family::IPv4 ? QLatin1String("ipv4")
                                                                   : QLatin1String("ipv6"));
    }
};

struct TrayState {
    Diagnosis::Verdict verdict = Diagnosis::Verdict::Checking;
    QString sentence;          // the verdict in words, from Diagnosis::sentence()
    bool checking = false;     // a round of probes is running
    bool repairing = false;    // FixMtu is waiting for its reply
    bool helperReachable = true;
    BackupState backup;
};

} // namespace Lifeline::Tray
