#include "StatusCommand.h"

#include "Diagnoser.h"
#include "ExitCodes.h"
#include "NetworkProber.h"
#include "Output.h"
#include "StatusFormat.h"

#include <QCoreApplication>
#include <QDBusConnection>

namespace Lifeline {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Lifeline", text);
}

bool parseTimeout(const QString &text, Invocation &invocation)
{
    bool ok = false;
    const int value = text.toInt(&ok);
    if (!ok || value < Diagnosis::ProbeTargets::MinTimeoutMs
        || value > Diagnosis::ProbeTargets::MaxTimeoutMs) {
        invocation = usageError(tr("--timeout needs milliseconds from %1 to %2, not \"%3\"")
                                    .arg(Diagnosis::ProbeTargets::MinTimeoutMs)
                                    .arg(Diagnosis::ProbeTargets::MaxTimeoutMs)
                                    .arg(text));
        return false;
    }
    invocation.statusTimeoutMs = value;
    return true;
}

void print(const Diagnosis::Report &report, bool asJson)
{
    if (asJson) {
        Output::json(StatusFormat::json(report));
        return;
    }
    Output::line(report.sentence);
    Output::line(QString());
    if (const QString tunnel = StatusFormat::tunnelLine(report.findings.tunnel); !tunnel.isEmpty())
        Output::line(tunnel);
    for (const QString &line : StatusFormat::table(report.findings))
        Output::line(line);
}

} // namespace

Invocation parseStatus(const QStringList &arguments, bool json)
{
    Invocation invocation;
    invocation.kind = Invocation::Kind::Status;
    invocation.json = json;
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        const QString &argument = arguments.at(i);
        if (argument == u"--help" || argument == u"-h") {
            invocation.kind = Invocation::Kind::StatusHelp;
            return invocation;
        }
        if (argument == u"--json") {
            invocation.json = true;
        } else if (argument == u"--timeout") {
            if (i + 1 >= arguments.size())
                return usageError(tr("--timeout needs a number of milliseconds"));
            if (!parseTimeout(arguments.at(++i), invocation))
                return invocation;
        } else if (argument.startsWith(u"--timeout=")) {
            if (!parseTimeout(argument.mid(10), invocation))
                return invocation;
        } else {
            return usageError(
                tr("status takes no argument \"%1\"; see lifelinectl status --help").arg(argument));
        }
    }
    return invocation;
}

QString statusHelpText()
{
    return tr("Usage: lifelinectl status [--json] [--timeout MS]\n"
              "\n"
              "Checks the connection once, as the tray icon does, and says in a sentence\n"
              "what is broken, then per family (IPv4, IPv6): whether there is a default\n"
              "route, whether DNS answers (A and AAAA), whether TCP connections and a web\n"
              "request to fixed addresses pass, whether a big transfer gets through (if\n"
              "not, pages hang: a packet-size problem), and, while the backup connection\n"
              "carries a family, whether it works through the tunnel and natively.\n"
              "\n"
              "  --json           print the verdict and findings as JSON\n"
              "  --timeout MS     how long each probe may take (default: the setting\n"
              "                   probes/timeout-ms, else 2500)\n"
              "  -h, --help       show this help\n"
              "\n"
              "Where probes go is set in the [probes] group of the tray app's settings,\n"
              "$XDG_CONFIG_HOME/lifeline/lifeline.conf (usually ~/.config/lifeline/).\n"
              "\n"
              "Exit status: 0 everything works (also while the backup connection covers\n"
              "a broken family), 2 something is broken (the sentence says what), 64 the\n"
              "command line was wrong.\n");
}

void runStatus(const Invocation &invocation, std::function<void(int)> done)
{
    QStringList errors;
    Diagnosis::ProbeTargets targets = Diagnosis::ProbeTargets::fromSettings(&errors);
    for (const QString &error : std::as_const(errors))
        Output::error(tr("ignoring a probe setting: %1").arg(error));
    if (invocation.statusTimeoutMs > 0)
        targets.timeoutMs = invocation.statusTimeoutMs;

    // No system bus only means no tunnel can be asked about; the probes still run.
    auto *diagnoser = new Diagnosis::Diagnoser(
        new Diagnosis::NetworkProber(QDBusConnection::systemBus()), targets, qApp);
    const bool asJson = invocation.json;
    QObject::connect(diagnoser, &Diagnosis::Diagnoser::checked, diagnoser,
        [asJson, done](const Diagnosis::Report &report) {
            print(report, asJson);
            done(Diagnosis::everythingWorks(report.verdict, report.findings) ? Exit::Ok
                                                                             : Exit::Broken);
        });
    diagnoser->checkNow();
}

} // namespace Lifeline
