// One launch supervisor started ahead of time, so that a launch does not wait
// for a process to start: taken by the next launch, replaced afterwards. The
// spare is a plain root process of the helper's, blocked reading its control
// socket (no namespace, no mount, no network state of any kind); it exits
// when the helper closes the socket, or dies.
#pragma once

#include "SupervisorProcess.h"

#include <QString>

#include <memory>

namespace Lifeline {

class SpareSupervisors
{
public:
    // `path`: the supervisor executable (Launch::defaultSupervisorPath()).
    explicit SpareSupervisors(QString path);
    ~SpareSupervisors();
    SpareSupervisors(const SpareSupervisors &) = delete;
    SpareSupervisors &operator=(const SpareSupervisors &) = delete;

    QString path() const { return m_path; }
    // The spare, or a freshly started supervisor when there is none; null
    // with *error when none can be started. Leaves no spare behind: call
    // refill() once the launch is on its way.
    std::unique_ptr<SupervisorProcess> take(QString *error);
    // Starts a spare unless there is one. Failure is not an error here: the
    // next take() tries again and says why.
    void refill();
    bool hasSpare() const { return bool(m_spare); }

private:
    QString m_path;
    std::unique_ptr<SupervisorProcess> m_spare;
};

} // namespace Lifeline
