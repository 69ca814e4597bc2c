// Where the processes of a launch go so that they are not part of the
// helper's own service: stopping or restarting the helper (its unit) must
// never kill the user's programs. SystemdScopes is the real one; without
// systemd there is none, and the launch supervisor's own session is all the
// separation there is.
#pragma once

#include <QList>
#include <QString>

namespace Lifeline {

class LaunchScopes {
public:
    virtual ~LaunchScopes() = default;
    // Moves `pids` (the launch supervisor first, then the program and what
    // else runs in the launch) into a unit of their own for launch `id` of
    // user `uid`. Asynchronous: the launch does not wait, and runs on
    // whatever the answer is.
    virtual void place(const QString &id, uint uid, const QList<uint> &pids) = 0;
};

} // namespace Lifeline
