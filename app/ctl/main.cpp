// lifelinectl: Lifeline from the command line.
#include "Contract.h"
#include "ExitCodes.h"
#include "InfoCommand.h"
#include "Output.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDBusConnection>

using namespace Lifeline;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    app.setApplicationName(QStringLiteral("lifelinectl"));
    app.setApplicationVersion(QStringLiteral(LIFELINE_VERSION));
    registerContractTypes();

    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "lifelinectl", "Lifeline from the command line.\n\nCommands:\n"
                       "  info    the helper's version and what this computer offers"));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption jsonOption(QStringLiteral("json"),
                                        QCoreApplication::translate("lifelinectl", "Print JSON."));
    parser.addOption(jsonOption);
    parser.addPositionalArgument(QStringLiteral("command"),
                                 QCoreApplication::translate("lifelinectl", "What to do."));
    parser.process(app);

    const QStringList arguments = parser.positionalArguments();
    const QString command = arguments.value(0);
    QDBusConnection bus = QDBusConnection::systemBus();
    if (!bus.isConnected()) {
        Output::error(QCoreApplication::translate("lifelinectl", "cannot reach the system bus: %1")
                          .arg(bus.lastError().message()));
        return Exit::HelperUnavailable;
    }
    auto finish = [](int code) { QCoreApplication::exit(code); };
    if (command == u"info" && arguments.size() == 1) {
        runInfo(bus, parser.isSet(jsonOption), finish);
    } else {
        Output::error(command.isEmpty()
                          ? QCoreApplication::translate("lifelinectl", "no command given; see --help")
                          : QCoreApplication::translate("lifelinectl", "unknown command \"%1\"; see --help")
                                .arg(arguments.join(u' ')));
        return Exit::Usage;
    }
    return app.exec();
}
