// A thread in a network namespace of its own, made before anyone needs it:
// the thread leaves the host's namespace for a new, unnamed one, brings its
// loopback up and waits for the one job it will do in there (registering it
// under a launch's name and wiring it, see IsolatedNetwork).
//
// Making a namespace is the slowest step the kernel takes for a launch
// (about 0.5 ms on the lab's VM, more with more network modules loaded);
// with a spare made while nobody waits, a launch does not wait for it, as
// SpareSupervisors spares it the process start. Nothing of a spare shows
// outside the helper: no name under /run/netns, no link in the host's
// namespace. Unused, it goes with its object, or with the helper.
#pragma once

#include "Netlink.h"

#include <QString>

#include <functional>
#include <future>
#include <memory>
#include <thread>

namespace Lifeline::Net {

class SpareNamespace
{
public:
    // Gets a socket inside the namespace, with loopback up.
    using Job = std::function<QString(Netlink::Socket inside)>;

    // Starts the thread, which makes the namespace in the background.
    static std::unique_ptr<SpareNamespace> make();
    // Ends the thread: after its job, or at once when it got none.
    ~SpareNamespace();
    SpareNamespace(const SpareNamespace &) = delete;
    SpareNamespace &operator=(const SpareNamespace &) = delete;

    // Has `job` run on the thread, inside the namespace, once it is ready;
    // returns at once. Once only.
    void start(Job job);
    // What the job returned, or why the namespace could not be made (the
    // job did not run then). After start().
    QString wait();

private:
    SpareNamespace() = default;
    static void run(std::future<Job> job, std::promise<QString> result);

    std::promise<Job> m_job;
    std::future<QString> m_result;
    std::thread m_thread;
    bool m_started = false;
};

} // namespace Lifeline::Net
