#include "TrayCommandLine.h"

#include <QCommandLineParser>

namespace Lifeline::Tray {

namespace {

const QString AutostartOption = QStringLiteral("autostart");
const QString RunPickerOption = QStringLiteral("run-picker");

} // namespace

QStringList TrayCommandLine::pickerModes()
{
    return { QStringLiteral("ipv4-only"), QStringLiteral("ipv6-only"), QStringLiteral("tunnel") };
}

void TrayCommandLine::describe(QCommandLineParser &parser)
{
    parser.setApplicationDescription(
        tr("Shows in the system tray whether the internet works, in plain words, and fixes a "
           "half-broken connection in one click: a backup connection for the broken part, "
           "programs run with IPv4 or IPv6 only, and a repair for pages that stall.\n\n"
           "Settings: $XDG_CONFIG_HOME/lifeline/lifeline.conf. Only one Lifeline runs per "
           "session; starting it again shows the running one's menu."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOption({ AutostartOption,
        tr("Started by the session at log-in: does nothing when Lifeline runs already, or when "
           "\"Start Lifeline when I log in\" is off in the settings.") });
    parser.addOption({ RunPickerOption,
        tr("Opens the window that picks a program to run with IPv4 only (ipv4-only), with IPv6 "
           "only (ipv6-only), or through the backup connection (tunnel); in the running "
           "Lifeline if there is one."),
        tr("MODE") });
}

TrayCommandLine TrayCommandLine::parse(
    QCommandLineParser &parser, const QStringList &arguments, QString *error)
{
    error->clear();
    TrayCommandLine line;
    if (!parser.parse(arguments)) {
        *error = tr("%1 See --help.").arg(parser.errorText());
        return line;
    }
    if (const QStringList positional = parser.positionalArguments(); !positional.isEmpty()) {
        *error
            = tr("takes no arguments, but was given \"%1\"; see --help").arg(positional.join(u' '));
        return line;
    }
    const bool autostart = parser.isSet(AutostartOption);
    const bool picker = parser.isSet(RunPickerOption);
    if (autostart && picker) {
        *error = tr("--autostart and --run-picker do not go together; see --help");
        return line;
    }
    if (picker) {
        const QStringList values = parser.values(RunPickerOption);
        if (values.size() > 1) {
            *error = tr("--run-picker was given more than once; see --help");
            return line;
        }
        const QString mode = values.constFirst();
        if (!pickerModes().contains(mode)) {
            *error = tr("--run-picker does not know the mode \"%1\"; it takes %2")
                         .arg(mode, pickerModes().join(QStringLiteral(", ")));
            return line;
        }
        line.start = Start::Picker;
        line.pickerMode = mode;
    } else if (autostart) {
        line.start = Start::Autostart;
    }
    return line;
}

} // namespace Lifeline::Tray
