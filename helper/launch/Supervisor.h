// The per-launch supervisor: a small root process (its own executable,
// lifeline-launch-supervisor) that joins the launch's network namespace,
// makes a private slave mount namespace with the bind mounts, forks the
// program as the user, reaps everything the program leaves behind and exits
// when nothing is left. The wire format between it and the helper is here.
#pragma once

#include "ExecPlan.h"

#include <cstdint>

namespace Lifeline::Launcher {

// The descriptors the helper gives the supervisor, at fixed numbers. All
// others are closed by the spawn.
namespace Fd {
inline constexpr int Plan = 3; // memfd with the encoded ExecPlan
inline constexpr int Report = 4; // CLOEXEC pipe: Report messages until exec
inline constexpr int Status = 5; // pipe: one ExitReport when the program exits
inline constexpr int NetNs = 6; // the network namespace to join
inline constexpr int Stdin = 7; // the caller's stdio, for the program
inline constexpr int Stdout = 8;
inline constexpr int Stderr = 9;
inline constexpr int First = Plan;
inline constexpr int Last = Stderr;
} // namespace Fd

// Where a launch stopped before the program ran. Sent over the report pipe
// together with errno, so the helper can tell the caller precisely why.
enum class Stage : std::int32_t {
    Started, // not a failure: the program child exists; value is its pid
    Plan, // the supervisor could not read the plan
    CloseFds,
    JoinNetwork,
    NewMountNamespace,
    SlavePropagation,
    Bind, // value is the index into ExecPlan::binds
    Subreaper,
    Fork,
    Groups,
    Gid,
    Uid,
    Capabilities,
    VerifyCredentials,
    WorkingDirectory,
    Stdio, // value is 0, 1 or 2
    Exec,
    ExecInterpreter, // execve said ENOENT but the program exists: its interpreter is missing
};

// One message on the report pipe. Small enough that a write is atomic.
struct Report {
    Stage stage = Stage::Started;
    std::int32_t error = 0;
    std::int32_t value = 0;
};

// The one message on the status pipe: the program's own wait status.
struct ExitReport {
    std::int32_t pid = 0;
    std::int32_t waitStatus = 0;
};

// The supervisor's work, with the descriptors of namespace Fd in place.
// Returns only by exiting.
[[noreturn]] void runSupervisor(const ExecPlan &plan);

} // namespace Lifeline::Launcher
