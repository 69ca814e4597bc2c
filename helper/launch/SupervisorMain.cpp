// lifeline-launch-supervisor: started by lifeline-helper only (root, with the
// descriptors of Launcher::Fd in place); never meant to be run by hand.
#include "Supervisor.h"

#include <cerrno>
#include <string>
#include <unistd.h>

using namespace Lifeline::Launcher;

int main()
{
    std::string blob;
    char buffer[65536];
    for (off_t offset = 0;;) {
        const ssize_t n = pread(Fd::Plan, buffer, sizeof buffer, offset);
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0 || blob.size() + size_t(n) > MaxPlanBytes) {
            if (n == 0)
                break;
            const Report report { Stage::Plan, n < 0 ? errno : EFBIG, 0 };
            [[maybe_unused]] const ssize_t written = write(Fd::Report, &report, sizeof report);
            return 127;
        }
        blob.append(buffer, size_t(n));
        offset += n;
    }
    close(Fd::Plan);
    const std::optional<ExecPlan> plan = decodePlan(blob);
    if (!plan) {
        const Report report { Stage::Plan, EINVAL, 0 };
        [[maybe_unused]] const ssize_t written = write(Fd::Report, &report, sizeof report);
        return 127;
    }
    runSupervisor(*plan);
}
