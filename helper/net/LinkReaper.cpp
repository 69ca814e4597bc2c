#include "LinkReaper.h"

#include <QDebug>

namespace Lifeline::Net {

LinkReaper::~LinkReaper()
{
    {
        const std::lock_guard lock(m_mutex);
        m_stopping = true;
    }
    m_changed.notify_all();
    if (m_thread.joinable())
        m_thread.join();
}

void LinkReaper::remove(Netlink::Socket socket, int index, const QString &name)
{
    {
        const std::lock_guard lock(m_mutex);
        m_jobs.push_back({ std::move(socket), index, name });
        if (!m_thread.joinable())
            m_thread = std::thread(&LinkReaper::work, this);
    }
    m_changed.notify_all();
}

void LinkReaper::settle()
{
    std::unique_lock lock(m_mutex);
    m_changed.wait(lock, [this] { return m_jobs.empty() && !m_busy; });
}

void LinkReaper::work()
{
    std::unique_lock lock(m_mutex);
    for (;;) {
        m_changed.wait(lock, [this] { return !m_jobs.empty() || m_stopping; });
        if (m_jobs.empty())
            return; // stopping, and everything is done
        Job job = std::move(m_jobs.front());
        m_jobs.pop_front();
        m_busy = true;
        lock.unlock();
        const QString error = Netlink::deleteLink(job.socket.get(), job.index);
        if (!error.isEmpty())
            qWarning().noquote() << QStringLiteral("%1: %2").arg(job.name, error);
        job.socket.reset();
        lock.lock();
        m_busy = false;
        m_changed.notify_all();
    }
}

} // namespace Lifeline::Net
