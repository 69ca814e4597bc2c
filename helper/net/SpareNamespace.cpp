#include "SpareNamespace.h"

#include "LinkLabel.h"
#include "NetTypes.h"

#include <pthread.h>
#include <sched.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>

namespace Lifeline::Net {
namespace {

// A thread woken (or started) by a busy one is placed on the waker's
// processor and may wait there until the waker blocks, however idle the
// others are (on the lab's VM it does, for up to a scheduler tick): the job
// would not overlap with what the waker goes on to do. So the thread may run
// on any processor allowed to it but this one, when there is another. A
// hint: when it cannot be given, nothing is lost.
void runElsewhere(std::thread &thread)
{
    cpu_set_t allowed;
    if (pthread_getaffinity_np(thread.native_handle(), sizeof allowed, &allowed) != 0)
        return;
    const int here = sched_getcpu();
    if (here < 0 || here >= CPU_SETSIZE || !CPU_ISSET(here, &allowed) || CPU_COUNT(&allowed) < 2)
        return;
    CPU_CLR(here, &allowed);
    pthread_setaffinity_np(thread.native_handle(), sizeof allowed, &allowed);
}

} // namespace

std::unique_ptr<SpareNamespace> SpareNamespace::make(const QString &id, int hostNamespaceFd)
{
    std::unique_ptr<SpareNamespace> spare(new SpareNamespace(id));
    std::promise<QString> result;
    spare->m_result = result.get_future();
    spare->m_thread = std::thread(&SpareNamespace::run, id, hostNamespaceFd,
                                  spare->m_job.get_future(), std::move(result));
    return spare;
}

SpareNamespace::~SpareNamespace()
{
    if (!m_started)
        m_job.set_value({}); // no job: the thread ends, and its namespace with it
    m_thread.join();
}

void SpareNamespace::start(Job job)
{
    m_started = true;
    runElsewhere(m_thread);
    m_job.set_value(std::move(job));
}

QString SpareNamespace::wait()
{
    return m_result.get();
}

QString SpareNamespace::returnToHost(int hostNamespaceFd)
{
    if (setns(hostNamespaceFd, CLONE_NEWNET) != 0)
        return QStringLiteral("cannot return to the host's network namespace: %1")
            .arg(QString::fromLocal8Bit(strerror(errno)));
    // The helper's own processors (its main thread's), not start()'s hint.
    cpu_set_t allowed;
    if (sched_getaffinity(getpid(), sizeof allowed, &allowed) == 0)
        sched_setaffinity(0, sizeof allowed, &allowed);
    return {};
}

namespace {

// The pair from inside: the inner end here, the host end in the host's
// namespace, both down; the host end labelled as a spare's through `host`.
QString makePair(const QString &id, int hostNamespaceFd, nl_sock *host, SpareNamespace::Inside *inside)
{
    QString error = Netlink::addVethToward(inside->socket.get(), namespaceInterfaceName(id),
                                           hostInterfaceName(id), hostNamespaceFd);
    if (!error.isEmpty())
        return error;
    // Both indexes in one look-up: the inner end's link is the host end.
    inside->index = Netlink::linkIndex(inside->socket.get(), namespaceInterfaceName(id), &error,
                                       &inside->hostIndex);
    if (inside->index != 0 && inside->hostIndex == 0)
        error = QStringLiteral("the veth %1 has no other end").arg(namespaceInterfaceName(id));
    if (error.isEmpty())
        error = LinkLabel::set(host, inside->hostIndex, QString::fromLatin1(SpareNamespace::SpareLabel));
    // Made but not usable: gone before this thread tries again with the
    // same names (a namespace left behind would only take it along later).
    if (!error.isEmpty() && inside->index != 0)
        Netlink::deleteLink(inside->socket.get(), inside->index);
    return error;
}

// This thread into a new namespace, with a socket inside, loopback up, and
// the pair for launch `id` (labelled through `host`, a socket in the host's
// namespace). unshare() moves only the calling thread; what the job
// registers (a name) keeps the namespace once the thread has gone.
QString enterNew(const QString &id, int hostNamespaceFd, nl_sock *host, SpareNamespace::Inside *inside)
{
    QString error;
    if (unshare(CLONE_NEWNET) != 0)
        return QStringLiteral("cannot create a network namespace: %1")
            .arg(QString::fromLocal8Bit(strerror(errno)));
    *inside = {};
    inside->socket = Netlink::open(&error);
    const QString loopback = QStringLiteral("lo");
    const int loopbackIndex
        = inside->socket ? Netlink::linkIndex(inside->socket.get(), loopback, &error) : 0;
    if (loopbackIndex == 0)
        return error;
    if (error = Netlink::setUp(inside->socket.get(), loopbackIndex, loopback); !error.isEmpty())
        return error;
    return makePair(id, hostNamespaceFd, host, inside);
}

} // namespace

void SpareNamespace::run(QString id, int hostNamespaceFd, std::future<Job> job,
                         std::promise<QString> result)
{
    // Opened while still in the host's namespace, for both tries.
    QString error;
    const Netlink::Socket host = Netlink::open(&error);
    Inside inside;
    if (host)
        error = enterNew(id, hostNamespaceFd, host.get(), &inside);
    Job work = job.get();
    if (!work)
        return;
    // Made long before it is used: what failed then (memory, a limit) may
    // not fail now. Once more, in a namespace of its own again.
    if (!error.isEmpty() && host)
        error = enterNew(id, hostNamespaceFd, host.get(), &inside);
    result.set_value(error.isEmpty() ? work(std::move(inside)) : error);
}

} // namespace Lifeline::Net
