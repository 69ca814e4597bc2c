// lifeline-launch-supervisor: started by lifeline-helper only (root, with the
// descriptors of Launcher::Fd in place); never meant to be run by hand.
#include "Supervisor.h"

#include <cerrno>
#include <iterator>
#include <string>
#include <sys/prctl.h>
#include <unistd.h>

using namespace Lifeline::Launcher;

int main()
{
    // Only the control socket: 0-2 are the helper's (its journal stream),
    // and a spare waits for its launch for as long as the helper likes.
    close_range(0, Fd::First - 1, 0);
    close_range(Fd::Control + 1, ~0U, 0);
    // Named as a restarted helper looks for it, whatever the file is called.
    prctl(PR_SET_NAME, ProcessName, 0, 0, 0);
    errno = 0;
    if (!receiveMessage(Message::Plan, Message::PlanFds, int(std::size(Message::PlanFds))))
        return 127; // the report pipe is not here to say why: the helper sees it end
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
