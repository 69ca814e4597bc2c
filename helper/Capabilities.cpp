#include "Capabilities.h"

#include "Backend.h"

#include <QDBusConnectionInterface>
#include <QStandardPaths>

#include <nftables/libnftables.h>

#include <memory>

namespace Lifeline::Capabilities {
namespace {

using NftContext = std::unique_ptr<nft_ctx, decltype(&nft_ctx_free)>;

} // namespace

bool kernelWireGuard()
{
    // The same test the tunnels use: the genl family alone says nothing
    // before the module is loaded, and may be there where links are blocked.
    QString why;
    return WireGuard::decide(WireGuard::systemProbes(), WireGuard::Preference::Kernel, &why)
        == WireGuard::Choice::Kernel;
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
