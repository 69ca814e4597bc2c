#include "TunnelCreateCommand.h"

#include "Contract.h"
#include "ExitCodes.h"
#include "HelperCall.h"
#include "Output.h"
#include "ServerSetup.h"

#include <QCoreApplication>
#include <QDBusPendingCallWatcher>
#include <QDBusPendingReply>

namespace Lifeline {

namespace {

// Only what was given: the helper's defaults stand for the rest.
QVariantMap createSettings(const TunnelRequest &request)
{
    QVariantMap settings {
        { QStringLiteral("endpoint"), request.endpoint },
        { QStringLiteral("peer-public-key"), request.serverKey },
        { QStringLiteral("addresses"), request.addresses },
    };
    if (!request.allowedIps.isEmpty())
        settings.insert(QStringLiteral("allowed-ips"), request.allowedIps);
    if (!request.dns.isEmpty())
        settings.insert(QStringLiteral("dns"), request.dns);
    return settings;
}

ServerSetup::Tunnel serverSide(const TunnelRequest &request, const QString &publicKey)
{
    ServerSetup::Tunnel tunnel;
    tunnel.name = request.name;
    tunnel.endpoint = request.endpoint;
    tunnel.addresses = request.addresses;
    tunnel.allowedIps = request.allowedIps.isEmpty() ? defaultAllowedIps() : request.allowedIps;
    tunnel.clientPublicKey = publicKey;
    return tunnel;
}

void print(const TunnelRequest &request, const QString &publicKey,
    const ServerSetup::Setup &setup, bool asJson)
{
    if (asJson) {
        Output::json(QVariantMap {
            { QStringLiteral("name"), request.name },
            { QStringLiteral("public-key"), publicKey },
            { QStringLiteral("server-config"), setup.config },
            { QStringLiteral("server-commands"), setup.commands },
        });
        return;
    }
    Output::line(QCoreApplication::translate("lifelinectl",
        "Created tunnel %1. Its public key, for the server:\n  %2\n")
                     .arg(request.name, publicKey));
    Output::line(QCoreApplication::translate("lifelinectl",
        "The server's WireGuard configuration (put the server's private key in place of "
        "%1):\n")
                     .arg(QLatin1String(ServerSetup::PrivateKeyPlaceholder)));
    Output::line(setup.config);
    Output::line(QCoreApplication::translate("lifelinectl", "Commands for the server (Debian):\n"));
    Output::line(setup.commands);
    Output::line(QCoreApplication::translate(
        "lifelinectl", "Once the server runs it, connect with: lifelinectl tunnel up %1")
                     .arg(request.name));
}

} // namespace

void runTunnelCreate(const QDBusConnection &bus, const TunnelRequest &request, bool asJson,
    std::function<void(int)> done)
{
    const QDBusPendingCall call = callHelper(bus, QStringLiteral("CreateTunnel"),
        { request.name, createSettings(request) }, Authorisation::Interactive);
    whenFinished(call, qApp, [request, asJson, done](const QDBusPendingCallWatcher &watcher) {
        const QDBusPendingReply<QString> reply = watcher;
        if (reply.isError()) {
            done(Output::tunnelFailure(reply.error()));
            return;
        }
        const QString publicKey = reply.value();
        const ServerSetup::Setup setup = ServerSetup::make(serverSide(request, publicKey));
        if (!setup.error.isEmpty()) {
            // The tunnel exists; only the server's side cannot be written out.
            Output::error(QCoreApplication::translate("lifelinectl",
                "created tunnel %1 (public key %2), but cannot write the server's side: %3")
                              .arg(request.name, publicKey, setup.error));
            done(Exit::Failed);
            return;
        }
        print(request, publicKey, setup, asJson);
        done(Exit::Ok);
    });
}

} // namespace Lifeline
