#include "KernelBackend.h"

#include "KernelMessages.h"
#include "NlHandles.h"

#include <QDebug>
#include <QScopeGuard>

#include <linux/wireguard.h>
#include <netlink/genl/ctrl.h>
#include <netlink/genl/genl.h>
#include <netlink/msg.h>
#include <netlink/route/link.h>

#include <cstring>
#include <fcntl.h>

namespace Lifeline::WireGuard {
namespace {

using Nl::Callbacks;
using Nl::Link;
using Nl::Socket;

QString failure(const QString &what, int error)
{
    return QStringLiteral("%1: %2").arg(what, QString::fromUtf8(nl_geterror(error)));
}

// The private and preshared keys must not linger in freed heap memory.
void wipe(const std::vector<KernelMessages::Message> &messages)
{
    for (const auto &message : messages) {
        nlmsghdr *header = nlmsg_hdr(message.get());
        std::memset(header, 0, header->nlmsg_len);
    }
}

Socket openSocket(int protocol, QString *error)
{
    Socket socket(nl_socket_alloc());
    if (!socket) {
        *error = QStringLiteral("cannot allocate a netlink socket");
        return nullptr;
    }
    if (const int result = nl_connect(socket.get(), protocol); result < 0) {
        *error = failure(QStringLiteral("cannot open a netlink socket"), result);
        return nullptr;
    }
    // Programs the helper launches later must not inherit it.
    fcntl(nl_socket_get_fd(socket.get()), F_SETFD, FD_CLOEXEC);
    return socket;
}

class KernelDevice : public Device {
public:
    KernelDevice(const QString &name, int ifindex, Socket route, Socket generic, int family)
        : Device(name, ifindex)
        , m_route(std::move(route))
        , m_generic(std::move(generic))
        , m_family(family)
    {
    }

    ~KernelDevice() override
    {
        Link link(rtnl_link_alloc());
        if (!link)
            return;
        rtnl_link_set_ifindex(link.get(), m_ifindex);
        if (const int result = rtnl_link_delete(m_route.get(), link.get()); result < 0)
            qWarning().noquote() << failure(
                QStringLiteral("cannot delete interface %1").arg(m_name), result);
    }

    QString configure(const DeviceConfig &config) override
    {
        QString error;
        const auto messages = KernelMessages::buildSetDevice(
            m_family, m_name, config, KernelMessages::defaultLimit(), &error);
        const auto wiped = qScopeGuard([&] { wipe(messages); });
        if (!error.isEmpty())
            return QStringLiteral("cannot configure %1: %2").arg(m_name, error);
        // Several messages when the peers do not fit one; the kernel applies
        // each as it comes, so they go one at a time, each acknowledged.
        for (const auto &message : messages) {
            int result = nl_send_auto(m_generic.get(), message.get());
            if (result >= 0)
                result = nl_wait_for_ack(m_generic.get());
            if (result < 0)
                return failure(QStringLiteral("cannot configure %1").arg(m_name), result);
        }
        return {};
    }

    std::optional<DeviceState> state(QString *error) override
    {
        auto request = KernelMessages::buildGetDevice(m_family, m_name);
        Callbacks callbacks(nl_cb_clone(nl_socket_get_cb(m_generic.get())));
        if (!request || !callbacks) {
            *error = QStringLiteral("cannot build a wireguard request");
            return std::nullopt;
        }
        Reading reading;
        nl_cb_set(callbacks.get(), NL_CB_VALID, NL_CB_CUSTOM, &KernelDevice::onReply, &reading);
        int result = nl_send_auto(m_generic.get(), request.get());
        if (result >= 0)
            result = nl_recvmsgs(m_generic.get(), callbacks.get());
        if (result < 0) {
            *error = failure(QStringLiteral("cannot read the state of %1").arg(m_name), result);
            return std::nullopt;
        }
        if (!reading.error.isEmpty()) {
            *error = reading.error;
            return std::nullopt;
        }
        return reading.device;
    }

private:
    struct Reading {
        DeviceState device;
        QString error;
    };

    static int onReply(nl_msg *message, void *argument)
    {
        auto *reading = static_cast<Reading *>(argument);
        // Keep reading to the end of the dump even after an error, so no
        // stale reply is left on the socket for the next request.
        if (reading->error.isEmpty())
            reading->error = KernelMessages::parseGetDevice(
                nlmsg_hdr(message), &reading->device.peers, &reading->device.fwmark);
        return NL_OK;
    }

    Socket m_route;
    Socket m_generic;
    int m_family;
};

} // namespace

std::unique_ptr<Backend> kernelBackend()
{
    return std::make_unique<KernelBackend>();
}

std::unique_ptr<Device> KernelBackend::create(const QString &ifname, int netnsFd, QString *error)
{
    Socket route;
    Socket generic;
    int family = -1;
    int ifindex = 0;
    const QByteArray name = ifname.toLatin1();
    const QString why = inNamespace(netnsFd, [&]() -> QString {
        QString failed;
        route = openSocket(NETLINK_ROUTE, &failed);
        if (route)
            generic = openSocket(NETLINK_GENERIC, &failed);
        if (!generic)
            return failed;
        Link link(rtnl_link_alloc());
        if (!link || rtnl_link_set_type(link.get(), "wireguard") < 0)
            return QStringLiteral("cannot allocate a wireguard link");
        rtnl_link_set_name(link.get(), name.constData());
        if (const int result = rtnl_link_add(route.get(), link.get(), NLM_F_CREATE | NLM_F_EXCL);
            result < 0)
            return failure(
                QStringLiteral("cannot create wireguard interface %1").arg(ifname), result);
        rtnl_link *raw = nullptr;
        const int found = rtnl_link_get_kernel(route.get(), 0, name.constData(), &raw);
        Link created(raw);
        if (found >= 0)
            ifindex = rtnl_link_get_ifindex(created.get());
        // The family resolves once the link exists (the module is loaded).
        family = genl_ctrl_resolve(generic.get(), WG_GENL_NAME);
        if (found < 0 || family < 0) {
            Link doomed(rtnl_link_alloc());
            rtnl_link_set_name(doomed.get(), name.constData());
            rtnl_link_delete(route.get(), doomed.get());
            return found < 0
                ? failure(QStringLiteral("cannot find the new interface %1").arg(ifname), found)
                : failure(QStringLiteral("cannot reach the kernel's wireguard family"), family);
        }
        return {};
    });
    if (!why.isEmpty()) {
        *error = why;
        return nullptr;
    }
    return std::make_unique<KernelDevice>(
        ifname, ifindex, std::move(route), std::move(generic), family);
}

std::unique_ptr<Device> adoptKernelDevice(const QString &ifname, QString *error)
{
    QString failed;
    Socket route = openSocket(NETLINK_ROUTE, &failed);
    Socket generic = route ? openSocket(NETLINK_GENERIC, &failed) : nullptr;
    if (!generic) {
        *error = failed;
        return nullptr;
    }
    const QByteArray name = ifname.toLatin1();
    rtnl_link *raw = nullptr;
    if (const int found = rtnl_link_get_kernel(route.get(), 0, name.constData(), &raw); found < 0) {
        *error = failure(QStringLiteral("cannot find interface %1").arg(ifname), found);
        return nullptr;
    }
    const Link link(raw);
    const char *type = rtnl_link_get_type(link.get());
    if (!type || qstrcmp(type, "wireguard") != 0) {
        *error = QStringLiteral("interface %1 is not a kernel WireGuard interface").arg(ifname);
        return nullptr;
    }
    const int family = genl_ctrl_resolve(generic.get(), WG_GENL_NAME);
    if (family < 0) {
        *error = failure(QStringLiteral("cannot reach the kernel's wireguard family"), family);
        return nullptr;
    }
    return std::make_unique<KernelDevice>(ifname, rtnl_link_get_ifindex(link.get()),
        std::move(route), std::move(generic), family);
}

} // namespace Lifeline::WireGuard
