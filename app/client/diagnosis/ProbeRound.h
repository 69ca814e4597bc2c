// One round of probes, all at once: per family the default route, TCP to the
// literal targets, the HTTP check and the big transfer; DNS A and AAAA; the
// tunnel from the helper, then (for families it carries) the helper's native
// probe. Probes still running at the deadline count as failed. Emits finished()
// exactly once; deleting the round aborts whatever still runs.
#pragma once

#include "ProbeTargets.h"
#include "RoundResults.h"

#include <QDBusConnection>
#include <QObject>
#include <QTimer>

class QNetworkAccessManager;

namespace Lifeline::Diagnosis {

class DnsProbe;

class ProbeRound : public QObject {
    Q_OBJECT
public:
    ProbeRound(const QDBusConnection &bus, const QString &backupName, const ProbeTargets &targets,
        QObject *parent);
    void start();

    // The helper's own limit for ProbeNative is 3 s; its answer is awaited that long.
    static constexpr int NativeAllowanceMs = 3500;

Q_SIGNALS:
    void finished(const Lifeline::Diagnosis::Findings &findings);

private:
    void startFamily(Family family);
    void startNative(const TunnelFindings &tunnel);
    FamilyResults &results(Family family);
    void networkProbeDone();
    void onDeadline();
    void maybeFinish();

    QDBusConnection m_bus;
    QString m_backupName;
    ProbeTargets m_targets;
    RoundResults m_results;
    QObject *m_network = nullptr; // parent of the network probes, deleted at the deadline
    QNetworkAccessManager *m_manager = nullptr;
    DnsProbe *m_dns = nullptr;
    QTimer m_deadline;
    QTimer m_nativeDeadline;
    int m_pendingNetwork = 0;
    int m_pendingNative = 0;
    bool m_networkOver = false;
    bool m_finished = false;
};

} // namespace Lifeline::Diagnosis
