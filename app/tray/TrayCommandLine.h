// What this start of `lifeline` is for, from its command line:
//   lifeline                       the tray (or show the running one's menu)
//   lifeline --autostart           the session's log-in start: quiet when one runs
//   lifeline --run-picker MODE     the program picker (the launcher's actions)
// The options are declared here, so --help, main() and the unit test agree.
#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

class QCommandLineParser;

namespace Lifeline::Tray {

struct TrayCommandLine {
    // The context main() has always used, so existing translations still apply.
    Q_DECLARE_TR_FUNCTIONS(lifeline)

public:
    // EX_USAGE (sysexits.h), as lifelinectl: a bad option, argument or MODE.
    static constexpr int UsageExit = 64;

    enum class Start { Normal, Autostart, Picker };
    Start start = Start::Normal;
    QString pickerMode; // Picker: one of pickerModes()

    // ipv4-only, ipv6-only, tunnel (through the backup connection).
    static QStringList pickerModes();
    // The description and options, --help and --version included.
    static void describe(QCommandLineParser &parser);
    // `arguments` as QCoreApplication::arguments() gives them (program first).
    // On a mistake `error` says what was wrong, naming it.
    static TrayCommandLine parse(
        QCommandLineParser &parser, const QStringList &arguments, QString *error);
};

} // namespace Lifeline::Tray
