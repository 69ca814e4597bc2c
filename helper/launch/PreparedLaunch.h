// A launch made ready up to the one thing it still lacks, its network
// namespace: the user looked up, the namespace's files written, and a
// supervisor holding the plan and the caller's stdio, which has made its
// mount namespace. The helper prepares a launch while it builds the launch's
// network, so that once the network is there only setns, fork and exec are
// left.
#pragma once

#include "ExecPlan.h"
#include "Launch.h"
#include "PrivateEtc.h"

#include <memory>

namespace Lifeline {

class SupervisorProcess;

// pidfd_open(2): an fd that stays this process's, or -1 with errno.
int openPidFd(pid_t pid);

class PreparedLaunch
{
public:
    // All of `spec` but its netnsFd. On failure returns nullptr, with
    // `*error` and `*kind` as Launch::start() sets them; nothing is left.
    static std::unique_ptr<PreparedLaunch> prepare(
        const LaunchSpec &spec, QString *error, LaunchError *kind);
    // Unstarted, the launch is called off: its supervisor is killed before
    // the program ever ran, its files are removed.
    ~PreparedLaunch();
    PreparedLaunch(const PreparedLaunch &) = delete;
    PreparedLaunch &operator=(const PreparedLaunch &) = delete;

    // Runs the program in the network namespace `netnsFd` (borrowed; made by
    // the helper, never one a caller named). Returns as Launch::start() does;
    // once only.
    std::unique_ptr<Launch> start(int netnsFd, QString *error, LaunchError *kind);

private:
    explicit PreparedLaunch(const LaunchSpec &spec);

    LaunchSpec m_spec;
    Launcher::ExecPlan m_plan; // for the failure messages
    // Until the program runs: the bind mounts are made from these files.
    Launcher::PrivateEtc m_etc;
    std::unique_ptr<SupervisorProcess> m_supervisor;
    int m_reportRead = -1; // "started", failures, then end-of-file at exec
    int m_statusRead = -1; // handed to the Launch
};

} // namespace Lifeline
