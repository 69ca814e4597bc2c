#include "LinkLabel.h"

#include <netlink/errno.h>
#include <netlink/route/link.h>

#include <net/if.h>

#include <memory>

namespace Lifeline::Net::LinkLabel {

namespace {

struct LinkDeleter {
    void operator()(rtnl_link *link) const { rtnl_link_put(link); }
};
using Link = std::unique_ptr<rtnl_link, LinkDeleter>;

QString failure(const QString &what, int error)
{
    return QStringLiteral("%1: %2").arg(what, QString::fromLocal8Bit(nl_geterror(error)));
}

} // namespace

QString set(nl_sock *socket, int index, const QString &text, Then then)
{
    // The kernel ignores an alias in the message that creates a link: it is
    // a change of its own.
    Link current(rtnl_link_alloc());
    Link change(rtnl_link_alloc());
    if (!current || !change)
        return QStringLiteral("cannot allocate a link");
    rtnl_link_set_ifindex(current.get(), index);
    rtnl_link_set_ifalias(change.get(), text.toUtf8().constData());
    if (then == Then::BringUp)
        rtnl_link_set_flags(change.get(), IFF_UP);
    if (const int result = rtnl_link_change(socket, current.get(), change.get(), 0); result < 0)
        return failure(QStringLiteral("cannot label interface %1").arg(index), result);
    return {};
}

QString read(nl_sock *socket, int index, QString *error)
{
    rtnl_link *raw = nullptr;
    if (const int result = rtnl_link_get_kernel(socket, index, nullptr, &raw); result < 0) {
        *error = failure(QStringLiteral("cannot read interface %1").arg(index), result);
        return {};
    }
    const Link link(raw);
    const char *alias = rtnl_link_get_ifalias(link.get());
    return alias ? QString::fromUtf8(alias) : QString();
}

} // namespace Lifeline::Net::LinkLabel
