// lifeline-helper: the root half of Lifeline, on the system bus.
#include "Authoriser.h"
#include "Capabilities.h"
#include "ConfigDir.h"
#include "Contract.h"
#include "HelperService.h"
#include "IsolatedLaunches.h"
#include "IsolatedNetwork.h"
#include "Netlink.h"
#include "RouteSet.h"
#include "TunnelManager.h"
#include "helper1adaptor.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDBusConnection>
#include <QDBusConnectionInterface>

#include <cstdio>
#include <sys/stat.h>

using namespace Lifeline;

namespace {

int fail(const QString &message)
{
    std::fprintf(stderr, "lifeline-helper: %s\n", qPrintable(message));
    return 1;
}

// A helper that died left its tunnels behind: their ll-* interfaces (a
// wireguard-go whose TUN goes away exits by itself) and the tagged routes
// and rules. Untagged objects are never touched.
void reconcileTunnels()
{
    QString error;
    const auto socket = Net::Netlink::open(&error);
    if (!socket) {
        std::fprintf(stderr, "lifeline-helper: cannot look for leftover tunnels: %s\n",
                     qPrintable(error));
        return;
    }
    const auto leftovers = Route::leftovers(socket.get(), &error);
    if (error.isEmpty())
        error = Route::removeLeftovers(socket.get(), leftovers);
    QStringList problems;
    if (!error.isEmpty())
        problems << error;
    error.clear();
    for (const QString &name : Net::Netlink::linkNames(socket.get(), &error)) {
        if (!name.startsWith(u"ll-"))
            continue;
        if (const QString why = Net::Netlink::deleteLink(socket.get(), name); !why.isEmpty())
            problems << why;
    }
    if (!error.isEmpty())
        problems << error;
    if (!problems.isEmpty())
        std::fprintf(stderr, "lifeline-helper: leftover tunnels: %s\n",
                     qPrintable(problems.join(QStringLiteral("; "))));
}

} // namespace

int main(int argc, char *argv[])
{
    ::umask(077);
    QCoreApplication app(argc, argv);
    app.setApplicationName(QStringLiteral("lifeline-helper"));
    app.setApplicationVersion(QStringLiteral(LIFELINE_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Lifeline's privileged helper. Started by D-Bus activation on the system bus; "
        "every privileged method is authorised by polkit."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption configDirOption(
        QStringLiteral("config-dir"),
        QStringLiteral("Keep tunnels and settings in DIR instead of /etc/lifeline (for tests)."),
        QStringLiteral("DIR"), QStringLiteral("/etc/lifeline"));
    parser.addOption(configDirOption);
    const QCommandLineOption pool4Option(
        QStringLiteral("isolation-pool-ipv4"),
        QStringLiteral("Take isolated namespaces' IPv4 subnets from CIDR (default %1).")
            .arg(QString::fromLatin1(Net::DefaultIPv4Pool)),
        QStringLiteral("CIDR"), QString::fromLatin1(Net::DefaultIPv4Pool));
    const QCommandLineOption pool6Option(
        QStringLiteral("isolation-pool-ipv6"),
        QStringLiteral("Take isolated namespaces' IPv6 subnets from CIDR (default %1).")
            .arg(QString::fromLatin1(Net::DefaultIPv6Pool)),
        QStringLiteral("CIDR"), QString::fromLatin1(Net::DefaultIPv6Pool));
    parser.addOption(pool4Option);
    parser.addOption(pool6Option);
    const QCommandLineOption handshakeOption(
        QStringLiteral("handshake-timeout"),
        QStringLiteral("Report a tunnel as failed when its server has not answered within SECONDS "
                       "(default 20)."),
        QStringLiteral("SECONDS"), QStringLiteral("20"));
    parser.addOption(handshakeOption);
    parser.process(app);
    bool handshakeOk = false;
    const int handshakeSeconds = parser.value(handshakeOption).toInt(&handshakeOk);
    if (!handshakeOk || handshakeSeconds < 1 || handshakeSeconds > 600)
        return fail(QStringLiteral("--handshake-timeout takes 1 to 600 seconds"));

    if (::geteuid() != 0)
        return fail(QStringLiteral("must run as root"));
    const QString configDir = parser.value(configDirOption);
    if (const QString error = ConfigDir::prepare(configDir); !error.isEmpty())
        return fail(error);

    registerContractTypes();
    QDBusConnection bus = QDBusConnection::systemBus();
    if (!bus.isConnected())
        return fail(QStringLiteral("cannot connect to the system bus: %1").arg(bus.lastError().message()));

    Net::NetContext::Options netOptions;
    netOptions.ipv4Pool = parser.value(pool4Option);
    netOptions.ipv6Pool = parser.value(pool6Option);
    QString error;
    const auto net = Net::NetContext::create(std::move(netOptions), &error);
    if (!net)
        return fail(error);
    IsolatedLaunches launches(net.get(), QStringLiteral("/etc/resolv.conf"));

    reconcileTunnels();
    TunnelManager::Options tunnelOptions;
    tunnelOptions.directory = configDir + QStringLiteral("/tunnels");
    tunnelOptions.systemBus = bus;
    tunnelOptions.backend = [](QString *why) { return WireGuard::chooseBackend(why); };
    tunnelOptions.handshakeTimeoutMs = handshakeSeconds * 1000;
    tunnelOptions.firewall = &net->firewall();
    TunnelManager tunnels(std::move(tunnelOptions));

    Authoriser authoriser(bus);
    HelperService service(bus, &authoriser,
                          {configDir, Capabilities::probe(bus), &launches, &tunnels});
    new Helper1Adaptor(&service);
    if (!bus.registerObject(QString::fromLatin1(ObjectPath), &service))
        return fail(QStringLiteral("cannot register %1").arg(QString::fromLatin1(ObjectPath)));
    const auto owned = bus.interface()->registerService(
        QString::fromLatin1(ServiceName), QDBusConnectionInterface::DontQueueService,
        QDBusConnectionInterface::DontAllowReplacement);
    if (!owned.isValid() || owned.value() != QDBusConnectionInterface::ServiceRegistered)
        return fail(QStringLiteral("cannot own %1 on the system bus (%2)")
                        .arg(QString::fromLatin1(ServiceName), owned.error().message()));

    std::fprintf(stderr, "lifeline-helper %s: ready, configuration in %s\n", LIFELINE_VERSION,
                 qPrintable(configDir));
    return app.exec();
}
