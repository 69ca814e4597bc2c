// Whether a family the tunnel carries works natively again: the helper's
// ProbeNative connects outside every tunnel (the tunnel's fwmark). One call per
// target, at once, without interactive authorisation (a periodic check never asks
// for a password). An error reply (denied, no helper, not available) tells
// nothing: the native path stays untried.
#pragma once

#include "Findings.h"
#include "ProbeTargets.h"

#include <QDBusConnection>
#include <QObject>

namespace Lifeline::Diagnosis {

class NativeProbe : public QObject {
    Q_OBJECT
public:
    NativeProbe(const QDBusConnection &bus, Family family, const QList<TcpTarget> &targets,
        QObject *parent);
    void start();

Q_SIGNALS:
    // answered: the helper answered at least once; reachable: some target connected.
    void done(bool answered, bool reachable);

private:
    void onReply(bool answered, bool reachable);

    QDBusConnection m_bus;
    Family m_family;
    QList<TcpTarget> m_targets;
    qsizetype m_pending = 0;
    bool m_answered = false;
    bool m_reachable = false;
    bool m_done = false;
};

} // namespace Lifeline::Diagnosis
