// What a failed helper call means to the person who made it.
#pragma once

#include <QDBusError>
#include <QString>

namespace Lifeline {

enum class Failure {
    NotAuthorised,     // polkit said no
    HelperUnavailable, // no helper on the bus, or it could not be started
    InvalidArgument,
    NotFound,
    Busy,
    Unavailable,       // the helper cannot do this on this machine
    Other,
};

Failure classify(const QDBusError &error);

// A sentence for a person, never a raw D-Bus error name. The helper's own
// message (which says what was wrong) is appended where it helps.
QString describe(const QDBusError &error);

} // namespace Lifeline
