// What the launch supervisor needs to start one program, built by the helper
// and handed to the supervisor executable as a compact binary blob (in a
// memfd), so the supervisor is a small fresh process rather than a fork of
// the helper. Qt-free: the supervisor does not link Qt.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <sys/types.h>
#include <vector>

namespace Lifeline::Launcher {

struct BindMount {
    std::string source;
    std::string target;
};

struct ExecPlan {
    std::vector<std::string> args; // args[0] is the absolute program path
    std::vector<std::string> env; // "NAME=value", the complete environment
    std::string cwd;
    uid_t uid = 0;
    gid_t gid = 0;
    std::vector<gid_t> groups; // sorted and unique, as getgroups() returns them
    std::vector<BindMount> binds; // made in this order

    // Filled by prepare(): what the program child uses between fork() and
    // execve(), where it sticks to plain system calls.
    std::vector<char *> argv;
    std::vector<char *> envp;
    mutable std::vector<gid_t> groupsScratch; // getgroups() target, sized in advance
    void prepare();
};

// Limits the supervisor enforces on a blob: far above what the helper's
// validation lets through, low enough that a bad blob cannot exhaust memory.
inline constexpr size_t MaxPlanBytes = 16 * 1024 * 1024;

std::string encodePlan(const ExecPlan &plan);
// nullopt when the blob is malformed or truncated.
std::optional<ExecPlan> decodePlan(std::string_view blob);

} // namespace Lifeline::Launcher
