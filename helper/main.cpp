// lifeline-helper: the root half of Lifeline, on the system bus.
#include "Authoriser.h"
#include "Capabilities.h"
#include "ConfigDir.h"
#include "Contract.h"
#include "HelperService.h"
#include "IdleExit.h"
#include "IsolatedLaunches.h"
#include "IsolatedNetwork.h"
#include "StartupReconcile.h"
#include "SystemdScopes.h"
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

// Each line of the start-up reconcile on its own, so every problem is seen.
void report(const StartupReconcile::Report &done)
{
    for (const QString &line : done.adopted)
        std::fprintf(stderr, "lifeline-helper: start-up: adopted %s\n", qPrintable(line));
    for (const QString &line : done.removed)
        std::fprintf(stderr, "lifeline-helper: start-up: removed %s\n", qPrintable(line));
    for (const QString &line : done.problems)
        std::fprintf(stderr, "lifeline-helper: start-up: problem: %s\n", qPrintable(line));
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
    const QCommandLineOption idleOption(
        QStringLiteral("idle-timeout"),
        QStringLiteral("Exit after SECONDS without calls while supervising nothing (no tunnel "
                       "up or connecting, no program running isolated, no request pending); "
                       "0: never (default 60)."),
        QStringLiteral("SECONDS"), QStringLiteral("60"));
    parser.addOption(idleOption);
    const QCommandLineOption launchDelayOption(
        QStringLiteral("test-hook-launch-delay"),
        QStringLiteral("TEST HOOK, for the life-cycle test only: wait MS milliseconds (at most "
                       "10000) between an isolated launch's network set-up and its program's "
                       "start, blocking every other call meanwhile, so that a test can kill the "
                       "helper in the middle of a launch. Never set it otherwise (default 0)."),
        QStringLiteral("MS"), QStringLiteral("0"));
    parser.addOption(launchDelayOption);
    parser.process(app);
    bool handshakeOk = false;
    const int handshakeSeconds = parser.value(handshakeOption).toInt(&handshakeOk);
    if (!handshakeOk || handshakeSeconds < 1 || handshakeSeconds > 600)
        return fail(QStringLiteral("--handshake-timeout takes 1 to 600 seconds"));
    bool idleOk = false;
    const int idleSeconds = parser.value(idleOption).toInt(&idleOk);
    if (!idleOk || idleSeconds < 0 || idleSeconds > 86400)
        return fail(QStringLiteral("--idle-timeout takes 0 (never) to 86400 seconds"));
    bool delayOk = false;
    const int launchDelayMs = parser.value(launchDelayOption).toInt(&delayOk);
    if (!delayOk || launchDelayMs < 0 || launchDelayMs > 10000)
        return fail(QStringLiteral("--test-hook-launch-delay takes 0 to 10000 milliseconds"));

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
    // Beside the launches' private /etc copies (helper/launch/Launch.h).
    netOptions.forwardingJournal = QStringLiteral("/run/lifeline");
    QString error;
    const auto net = Net::NetContext::create(std::move(netOptions), &error);
    if (!net)
        return fail(error);
    IsolatedLaunches launches(net.get(), QStringLiteral("/etc/resolv.conf"));
    launches.setTestDelayBeforeStart(launchDelayMs);
    // The launched programs are not the helper's service: with systemd, each
    // launch gets a scope of its own, so stopping the helper's unit never
    // kills them. Without it there is no unit to leave.
    std::unique_ptr<SystemdScopes> scopes;
    if (SystemdScopes::systemdRuns()) {
        scopes = std::make_unique<SystemdScopes>(bus);
        launches.setScopes(scopes.get());
    }

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
    // Only once the name is ours: a second instance must never take over,
    // let alone remove, what the running one supervises. Calls that come
    // meanwhile wait in the event queue, so the first one sees the result.
    // Forwarding an earlier run switched on is taken over by the launches
    // adopted below, else put back.
    for (const QString &line : net->forwarding().recover())
        std::fprintf(stderr, "lifeline-helper: start-up: %s\n", qPrintable(line));
    report(StartupReconcile::run({ configDir + QStringLiteral("/tunnels"), &tunnels,
        &net->firewall(), [&](const StartupDecision::Launch &launch) {
            return launches.adopt(launch.id, *launch.plan, launch.routing);
        } }));
    for (const QString &line : net->forwarding().settleRecovered())
        std::fprintf(stderr, "lifeline-helper: start-up: %s\n", qPrintable(line));

    IdleExit::Hooks hooks;
    hooks.busy = [&]() -> QString {
        if (service.gate().hasPending())
            return QStringLiteral("a call waits for authorisation");
        if (launches.count() > 0)
            return QStringLiteral("%1 program(s) run isolated").arg(launches.count());
        return tunnels.busyWith();
    };
    hooks.releaseName = [&] {
        const auto released = bus.interface()->unregisterService(QString::fromLatin1(ServiceName));
        return released.isValid() && released.value();
    };
    hooks.claimName = [&] {
        const auto claimed = bus.interface()->registerService(QString::fromLatin1(ServiceName),
            QDBusConnectionInterface::DontQueueService,
            QDBusConnectionInterface::DontAllowReplacement);
        return claimed.isValid() && claimed.value() == QDBusConnectionInterface::ServiceRegistered;
    };
    hooks.quit = [] { QCoreApplication::quit(); };
    IdleExit idle(idleSeconds * 1000, std::move(hooks));
    idle.watch(&service);
    QObject::connect(&tunnels, &TunnelManager::changed, &idle, &IdleExit::activity);
    QObject::connect(&launches, &IsolatedLaunches::exited, &idle, &IdleExit::activity);

    std::fprintf(stderr, "lifeline-helper %s: ready, configuration in %s\n", LIFELINE_VERSION,
                 qPrintable(configDir));
    return app.exec();
}
