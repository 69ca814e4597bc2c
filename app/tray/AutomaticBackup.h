// The "automatic" setting (group "backup", key "automatic"): turns the backup
// connection on when a family breaks and off when that family works natively
// again. Hysteresis keeps it from flapping: on only after the break held for
// several rounds, off only after the family was back for several rounds and
// the backup had been on for a minimum time, which doubles when it was turned
// off too early. A person's own switching wins until the situation changes.
// Plain logic with the time passed in, so tests drive it round by round.
#pragma once

#include "Diagnoser.h"
#include "TrayState.h"

namespace Lifeline::Tray {

class AutomaticBackup
{
public:
    struct Timing {
        int breakRounds = 2;                   // broken this many rounds in a row: on
        int backRounds = 3;                    // back natively this many rounds in a row: off
        qint64 minimumOnMs = 5 * 60 * 1000;    // never off sooner after on
        qint64 maximumMinimumOnMs = 60 * 60 * 1000;
        qint64 retryMs = 2 * 60 * 1000;        // after a failed attempt
    };

    enum class Step { None, Connect, Disconnect };
    struct Decision {
        Step step = Step::None;
        QString families;                      // for Connect: "ipv4" or "ipv6"
    };

    AutomaticBackup() = default;
    explicit AutomaticBackup(const Timing &timing);

    void setEnabled(bool enabled) { m_enabled = enabled; }
    bool enabled() const { return m_enabled; }

    // One finished round of diagnosis; the caller carries out the decision.
    Decision onRound(const Diagnosis::Report &report, const BackupState &backup, qint64 nowMs);
    // The person switched the backup themselves (either way).
    void personSwitched(const Diagnosis::Report &report);
    // The helper refused or failed a connect that onRound asked for.
    void connectFailed(qint64 nowMs);

private:
    enum class Situation { Fine, IPv4Broken, IPv6Broken };
    static Situation situationOf(const Diagnosis::Report &report);
    void count(const Diagnosis::Report &report, const BackupState &backup, qint64 nowMs);

    Timing m_timing;
    bool m_enabled = false;
    int m_brokenRounds = 0;
    int m_backRounds = 0;
    Situation m_brokenSituation = Situation::Fine;
    bool m_wasOn = false;
    qint64 m_onSince = 0;
    qint64 m_minimumOnMs = -1;                 // current, after doubling; -1: the timing's
    bool m_autoOffValid = false;
    qint64 m_autoOffAt = 0;
    qint64 m_retryAt = 0;
    bool m_personChose = false;
    Situation m_personChoseIn = Situation::Fine;
};

} // namespace Lifeline::Tray
