#include "Firewall.h"

#include <QDebug>

#include <linux/netlink.h>
#include <nftables/libnftables.h>

#include <dirent.h>
#include <fcntl.h>
#include <sys/socket.h>

namespace Lifeline::Net {
namespace {

// libnftables (1.0.6) opens its netlink socket without SOCK_CLOEXEC and does
// not hand it out. The context outlives any one call, so nothing the helper
// starts later may inherit it: mark every netfilter netlink socket of the
// process close-on-exec (for any other one that is only right, too).
void markNetfilterSocketsCloseOnExec()
{
    DIR *directory = opendir("/proc/self/fd");
    if (!directory)
        return;
    const int own = dirfd(directory);
    while (const dirent *entry = readdir(directory)) {
        char *end = nullptr;
        const long fd = strtol(entry->d_name, &end, 10);
        if (*end != '\0' || end == entry->d_name || fd == own)
            continue;
        int domain = 0, protocol = 0;
        socklen_t size = sizeof domain;
        if (getsockopt(int(fd), SOL_SOCKET, SO_DOMAIN, &domain, &size) != 0 || domain != AF_NETLINK)
            continue;
        size = sizeof protocol;
        if (getsockopt(int(fd), SOL_SOCKET, SO_PROTOCOL, &protocol, &size) != 0
            || protocol != NETLINK_NETFILTER)
            continue;
        const int flags = fcntl(int(fd), F_GETFD);
        if (flags >= 0 && !(flags & FD_CLOEXEC))
            fcntl(int(fd), F_SETFD, flags | FD_CLOEXEC);
    }
    closedir(directory);
}

} // namespace

void NftablesBackend::ContextDeleter::operator()(nft_ctx *context) const
{
    nft_ctx_free(context);
}

NftablesBackend::NftablesBackend()
{
    open();
}

NftablesBackend::~NftablesBackend() = default;

void NftablesBackend::open()
{
    m_context.reset(nft_ctx_new(NFT_CTX_DEFAULT));
    if (!m_context)
        return;
    markNetfilterSocketsCloseOnExec();
    // Capture nft's messages instead of letting it print to our stderr.
    nft_ctx_buffer_output(m_context.get());
    nft_ctx_buffer_error(m_context.get());
}

QString NftablesBackend::apply(const QString &script)
{
    if (!m_context)
        open();
    if (!m_context)
        return QStringLiteral("libnftables could not be initialised");
    const QByteArray text = script.toUtf8();
    const int result = nft_run_cmd_from_buffer(m_context.get(), text.constData());
    // Reading a buffer rewinds it: nothing piles up between calls.
    nft_ctx_get_output_buffer(m_context.get());
    const QString detail = QString::fromUtf8(nft_ctx_get_error_buffer(m_context.get())).trimmed();
    if (result == 0)
        return {};
    // Whatever went wrong (a refusal, a netlink hiccup) stays with this
    // context: the next transaction starts afresh.
    m_context.reset();
    return QStringLiteral("nftables refused the lifeline table: %1")
        .arg(detail.isEmpty() ? QStringLiteral("no reason given") : detail);
}

Firewall::Firewall(std::unique_ptr<RulesetBackend> backend)
    : m_backend(std::move(backend))
{
}

QString Firewall::add(const LaunchRules &launch)
{
    QList<LaunchRules> next = m_launches;
    next.append(launch);
    return apply(next, m_guards);
}

QString Firewall::addGuard(const TunnelGuard &guard)
{
    QList<TunnelGuard> next = m_guards;
    next.removeIf([&](const TunnelGuard &old) { return old.interface == guard.interface; });
    next.append(guard);
    return apply(m_launches, next);
}

QString Firewall::removeGuard(const QString &interface)
{
    QList<TunnelGuard> next = m_guards;
    next.removeIf([&](const TunnelGuard &guard) { return guard.interface == interface; });
    const QString error = apply(m_launches, next);
    m_guards = next; // as remove(): gone with the next transaction that succeeds
    return error;
}

QString Firewall::remove(const QString &id)
{
    QList<LaunchRules> next = m_launches;
    next.removeIf([&](const LaunchRules &launch) { return launch.id == id; });
    const QString error = apply(next, m_guards);
    // A launch that is gone must not come back with the next change: its
    // rules vanish with the next transaction that succeeds.
    m_launches = next;
    return error;
}

QString Firewall::reconcile()
{
    return apply(m_launches, m_guards);
}

QString Firewall::adopt(const LaunchRules &launch)
{
    QList<LaunchRules> next = m_launches;
    next.append(launch);
    // Rendered for its checks only (a duplicate id, a bad address).
    QString error;
    if (NftRuleset::render(next, &error, m_guards).isEmpty())
        return error;
    m_launches = next;
    return {};
}

QString Firewall::apply(const QList<LaunchRules> &launches, const QList<TunnelGuard> &guards)
{
    QString error;
    const QString script = NftRuleset::render(launches, &error, guards);
    if (script.isEmpty())
        return error;
    error = m_backend->apply(script);
    if (error.isEmpty()) {
        m_launches = launches;
        m_guards = guards;
    }
    return error;
}

std::unique_ptr<FirewallEntry> FirewallEntry::add(Firewall &firewall, const LaunchRules &launch,
                                                  QString *error)
{
    const QString why = firewall.add(launch);
    if (!why.isEmpty()) {
        if (error)
            *error = why;
        return nullptr;
    }
    return std::unique_ptr<FirewallEntry>(new FirewallEntry(firewall, launch.id));
}

std::unique_ptr<FirewallEntry> FirewallEntry::adopt(Firewall &firewall, const LaunchRules &launch,
                                                    QString *error)
{
    const QString why = firewall.adopt(launch);
    if (!why.isEmpty()) {
        if (error)
            *error = why;
        return nullptr;
    }
    return std::unique_ptr<FirewallEntry>(new FirewallEntry(firewall, launch.id));
}

FirewallEntry::~FirewallEntry()
{
    const QString error = m_firewall.remove(m_id);
    if (!error.isEmpty())
        qWarning().noquote() << QStringLiteral("could not remove the rules of launch %1: %2")
                                    .arg(m_id, error);
}

} // namespace Lifeline::Net
