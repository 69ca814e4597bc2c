// Keeps the verdict current: runs the prober on demand, periodically, and when
// the network changes (QNetworkInformation), and says when the verdict changes.
// The tray app and `lifelinectl status` both use it.
#pragma once

#include "Findings.h"
#include "ProbeTargets.h"
#include "Verdict.h"

#include <QObject>
#include <QTimer>

namespace Lifeline::Diagnosis {

class Prober;

struct Report {
    Verdict verdict = Verdict::Checking;
    Findings findings;
    QString sentence; // sentence(verdict, findings), translated
};

class Diagnoser : public QObject {
    Q_OBJECT
public:
    // Takes ownership of the prober (reparented).
    Diagnoser(Prober *prober, ProbeTargets targets, QObject *parent = nullptr);

    const Report &report() const { return m_report; }
    const ProbeTargets &targets() const { return m_targets; }
    void setTargets(const ProbeTargets &targets);
    // 0 disables periodic checks (lifelinectl status runs once).
    void setInterval(int milliseconds);
    int interval() const { return m_interval; }
    // Re-run on QNetworkInformation's reachability/transport changes (when a backend
    // exists). Returns false when there is none; periodic and on-demand checks still run.
    bool watchNetworkChanges();
    bool running() const;

public Q_SLOTS:
    // Starts a round now. While one runs, that round answers (no second round).
    void checkNow();
    // Starts a round now, or right after the running one, whose answer may
    // predate what the caller changed (a tunnel, the targets).
    void recheck();

Q_SIGNALS:
    void checkStarted();
    void checked(const Lifeline::Diagnosis::Report &report); // after every round
    // Only when the verdict differs from the previous round's (the sentence may change
    // with every round, e.g. when the backup connection starts covering a family: see checked).
    void verdictChanged(
        const Lifeline::Diagnosis::Report &report, Lifeline::Diagnosis::Verdict previous);

private:
    void onFinished(const Findings &findings);
    void onNetworkChanged();

    Prober *m_prober;
    ProbeTargets m_targets;
    QTimer m_timer; // the next periodic round, counted from the end of the last
    QTimer m_settle; // network changes come in bursts: one round after they settle
    int m_interval = 0;
    bool m_againAfterRound = false; // the network changed during a round: its answer is stale
    bool m_recheckAfterRound = false; // recheck() during a round
    Report m_report;
};

} // namespace Lifeline::Diagnosis
