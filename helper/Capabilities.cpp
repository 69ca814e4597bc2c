#include "Capabilities.h"

#include <QDBusConnectionInterface>
#include <QStandardPaths>

#include <netlink/genl/ctrl.h>
#include <netlink/genl/genl.h>
#include <netlink/socket.h>
#include <nftables/libnftables.h>

#include <memory>

namespace Lifeline::Capabilities {
namespace {

using NlSocket = std::unique_ptr<nl_sock, decltype(&nl_socket_free)>;
using NftContext = std::unique_ptr<nft_ctx, decltype(&nft_ctx_free)>;

} // namespace

bool kernelWireGuard()
{
    NlSocket socket(nl_socket_alloc(), &nl_socket_free);
    if (!socket || genl_connect(socket.get()) < 0)
        return false;
    return genl_ctrl_resolve(socket.get(), "wireguard") >= 0;
}

QString wireGuardGo()
{
    return QStandardPaths::findExecutable(QStringLiteral("wireguard-go"));
}

bool nftables()
{
    NftContext context(nft_ctx_new(NFT_CTX_DEFAULT), &nft_ctx_free);
    if (!context)
        return false;
    // Keep the listing out of the helper's stdout.
    nft_ctx_buffer_output(context.get());
    nft_ctx_buffer_error(context.get());
    char command[] = "list tables";
    return nft_run_cmd_from_buffer(context.get(), command) == 0;
}

bool resolved(const QDBusConnection &bus)
{
    const auto *interface = bus.interface();
    return interface && interface->isServiceRegistered(QStringLiteral("org.freedesktop.resolve1"));
}

QVariantMap probe(const QDBusConnection &bus)
{
    return {
        {QStringLiteral("wireguard-kernel"), kernelWireGuard()},
        {QStringLiteral("wireguard-userspace"), !wireGuardGo().isEmpty()},
        {QStringLiteral("nftables"), nftables()},
        {QStringLiteral("resolved"), resolved(bus)},
    };
}

} // namespace Lifeline::Capabilities
