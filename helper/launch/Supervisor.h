// The per-launch supervisor: a small root process (its own executable,
// lifeline-launch-supervisor) that makes a private slave mount namespace
// with the bind mounts, forks the program child (which joins the launch's
// network namespace and becomes the user), reaps everything the program
// leaves behind and exits when nothing is left. The wire format between it
// and the helper is here.
//
// The helper starts a supervisor before it knows the launch (a spare, ready
// when a launch comes, see SpareSupervisors.h) with one descriptor, the
// control socket. Over it, a launch arrives in two messages: the plan with
// the pipes and the caller's stdio (the supervisor then makes its mount
// namespace and forks the program child, which waits), and, once the helper
// has built it, the network namespace (the child joins it and execs the
// program). End-of-file instead of either: the launch was called off, and
// the process that waited exits without a word.
#pragma once

#include "ExecPlan.h"

#include <cstdint>

namespace Lifeline::Launcher {

// The descriptors of a supervisor, at fixed numbers: Control from the start,
// the others placed there from the control messages. All others are closed.
namespace Fd {
inline constexpr int Control = 3; // SOCK_SEQPACKET: the two messages below
inline constexpr int Plan = 4; // memfd with the encoded ExecPlan
inline constexpr int Report = 5; // CLOEXEC pipe: Report messages until exec
inline constexpr int Status = 6; // pipe: one ExitReport when the program exits
inline constexpr int NetNs = 7; // the network namespace to join
inline constexpr int Stdin = 8; // the caller's stdio, for the program
inline constexpr int Stdout = 9;
inline constexpr int Stderr = 10;
inline constexpr int First = Control;
inline constexpr int Last = Stderr;
} // namespace Fd

// The supervisor's process name (comm): how a helper that restarted finds
// it in /proc (LaunchProcesses), and whether the program it started is still
// running there. Both fit the kernel's 15 bytes.
inline constexpr char ProcessName[] = "lifeline-launch";
// After the program exited; what it left behind still runs.
inline constexpr char LingeringName[] = "lifeline-linger";

// The control messages: one tag byte, and descriptors (SCM_RIGHTS) in the
// order of the list.
namespace Message {
inline constexpr char Plan = 'P'; // Plan, Report, Status, Stdin, Stdout, Stderr
inline constexpr int PlanFds[] = { Fd::Plan, Fd::Report, Fd::Status, Fd::Stdin, Fd::Stdout,
    Fd::Stderr };
inline constexpr char Go = 'G'; // NetNs, read by the program child
inline constexpr int GoFds[] = { Fd::NetNs };
} // namespace Message

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

// Receives one control message of `tag` and puts its descriptors where
// `targets` say. False (errno set) on a malformed message; end-of-file exits.
bool receiveMessage(char tag, const int *targets, int count);

// The supervisor's work once the plan message is in: returns only by exiting.
[[noreturn]] void runSupervisor(const ExecPlan &plan);

} // namespace Lifeline::Launcher
