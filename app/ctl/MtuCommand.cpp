#include "MtuCommand.h"

#include "ExitCodes.h"
#include "HelperCall.h"
#include "Output.h"

#include <QCoreApplication>
#include <QDBusPendingCallWatcher>
#include <QDBusPendingReply>

namespace Lifeline {

Invocation parseMtu(const QStringList &arguments, bool json)
{
    Invocation invocation;
    QStringList positional;
    for (const QString &argument : arguments) {
        if (argument == u"--help" || argument == u"-h") {
            invocation.kind = Invocation::Kind::MtuHelp;
            return invocation;
        }
        if (isOption(argument))
            return usageError(QCoreApplication::translate(
                "lifelinectl", "mtu fix has no option \"%1\"; see lifelinectl mtu --help")
                                  .arg(argument));
        positional.append(argument);
    }
    if (positional.isEmpty() || positional.first() != u"fix")
        return usageError(QCoreApplication::translate(
            "lifelinectl", "mtu needs the command fix; see lifelinectl mtu --help"));
    if (json)
        return usageError(QCoreApplication::translate(
            "lifelinectl", "mtu fix does not print JSON; see lifelinectl mtu --help"));
    if (positional.size() != 2)
        return usageError(QCoreApplication::translate(
            "lifelinectl", "mtu fix needs the name of one tunnel; see lifelinectl mtu --help"));
    if (!isValidTunnelName(positional.at(1)))
        return usageError(QCoreApplication::translate(
            "lifelinectl", "\"%1\" is not a tunnel name (1 to 12 of a-z, 0-9 and -)")
                              .arg(positional.at(1)));
    invocation.kind = Invocation::Kind::MtuFix;
    invocation.tunnel.name = positional.at(1);
    return invocation;
}

QString mtuHelpText()
{
    return QCoreApplication::translate("lifelinectl",
        "Usage: lifelinectl mtu fix NAME\n"
        "\n"
        "Finds the largest packet that passes connected tunnel NAME in both\n"
        "directions and sets the tunnel's MTU to it. Use it when small pages load\n"
        "through the tunnel but large downloads or HTTPS hang: a link on the way\n"
        "carries less than the tunnel sends, and nobody says so.\n"
        "\n"
        "The helper sends don't-fragment pings of several sizes at once through the\n"
        "tunnel to the configuration's DNS server (when the tunnel carries it), else\n"
        "to the first single address in AllowedIPs. The result is never below what\n"
        "the tunnel's address families need (1280 with IPv6, 576 with IPv4 only) and\n"
        "never above what the way to the server allows. It takes a second or so, at\n"
        "most about five. Prints the MTU before and after.\n"
        "\n"
        "Needs polkit action io.github.lifeline.fix-mtu (allowed for the active\n"
        "session, otherwise an administrator's password).\n"
        "\n"
        "Exit status: 0 MTU set, 1 the tunnel is not up or no probe came back (the\n"
        "message says why), 64 usage, 65 the configuration names no host to probe,\n"
        "66 no such tunnel, 69 helper not available, 77 not authorised.\n");
}

void runMtuFix(const QDBusConnection &bus, const QString &name, std::function<void(int)> done)
{
    // The MTU before, read first: the fix replies with the new one only.
    whenFinished(callHelper(bus, QStringLiteral("GetTunnel"), { name }, Authorisation::None), qApp,
        [bus, name, done](const QDBusPendingCallWatcher &watcher) {
            const QDBusPendingReply<QVariantMap> status = watcher;
            if (status.isError()) {
                done(Output::tunnelFailure(status.error()));
                return;
            }
            const uint before = status.value().value(QStringLiteral("mtu")).toUInt();
            whenFinished(
                callHelper(bus, QStringLiteral("FixMtu"), { name }, Authorisation::Interactive),
                qApp, [name, before, done](const QDBusPendingCallWatcher &watcher) {
                    const QDBusPendingReply<uint> reply = watcher;
                    if (reply.isError()) {
                        done(Output::tunnelFailure(reply.error()));
                        return;
                    }
                    Output::line(QCoreApplication::translate("lifelinectl", "MTU of %1: %2 -> %3")
                                     .arg(name)
                                     .arg(before)
                                     .arg(reply.value()));
                    done(Exit::Ok);
                });
        });
}

} // namespace Lifeline
