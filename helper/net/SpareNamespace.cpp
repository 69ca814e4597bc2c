#include "SpareNamespace.h"

#include <pthread.h>
#include <sched.h>

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

std::unique_ptr<SpareNamespace> SpareNamespace::make()
{
    std::unique_ptr<SpareNamespace> spare(new SpareNamespace);
    std::promise<QString> result;
    spare->m_result = result.get_future();
    spare->m_thread
        = std::thread(&SpareNamespace::run, spare->m_job.get_future(), std::move(result));
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

namespace {

// This thread into a new namespace, with a socket inside and loopback up.
// unshare() moves only the calling thread, which never goes back: it ends
// after its one job, and what the job registered (a name, an fd) keeps the
// namespace.
QString enterNew(Netlink::Socket *inside)
{
    if (unshare(CLONE_NEWNET) != 0)
        return QStringLiteral("cannot create a network namespace: %1")
            .arg(QString::fromLocal8Bit(strerror(errno)));
    QString error;
    *inside = Netlink::open(&error);
    const QString loopback = QStringLiteral("lo");
    const int loopbackIndex = *inside ? Netlink::linkIndex(inside->get(), loopback, &error) : 0;
    return loopbackIndex == 0 ? error : Netlink::setUp(inside->get(), loopbackIndex, loopback);
}

} // namespace

void SpareNamespace::run(std::future<Job> job, std::promise<QString> result)
{
    Netlink::Socket inside;
    QString error = enterNew(&inside);
    Job work = job.get();
    if (!work)
        return;
    // Made long before it is used: what failed then (memory, a limit) may
    // not fail now. Once more, in a namespace of its own again.
    if (!error.isEmpty())
        error = enterNew(&inside);
    result.set_value(error.isEmpty() ? work(std::move(inside)) : error);
}

} // namespace Lifeline::Net
