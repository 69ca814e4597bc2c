// Which rounds of diagnosis deserve a notification: only changes that matter
// and that the person can act on ("IPv4 is down — turn on the backup
// connection?"), each once per episode, and only after it held for a second
// round so a single lost probe says nothing. Plain logic; the controller shows
// the result and carries out its offer when the message is clicked.
#pragma once

#include "Diagnoser.h"
#include "TrayState.h"

#include <optional>

namespace Lifeline::Tray {

struct Notice {
    enum class Offer {
        None,
        TurnOnBackup,   // families says which
        TurnOffBackup,
        SetUpBackup,
        Repair,
        OpenLoginPage,
    };
    QString key;        // what situation it is about; the same key is not shown twice in a row
    QString title;
    QString message;
    Offer offer = Offer::None;
    QString families;
};

class NotificationPolicy
{
public:
    explicit NotificationPolicy(int confirmRounds = 2);

    // One finished round. `automatic`: the automatic setting will act by itself,
    // so there is nothing to offer for a broken family.
    std::optional<Notice> onRound(
        const Diagnosis::Report &report, const BackupState &backup, bool automatic);

    // What a round would say, confirmed or not (also used for tests).
    static std::optional<Notice> noticeFor(
        const Diagnosis::Report &report, const BackupState &backup, bool automatic);

private:
    int m_confirmRounds;
    QString m_candidate;   // the key seen in the last rounds
    int m_candidateRounds = 0;
    QString m_shown;       // the key last shown; cleared once nothing is wrong for long enough
};

} // namespace Lifeline::Tray
