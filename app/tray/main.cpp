// lifeline: the tray icon. One per session (a second start hands its request
// to the first: show the menu, or open the program picker, and exits 0);
// started by the session's XDG autostart entry (`lifeline --autostart`).
#include "Contract.h"
#include "NetworkProber.h"
#include "SingleInstance.h"
#include "TrayCommandLine.h"
#include "TrayController.h"
#include "TrayWindows.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDBusConnection>
#include <QLibraryInfo>
#include <QTranslator>

#include <cstdio>

using namespace Lifeline;

namespace {

void setUpApplication()
{
    QCoreApplication::setApplicationName(QStringLiteral("lifeline"));
    QCoreApplication::setOrganizationName(QStringLiteral("lifeline"));
    QCoreApplication::setApplicationVersion(QStringLiteral(LIFELINE_VERSION));
    auto *translator = new QTranslator(QCoreApplication::instance());
    if (translator->load(QLocale(), QStringLiteral("lifeline"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        QCoreApplication::installTranslator(translator);
    auto *qtTranslator = new QTranslator(QCoreApplication::instance());
    if (qtTranslator->load(QLocale(), QStringLiteral("qtbase"), QStringLiteral("_"),
            QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qtTranslator);
}

// --help and --version need no display: answer them without one. Anything
// else is checked once QApplication has taken its own options (-display, ...).
bool wantsText(int argc, char **argv)
{
    for (int i = 1; i < argc; ++i) {
        const QByteArray argument(argv[i]);
        if (argument == "--")
            break;
        if (argument == "-h" || argument == "--help" || argument == "-?" || argument == "--help-all"
            || argument == "-v" || argument == "--version")
            return true;
    }
    return false;
}

// Without a display QApplication aborts before any option is looked at. When no
// display is set and no other platform asked for, check the options with a
// QCoreApplication and say what is wrong, the command line or the session.
bool noDisplay(int argc, char **argv)
{
    if (qEnvironmentVariableIsSet("QT_QPA_PLATFORM") || !qEnvironmentVariableIsEmpty("DISPLAY")
        || !qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY"))
        return false;
    for (int i = 1; i < argc; ++i) {
        const QByteArray argument(argv[i]);
        if (argument == "--")
            break;
        if (argument == "-platform" || argument == "--platform" || argument == "-display"
            || argument == "--display")
            return false;
    }
    return true;
}

int answerWithoutDisplay(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    setUpApplication();
    QCommandLineParser parser;
    Tray::TrayCommandLine::describe(parser);
    QString error;
    Tray::TrayCommandLine::parse(parser, QCoreApplication::arguments(), &error);
    if (!error.isEmpty()) {
        std::fprintf(stderr, "lifeline: %s\n", qPrintable(error));
        return Tray::TrayCommandLine::UsageExit;
    }
    std::fprintf(stderr, "lifeline: %s\n", qPrintable(Tray::TrayCommandLine::tr(
        "there is no display to show the tray icon on: neither DISPLAY nor WAYLAND_DISPLAY is "
        "set. Start lifeline from a graphical session.")));
    return 1;
}

int answerWithText(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    setUpApplication();
    QCommandLineParser parser;
    Tray::TrayCommandLine::describe(parser);
    parser.process(app); // prints help or version and exits
    return 0;
}

} // namespace

int main(int argc, char **argv)
{
    if (wantsText(argc, argv))
        return answerWithText(argc, argv);
    if (noDisplay(argc, argv))
        return answerWithoutDisplay(argc, argv);

    QApplication app(argc, argv);
    setUpApplication();
    QCommandLineParser parser;
    Tray::TrayCommandLine::describe(parser);
    QString error;
    const auto options = Tray::TrayCommandLine::parse(parser, QCoreApplication::arguments(), &error);
    if (!error.isEmpty()) {
        std::fprintf(stderr, "lifeline: %s\n", qPrintable(error));
        return Tray::TrayCommandLine::UsageExit;
    }
    using Start = Tray::TrayCommandLine::Start;
    // Some sessions start autostart entries the user turned off (Hidden=true).
    if (options.start == Start::Autostart && Tray::TrayWindows::autostartTurnedOff())
        return 0;
    QApplication::setQuitOnLastWindowClosed(false); // closing a window never ends the tray
    registerContractTypes();

    using Request = Tray::SingleInstance::Request;
    const Request request = options.start == Start::Picker ? Request::picker(options.pickerMode)
        : options.start == Start::Autostart                ? Request::nothing() // quiet at log-in
                                                           : Request::show();
    Tray::SingleInstance instance(Tray::SingleInstance::defaultSocketPath());
    switch (instance.claim(request, &error)) {
    case Tray::SingleInstance::Role::Secondary:
        return 0;
    case Tray::SingleInstance::Role::Failed:
        std::fprintf(stderr, "lifeline: %s\n", qPrintable(error));
        return 1;
    case Tray::SingleInstance::Role::Primary:
        break;
    }

    QStringList problems;
    const QDBusConnection bus = QDBusConnection::systemBus();
    auto *diagnoser = new Diagnosis::Diagnoser(new Diagnosis::NetworkProber(bus),
        Diagnosis::ProbeTargets::fromSettings(&problems));
    for (const QString &problem : std::as_const(problems))
        std::fprintf(stderr, "lifeline: %s\n", qPrintable(problem));

    Tray::TrayController controller(diagnoser, bus);
    QObject::connect(&instance, &Tray::SingleInstance::activated, &controller,
        &Tray::TrayController::showYourself);
    QObject::connect(&instance, &Tray::SingleInstance::pickerRequested, &controller,
        &Tray::TrayController::runPicker);
    controller.start();
    if (options.start == Start::Picker)
        controller.runPicker(options.pickerMode);
    return app.exec();
}
