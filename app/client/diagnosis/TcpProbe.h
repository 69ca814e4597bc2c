// Connects to literal-address targets at once; done(true) as soon as one accepts,
// done(false) when all have failed. No timeout of its own: the round's deadline
// deletes it, which aborts the attempts.
#pragma once

#include "ProbeTargets.h"

#include <QObject>

namespace Lifeline::Diagnosis {

class TcpProbe : public QObject {
    Q_OBJECT
public:
    TcpProbe(const QList<TcpTarget> &targets, QObject *parent);
    // Separate from the constructor: a failure may be reported before start() returns.
    void start();

Q_SIGNALS:
    void done(bool connected);

private:
    void onFailed();

    QList<TcpTarget> m_targets;
    int m_pending = 0;
    bool m_done = false;
};

} // namespace Lifeline::Diagnosis
