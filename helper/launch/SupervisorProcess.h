// The helper's side of one lifeline-launch-supervisor process (see
// Supervisor.h): started before its launch is known, waiting on its control
// socket; the launch's plan goes over first, the network namespace when it is
// built. Until the namespace has gone over, destroying this object calls the
// launch off: the supervisor is killed and reaped, the program never runs.
#pragma once

#include <QString>

#include <memory>
#include <sys/types.h>

namespace Lifeline {

class SupervisorProcess
{
public:
    // Starts `path` with the control socket and nothing else: no environment,
    // its own session, default signals. Null with *error naming the path.
    static std::unique_ptr<SupervisorProcess> spawn(const QString &path, QString *error);
    ~SupervisorProcess();
    SupervisorProcess(const SupervisorProcess &) = delete;
    SupervisorProcess &operator=(const SupervisorProcess &) = delete;

    pid_t pid() const { return m_pid; }

    // The first message: the plan (a memfd) and the descriptors the program
    // and the helper's pipes need, in Launcher::Message::PlanFds order.
    // Borrowed: the supervisor gets its own copies. False with errno set
    // when the supervisor is not there to take them (it died).
    bool sendPlan(int plan, int report, int status, int stdinFd, int stdoutFd, int stderrFd);
    // The second: the network namespace; then the program starts, and the
    // supervisor is no longer this object's to kill (see release()).
    bool sendGo(int netns);
    // Hands the process over to whoever watches it now (the Launch), so the
    // destructor neither kills nor reaps it.
    pid_t release();

private:
    SupervisorProcess(pid_t pid, int control) : m_pid(pid), m_control(control) {}
    bool send(char tag, const int *fds, int count);

    pid_t m_pid;
    int m_control; // our end of the control socket
};

} // namespace Lifeline
