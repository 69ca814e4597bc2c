// Deletes links off the caller's thread. The kernel answers RTM_DELLINK only
// after an RCU barrier (typically 15-30 ms), although the link leaves the
// kernel's lists within a millisecond or two; the helper's event loop must
// not sit through that barrier for every launch that ends. One worker thread
// takes the deletions in order; destroying the reaper finishes every queued
// one first, so nothing is left behind when the helper exits.
#pragma once

#include "Netlink.h"

#include <condition_variable>
#include <deque>
#include <mutex>
#include <thread>

namespace Lifeline::Net {

class LinkReaper {
public:
    LinkReaper() = default;
    ~LinkReaper();
    LinkReaper(const LinkReaper &) = delete;
    LinkReaper &operator=(const LinkReaper &) = delete;

    // Deletes link `index` (a name is for messages only) over `socket`, which
    // must be in the link's namespace; the socket is closed afterwards.
    void remove(Netlink::Socket socket, int index, const QString &name);
    // Returns once every deletion queued so far is done.
    void settle();

private:
    struct Job {
        Netlink::Socket socket;
        int index = 0;
        QString name;
    };
    void work();

    std::mutex m_mutex;
    std::condition_variable m_changed;
    std::deque<Job> m_jobs;
    bool m_busy = false;
    bool m_stopping = false;
    std::thread m_thread; // started with the first job
};

} // namespace Lifeline::Net
