// fake-lifeline-helper --bus ADDRESS [options]: see FakeHelperOptions.
// Prints "ready" once it owns the name and "launched PID" per launch.
#include "FakeHelper.h"
#include "fakehelper1adaptor.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDBusConnectionInterface>

#include <cstdio>

using namespace Lifeline;
using namespace Lifeline::Test;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    const QCommandLineOption bus("bus", "", "ADDRESS");
    const QCommandLineOption record("record", "", "FILE");
    const QCommandLineOption error("error", "", "NAME");
    const QCommandLineOption errorMessage("error-message", "", "TEXT", "refused by the fake");
    const QCommandLineOption marker("marker", "", "TEXT", "fake-helper-marker");
    const QCommandLineOption exitStatus("exit-status", "", "N", "0");
    const QCommandLineOption signal("signal", "", "N", "0");
    const QCommandLineOption strayExit("stray-exit");
    const QCommandLineOption exitBeforeReply("exit-before-reply");
    const QCommandLineOption waitForChild("wait-for-child");
    const QCommandLineOption vanish("vanish");
    const QCommandLineOption seedTunnels("seed-tunnels");
    const QCommandLineOption connectDelay("connect-delay", "", "MS", "300");
    parser.addOptions({ bus, record, error, errorMessage, marker, exitStatus, signal, strayExit,
        exitBeforeReply, waitForChild, vanish, seedTunnels, connectDelay });
    parser.process(app);

    registerContractTypes();
    QDBusConnection connection = QDBusConnection::connectToBus(parser.value(bus), "fake-helper");
    if (!connection.isConnected()) {
        std::fprintf(stderr, "fake helper: cannot connect to %s\n", qPrintable(parser.value(bus)));
        return 1;
    }
    FakeHelper helper(connection,
        { parser.value(record), parser.value(error), parser.value(errorMessage),
            parser.value(marker), parser.value(exitStatus).toInt(), parser.value(signal).toInt(),
            parser.isSet(strayExit), parser.isSet(exitBeforeReply), parser.isSet(waitForChild),
            parser.isSet(vanish), parser.isSet(seedTunnels), parser.value(connectDelay).toInt() });
    new FakeHelper1Adaptor(&helper);
    if (!connection.registerObject(QString::fromLatin1(ObjectPath), &helper)
        || !connection.registerService(QString::fromLatin1(ServiceName))) {
        std::fprintf(stderr, "fake helper: cannot serve %s\n", ServiceName);
        return 1;
    }
    std::printf("ready\n");
    std::fflush(stdout);
    return app.exec();
}
