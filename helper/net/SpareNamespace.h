// A thread in a network namespace of its own, with the veth pair of the
// launch it will become, made before anyone needs it: the thread leaves the
// host's namespace for a new, unnamed one, brings its loopback up, makes the
// pair (llv<id>n inside, llv<id>h in the host's namespace, both down) and
// waits for the one job it will do (registering the namespace under the
// launch's name and wiring it, see IsolatedNetwork).
//
// Making a namespace and a veth pair are the slowest steps the kernel takes
// for a launch (about 0.5 ms each on the lab's VM, more with more network
// modules loaded); with a spare made while nobody waits, a launch does not
// wait for them, as SpareSupervisors spares it the process start. Of a spare
// only the host end of its pair shows outside the helper: down, without an
// address, labelled SpareLabel (a launch's own label replaces it). A name
// of its own would have to be changed by the launch: 0.2 ms more. Unused, the spare goes with its object or
// with the helper, and the kernel deletes the pair with the namespace.
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
    // What the job gets: a socket inside the namespace (loopback is up),
    // and the indexes of the pair's inner end (here) and host end (in the
    // host's namespace).
    struct Inside {
        Netlink::Socket socket;
        int index = 0;
        int hostIndex = 0;
    };
    using Job = std::function<QString(Inside inside)>;

    // The alias of a waiting spare's host end (see LinkLabel.h), which a
    // launch replaces with its own.
    static constexpr auto SpareLabel = "lifeline spare: ready for the next launch";

    // Starts the thread, which makes the namespace and the pair for launch
    // `id` in the background; the pair's host end goes into the namespace
    // `hostNamespaceFd` (which must stay open as long as this object).
    static std::unique_ptr<SpareNamespace> make(const QString &id, int hostNamespaceFd);
    // Ends the thread: after its job, or at once when it got none.
    ~SpareNamespace();
    SpareNamespace(const SpareNamespace &) = delete;
    SpareNamespace &operator=(const SpareNamespace &) = delete;

    // The launch id the pair is named for.
    const QString &id() const { return m_id; }
    // Has `job` run on the thread, inside the namespace, once it is ready;
    // returns at once. Once only.
    void start(Job job);
    // What the job returned, or why the namespace or the pair could not be
    // made (the job did not run then). After start().
    QString wait();
    // For the job, once done inside: takes the calling thread back to the
    // namespace `hostNamespaceFd` and lets it run on every processor the
    // helper may use again (start() keeps it off the caller's), so that a
    // process it starts inherits neither. Empty on success.
    static QString returnToHost(int hostNamespaceFd);

private:
    explicit SpareNamespace(const QString &id) : m_id(id) {}
    static void run(QString id, int hostNamespaceFd, std::future<Job> job,
                    std::promise<QString> result);

    QString m_id;
    std::promise<Job> m_job;
    std::future<QString> m_result;
    std::thread m_thread;
    bool m_started = false;
};

} // namespace Lifeline::Net
