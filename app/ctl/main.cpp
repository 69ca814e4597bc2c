// lifelinectl: Lifeline from the command line.
#include "CommandLine.h"
#include "Contract.h"
#include "ExitCodes.h"
#include "InfoCommand.h"
#include "LaunchRequest.h"
#include "MtuCommand.h"
#include "Output.h"
#include "RunCommand.h"
#include "StatusCommand.h"
#include "TunnelCommandLine.h"
#include "TunnelCommands.h"
#include "TunnelConfigFile.h"

#include <QCoreApplication>
#include <QDBusConnection>
#include <QLocale>
#include <QTranslator>

#include <cstdio>
#include <optional>

using namespace Lifeline;

namespace {

std::optional<QDBusConnection> systemBus()
{
    QDBusConnection bus = QDBusConnection::systemBus();
    if (bus.isConnected())
        return bus;
    Output::error(QCoreApplication::translate("lifelinectl", "cannot reach the system bus: %1")
                      .arg(bus.lastError().message()));
    return std::nullopt;
}

// Queued, so a command that fails before the event loop runs still ends it.
void finish(int code)
{
    QMetaObject::invokeMethod(
        qApp, [code] { QCoreApplication::exit(code); }, Qt::QueuedConnection);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    app.setApplicationName(QStringLiteral("lifelinectl"));
    app.setApplicationVersion(QStringLiteral(LIFELINE_VERSION));
    // The user's language, from the .qm files built into the binary.
    QTranslator translator;
    if (translator.load(
            QLocale(), QStringLiteral("lifeline"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        app.installTranslator(&translator);
    registerContractTypes();

    const Invocation invocation = parseCommandLine(app.arguments().mid(1));
    switch (invocation.kind) {
    case Invocation::Kind::Help:
        std::fputs(qPrintable(helpText()), stdout);
        return Exit::Ok;
    case Invocation::Kind::RunHelp:
        std::fputs(qPrintable(runHelpText()), stdout);
        return Exit::Ok;
    case Invocation::Kind::TunnelHelp:
        std::fputs(qPrintable(tunnelHelpText(invocation.tunnel.action)), stdout);
        return Exit::Ok;
    case Invocation::Kind::MtuHelp:
        std::fputs(qPrintable(mtuHelpText()), stdout);
        return Exit::Ok;
    case Invocation::Kind::StatusHelp:
        std::fputs(qPrintable(statusHelpText()), stdout);
        return Exit::Ok;
    case Invocation::Kind::Version:
        Output::line(QStringLiteral("lifelinectl %1").arg(app.applicationVersion()));
        return Exit::Ok;
    case Invocation::Kind::UsageError:
        Output::error(invocation.error);
        return Exit::Usage;
    case Invocation::Kind::Info: {
        const auto bus = systemBus();
        if (!bus)
            return Exit::HelperUnavailable;
        runInfo(*bus, invocation.json, finish);
        return app.exec();
    }
    case Invocation::Kind::Run: {
        // The command is looked up first: "no such command" needs no bus.
        LaunchRequest request;
        if (const int code = prepareLaunch(invocation, request); code != Exit::Ok)
            return code;
        const auto bus = systemBus();
        if (!bus)
            return Exit::HelperUnavailable;
        RunCommand run(*bus, std::move(request), finish);
        run.start();
        return app.exec();
    }
    case Invocation::Kind::Tunnel: {
        // Read first: an unreadable or absurd file needs no bus and no password.
        TunnelConfig config;
        if (invocation.tunnel.action == TunnelRequest::Action::Import) {
            config = readTunnelConfig(invocation.tunnel.file);
            if (config.exitCode != Exit::Ok) {
                Output::error(config.error);
                return config.exitCode;
            }
        }
        const auto bus = systemBus();
        if (!bus)
            return Exit::HelperUnavailable;
        runTunnelCommand(*bus, invocation.tunnel, invocation.json, config.text, finish);
        return app.exec();
    }
    case Invocation::Kind::Status:
        runStatus(invocation, finish);
        return app.exec();
    case Invocation::Kind::MtuFix: {
        const auto bus = systemBus();
        if (!bus)
            return Exit::HelperUnavailable;
        runMtuFix(*bus, invocation.tunnel.name, finish);
        return app.exec();
    }
    }
    return Exit::Failed;
}
