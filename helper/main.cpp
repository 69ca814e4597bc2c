// lifeline-helper: the root half of Lifeline, on the system bus.
#include "Authoriser.h"
#include "Capabilities.h"
#include "ConfigDir.h"
#include "Contract.h"
#include "HelperService.h"
#include "IsolatedLaunches.h"
#include "IsolatedNetwork.h"
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
    parser.process(app);

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

    Authoriser authoriser(bus);
    HelperService service(bus, &authoriser, {configDir, Capabilities::probe(bus), &launches});
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
