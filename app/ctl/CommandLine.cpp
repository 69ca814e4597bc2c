#include "CommandLine.h"

#include "MtuCommand.h"
#include "StatusCommand.h"
#include "TunnelCommandLine.h"

#include <QCoreApplication>

namespace Lifeline {

namespace {

Invocation parseInfo(const QStringList &arguments, bool json)
{
    Invocation invocation;
    invocation.kind = Invocation::Kind::Info;
    invocation.json = json;
    for (const QString &argument : arguments) {
        if (argument == u"--json")
            invocation.json = true;
        else if (argument == u"--help" || argument == u"-h")
            invocation.kind = Invocation::Kind::Help;
        else
            return usageError(QCoreApplication::translate(
                "lifelinectl", "info takes no argument \"%1\"; see --help")
                                  .arg(argument));
    }
    return invocation;
}

// Sets `mode` once; a second mode is a usage error, not a silent override.
bool takeMode(Invocation &invocation, const QString &mode)
{
    if (!invocation.mode.isEmpty()) {
        invocation = usageError(QCoreApplication::translate(
            "lifelinectl", "run takes exactly one of --ipv4-only, --ipv6-only and --tunnel"));
        return false;
    }
    invocation.mode = mode;
    return true;
}

Invocation parseRun(const QStringList &arguments)
{
    Invocation invocation;
    invocation.kind = Invocation::Kind::Run;
    qsizetype i = 0;
    for (; i < arguments.size(); ++i) {
        const QString &argument = arguments.at(i);
        if (argument == u"--") {
            ++i;
            break;
        }
        if (!isOption(argument))
            break;
        if (argument == u"--help" || argument == u"-h") {
            invocation.kind = Invocation::Kind::RunHelp;
            return invocation;
        }
        QString tunnel;
        if (argument == u"--ipv4-only") {
            if (!takeMode(invocation, QStringLiteral("ipv4-only")))
                return invocation;
            continue;
        }
        if (argument == u"--ipv6-only") {
            if (!takeMode(invocation, QStringLiteral("ipv6-only")))
                return invocation;
            continue;
        }
        if (argument == u"--tunnel") {
            if (i + 1 >= arguments.size())
                return usageError(QCoreApplication::translate(
                    "lifelinectl", "--tunnel needs the name of a tunnel"));
            tunnel = arguments.at(++i);
        } else if (argument.startsWith(u"--tunnel=")) {
            tunnel = argument.mid(9);
        } else {
            return usageError(QCoreApplication::translate(
                "lifelinectl", "run has no option \"%1\"; see lifelinectl run --help")
                                  .arg(argument));
        }
        if (!isValidTunnelName(tunnel))
            return usageError(QCoreApplication::translate(
                "lifelinectl", "\"%1\" is not a tunnel name (1 to 12 of a-z, 0-9 and -)")
                                  .arg(tunnel));
        if (!takeMode(invocation, QStringLiteral("tunnel:") + tunnel))
            return invocation;
    }
    if (invocation.mode.isEmpty())
        return usageError(QCoreApplication::translate("lifelinectl",
            "run needs one of --ipv4-only, --ipv6-only or --tunnel NAME; see "
            "lifelinectl run --help"));
    invocation.command = arguments.mid(i);
    if (invocation.command.isEmpty() || invocation.command.constFirst().isEmpty())
        return usageError(QCoreApplication::translate(
            "lifelinectl", "run needs a command to run; see lifelinectl run --help"));
    return invocation;
}

} // namespace

Invocation usageError(const QString &error)
{
    Invocation invocation;
    invocation.kind = Invocation::Kind::UsageError;
    invocation.error = error;
    return invocation;
}

bool isOption(const QString &argument)
{
    return argument.size() > 1 && argument.startsWith(u'-');
}

bool isValidTunnelName(const QString &name)
{
    if (name.isEmpty() || name.size() > 12)
        return false;
    for (const QChar c : name) {
        if (!((c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9') || c == u'-'))
            return false;
    }
    return true;
}

Invocation parseCommandLine(const QStringList &arguments)
{
    bool json = false;
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        const QString &argument = arguments.at(i);
        if (argument == u"--help" || argument == u"-h") {
            Invocation invocation;
            invocation.kind = Invocation::Kind::Help;
            return invocation;
        }
        if (argument == u"--version" || argument == u"-v") {
            Invocation invocation;
            invocation.kind = Invocation::Kind::Version;
            return invocation;
        }
        if (argument == u"--json") {
            json = true;
            continue;
        }
        if (isOption(argument))
            return usageError(
                QCoreApplication::translate("lifelinectl", "unknown option \"%1\"; see --help")
                    .arg(argument));

        const QStringList rest = arguments.mid(i + 1);
        if (argument == u"info")
            return parseInfo(rest, json);
        if (argument == u"run") {
            if (json)
                return usageError(QCoreApplication::translate(
                    "lifelinectl", "run does not print JSON; see --help"));
            return parseRun(rest);
        }
        if (argument == u"tunnel")
            return parseTunnel(rest, json);
        if (argument == u"mtu")
            return parseMtu(rest, json);
        if (argument == u"status")
            return parseStatus(rest, json);
        return usageError(
            QCoreApplication::translate("lifelinectl", "unknown command \"%1\"; see --help")
                .arg(argument));
    }
    return usageError(QCoreApplication::translate("lifelinectl", "no command given; see --help"));
}

QString helpText()
{
    return QCoreApplication::translate("lifelinectl",
        "Usage: lifelinectl [--json] info\n"
        "       lifelinectl status [--json] [--timeout MS]\n"
        "       lifelinectl run (--ipv4-only | --ipv6-only | --tunnel NAME) [--] COMMAND "
        "[ARGS...]\n"
        "       lifelinectl tunnel (import | create | remove | list | show | up | down | set) "
        "...\n"
        "       lifelinectl mtu fix NAME\n"
        "\n"
        "Lifeline from the command line.\n"
        "\n"
        "Commands:\n"
        "  info               the helper's version and what this computer offers\n"
        "  status             check the connection once and say what is broken\n"
        "                     (lifelinectl status --help: more)\n"
        "  run                run COMMAND with a restricted connection and wait for it:\n"
        "    --ipv4-only        it sees IPv4 only (no IPv6 address, route or answer)\n"
        "    --ipv6-only        it sees IPv6 only\n"
        "    --tunnel NAME      every packet goes through tunnel NAME, or nowhere\n"
        "                     COMMAND is looked up on PATH; it gets this terminal,\n"
        "                     environment and directory; signals are passed on to it.\n"
        "  tunnel import NAME FILE   add a WireGuard (wg-quick) configuration\n"
        "  tunnel create NAME ...    make a tunnel with a new key pair and print what the\n"
        "                            server needs\n"
        "  tunnel remove NAME        delete a tunnel\n"
        "  tunnel list               all tunnels and their state\n"
        "  tunnel show NAME          everything about one tunnel\n"
        "  tunnel up NAME            connect a tunnel and wait until it is up\n"
        "  tunnel down NAME          disconnect a tunnel\n"
        "  tunnel set NAME mtu=auto|NUMBER|config  probe the MTU after every connect,\n"
        "                     fix it, or use the configuration's again\n"
        "                     (lifelinectl tunnel --help: more on tunnels)\n"
        "  mtu fix NAME       find the largest packet tunnel NAME carries and set its MTU\n"
        "                     (lifelinectl mtu --help: more)\n"
        "\n"
        "Options:\n"
        "  --json             info, status, tunnel list, show, create: print JSON\n"
        "  -h, --help         show this help (lifelinectl run --help: help on run)\n"
        "  -v, --version      show the version\n"
        "\n"
        "Exit status:\n"
        "  0      success; run: COMMAND's own exit status, 128+N when signal N killed it\n"
        "  1      the helper refused or failed (the message says why); tunnel up: the\n"
        "         tunnel failed to come up\n"
        "  2      status: something is broken (the sentence says what)\n"
        "  64     the command line was wrong\n"
        "  65     tunnel: the configuration was refused (or is too large, or not text);\n"
        "         mtu fix: the configuration names no host to probe\n"
        "  66     tunnel, mtu: there is no such tunnel, or FILE cannot be read\n"
        "  69     Lifeline's helper is not available, or stopped while COMMAND ran\n"
        "  75     tunnel up: still not up when the time to wait ran out\n"
        "  77     not authorised\n"
        "  126    COMMAND was found but cannot be run\n"
        "  127    COMMAND was not found\n");
}

QString runHelpText()
{
    return QCoreApplication::translate("lifelinectl",
        "Usage: lifelinectl run (--ipv4-only | --ipv6-only | --tunnel NAME) [--] COMMAND "
        "[ARGS...]\n"
        "\n"
        "Runs COMMAND with a restricted connection, waits for it and exits with its\n"
        "exit status (128+N when signal N killed it), so it composes like env or nice.\n"
        "\n"
        "  --ipv4-only      COMMAND sees IPv4 only: no IPv6 address, route or answer\n"
        "  --ipv6-only      COMMAND sees IPv6 only\n"
        "  --tunnel NAME    every packet of COMMAND goes through tunnel NAME; if the\n"
        "                   tunnel drops, COMMAND is cut off rather than leaked\n"
        "  -h, --help       show this help\n"
        "\n"
        "COMMAND is looked up on PATH like env does. It runs as you, with this\n"
        "terminal (standard input, output and error), environment and working\n"
        "directory. SIGINT, SIGTERM, SIGHUP and SIGQUIT sent to lifelinectl are\n"
        "passed on to COMMAND. Use -- before a COMMAND that starts with a dash.\n"
        "\n"
        "Exit status: COMMAND's, or 64 usage, 69 helper not available, 77 not\n"
        "authorised, 126 cannot run COMMAND, 127 no such command, 1 other failure.\n");
}

} // namespace Lifeline
