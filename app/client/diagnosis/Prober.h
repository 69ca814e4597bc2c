// The back end that runs one round of probes. The real one uses QtNetwork (and
// the helper for native probes while a tunnel carries a family); tests use fakes.
#pragma once

#include "Findings.h"
#include "ProbeTargets.h"

#include <QObject>

namespace Lifeline::Diagnosis {

class Prober : public QObject {
    Q_OBJECT
public:
    using QObject::QObject;
    // Starts a round; exactly one finished() follows, within about targets.timeoutMs plus
    // a little. A start() while a round runs is ignored (the running round answers).
    virtual void start(const ProbeTargets &targets) = 0;
    virtual bool running() const = 0;

Q_SIGNALS:
    void finished(const Lifeline::Diagnosis::Findings &findings);
};

} // namespace Lifeline::Diagnosis
