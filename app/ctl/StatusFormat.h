// How `lifelinectl status` shows a diagnosis: a short per-family table for
// people, and the findings as plain JSON for scripts. Pure, so it is unit-tested.
#pragma once

#include "Diagnoser.h"

#include <QStringList>
#include <QVariantMap>

namespace Lifeline::StatusFormat {

// The rows route / DNS / TCP / web / big transfer / through the tunnel / natively,
// one column per family, translated.
QStringList table(const Diagnosis::Findings &findings);
// A line about the backup connection, or empty when none is configured or up.
QString tunnelLine(const Diagnosis::TunnelFindings &tunnel);
QVariantMap json(const Diagnosis::Report &report);

} // namespace Lifeline::StatusFormat
