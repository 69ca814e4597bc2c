#include "TunnelCommandLine.h"

#include <QCoreApplication>

namespace Lifeline {

namespace {

using Action = TunnelRequest::Action;

// Up to a day: longer than anyone waits at a prompt, and well inside QTimer's range.
constexpr int MaxTimeoutSeconds = 24 * 60 * 60;

struct Subcommand {
    const char16_t *name;
    Action action;
    int arguments; // how many positional arguments it takes
    bool json; // whether it can print JSON
};

constexpr Subcommand Subcommands[] = {
    { u"import", Action::Import, 2, false },
    { u"remove", Action::Remove, 1, false },
    { u"list", Action::List, 0, true },
    { u"show", Action::Show, 1, true },
    { u"up", Action::Up, 1, false },
    { u"down", Action::Down, 1, false },
    { u"set", Action::Set, 2, false },
    { u"create", Action::Create, 1, true },
};

// The helper's own bounds (TunnelSettings), checked here too so a typo is a
// usage error that never asks polkit for anything.
constexpr int MinimumMtu = 576;
constexpr int MaximumMtu = 9000;

// `tunnel set`'s SETTING: mtu=auto, mtu=NUMBER or mtu=config, nothing else.
QString takeSetting(TunnelRequest &request, const QString &setting)
{
    if (!setting.startsWith(u"mtu="))
        return QCoreApplication::translate("lifelinectl",
            "tunnel set knows only mtu=auto, mtu=NUMBER and mtu=config, not \"%1\"; see "
            "lifelinectl tunnel set --help")
            .arg(setting);
    const QString value = setting.mid(4);
    if (value == u"config") {
        request.mtu = QStringLiteral(""); // SetTunnelMtu's "": no setting
        return {};
    }
    bool digits = !value.isEmpty() && value.size() <= 4 && value.front() != u'0';
    for (const QChar c : value)
        digits = digits && c >= u'0' && c <= u'9';
    if (value != u"auto" && (!digits || value.toInt() < MinimumMtu || value.toInt() > MaximumMtu))
        return QCoreApplication::translate(
            "lifelinectl", "mtu= takes auto, config or a whole number from %1 to %2, not \"%3\"")
            .arg(MinimumMtu)
            .arg(MaximumMtu)
            .arg(value);
    request.mtu = value;
    return {};
}

const Subcommand *findSubcommand(const QString &name)
{
    for (const Subcommand &subcommand : Subcommands) {
        if (name == QStringView(subcommand.name))
            return &subcommand;
    }
    return nullptr;
}

// The options of `tunnel up`. Returns an error for the person, or nothing.
QString takeUpOption(TunnelRequest &request, const QStringList &arguments, qsizetype &i)
{
    const QString &argument = arguments.at(i);
    if (argument == u"--ipv4" || argument == u"--ipv6" || argument == u"--all") {
        // A second family is a mistake to point out, not a silent override.
        if (!request.families.isEmpty())
            return QCoreApplication::translate(
                "lifelinectl", "tunnel up takes at most one of --ipv4, --ipv6 and --all");
        request.families = argument.mid(2);
        return {};
    }
    if (argument == u"--no-wait") {
        request.wait = false;
        return {};
    }
    QString seconds;
    if (argument == u"--timeout") {
        if (i + 1 >= arguments.size())
            return QCoreApplication::translate(
                "lifelinectl", "--timeout needs a number of seconds");
        seconds = arguments.at(++i);
    } else if (argument.startsWith(u"--timeout=")) {
        seconds = argument.mid(10);
    } else {
        return QCoreApplication::translate(
            "lifelinectl", "tunnel up has no option \"%1\"; see lifelinectl tunnel up --help")
            .arg(argument);
    }
    bool ok = false;
    const int value = seconds.toInt(&ok);
    if (!ok || value < 0 || value > MaxTimeoutSeconds)
        return QCoreApplication::translate(
            "lifelinectl", "--timeout takes whole seconds from 0 (no limit) to %1, not \"%2\"")
            .arg(MaxTimeoutSeconds)
            .arg(seconds);
    request.timeoutSeconds = value;
    return {};
}

// The options of `tunnel create`: --endpoint and --server-key once each,
// --address, --allowed-ip and --dns as often as needed; "--x VALUE" or "--x=VALUE".
QString takeCreateOption(TunnelRequest &request, const QStringList &arguments, qsizetype &i)
{
    const QString &argument = arguments.at(i);
    const qsizetype equals = argument.indexOf(u'=');
    const QString option = equals < 0 ? argument : argument.left(equals);
    QString *single = option == u"--endpoint" ? &request.endpoint
        : option == u"--server-key"           ? &request.serverKey
                                              : nullptr;
    QStringList *list = option == u"--address" ? &request.addresses
        : option == u"--allowed-ip"            ? &request.allowedIps
        : option == u"--dns"                   ? &request.dns
                                               : nullptr;
    if (!single && !list)
        return QCoreApplication::translate("lifelinectl",
            "tunnel create has no option \"%1\"; see lifelinectl tunnel create --help")
            .arg(argument);
    QString value;
    if (equals >= 0)
        value = argument.mid(equals + 1);
    else if (i + 1 < arguments.size())
        value = arguments.at(++i);
    if (value.isEmpty())
        return QCoreApplication::translate("lifelinectl", "%1 needs a value").arg(option);
    if (single && !single->isEmpty())
        return QCoreApplication::translate("lifelinectl", "tunnel create takes %1 only once")
            .arg(option);
    if (single)
        *single = value;
    else
        list->append(value);
    return {};
}

// What the helper cannot make a tunnel without; missing, it is a usage error
// that never asks polkit for anything.
QString checkCreate(const TunnelRequest &request)
{
    if (request.endpoint.isEmpty())
        return QCoreApplication::translate("lifelinectl",
            "tunnel create needs --endpoint HOST:PORT (the server); see lifelinectl tunnel "
            "create --help");
    if (request.serverKey.isEmpty())
        return QCoreApplication::translate("lifelinectl",
            "tunnel create needs --server-key KEY (the server's public key); see lifelinectl "
            "tunnel create --help");
    if (request.addresses.isEmpty())
        return QCoreApplication::translate("lifelinectl",
            "tunnel create needs at least one --address CIDR (this computer's address in the "
            "tunnel); see lifelinectl tunnel create --help");
    return {};
}

QString takeOption(Invocation &invocation, const Subcommand &subcommand,
    const QStringList &arguments, qsizetype &i)
{
    const QString &argument = arguments.at(i);
    if (argument == u"--json" && subcommand.json) {
        invocation.json = true;
        return {};
    }
    if (subcommand.action == Action::Up)
        return takeUpOption(invocation.tunnel, arguments, i);
    if (subcommand.action == Action::Create)
        return takeCreateOption(invocation.tunnel, arguments, i);
    return QCoreApplication::translate(
        "lifelinectl", "tunnel %1 has no option \"%2\"; see lifelinectl tunnel %1 --help")
        .arg(QStringView(subcommand.name), argument);
}

// Checks the positional arguments and moves them into the request.
QString takeArguments(
    TunnelRequest &request, const Subcommand &subcommand, const QStringList &arguments)
{
    const QString name = QString::fromUtf16(subcommand.name);
    if (arguments.size() != subcommand.arguments) {
        switch (subcommand.arguments) {
        case 0:
            return QCoreApplication::translate(
                "lifelinectl", "tunnel %1 takes no arguments; see lifelinectl tunnel %1 --help")
                .arg(name);
        case 1:
            return QCoreApplication::translate("lifelinectl",
                "tunnel %1 needs the name of one tunnel; see lifelinectl tunnel %1 --help")
                .arg(name);
        default:
            if (subcommand.action == Action::Set)
                return QCoreApplication::translate("lifelinectl",
                    "tunnel set needs a NAME and mtu=auto, mtu=NUMBER or mtu=config; see lifelinectl "
                    "tunnel set --help");
            return QCoreApplication::translate("lifelinectl",
                "tunnel %1 needs a NAME and a FILE (- for standard input); see "
                "lifelinectl tunnel %1 --help")
                .arg(name);
        }
    }
    if (arguments.isEmpty())
        return {};
    request.name = arguments.at(0);
    if (!isValidTunnelName(request.name))
        return QCoreApplication::translate(
            "lifelinectl", "\"%1\" is not a tunnel name (1 to 12 of a-z, 0-9 and -)")
            .arg(request.name);
    if (subcommand.action == Action::Set)
        return takeSetting(request, arguments.at(1));
    request.file = arguments.value(1);
    if (subcommand.action == Action::Import && request.file.isEmpty())
        return QCoreApplication::translate(
            "lifelinectl", "tunnel import needs a FILE (- for standard input)");
    return {};
}

} // namespace

Invocation parseTunnel(const QStringList &arguments, bool json)
{
    Invocation invocation;
    if (arguments.isEmpty())
        return usageError(QCoreApplication::translate("lifelinectl",
            "tunnel needs one of import, create, remove, list, show, up, down and set; see "
            "lifelinectl tunnel --help"));
    const QString &first = arguments.first();
    if (first == u"--help" || first == u"-h") {
        invocation.kind = Invocation::Kind::TunnelHelp;
        return invocation;
    }
    const Subcommand *subcommand = findSubcommand(first);
    if (subcommand == nullptr)
        return usageError(QCoreApplication::translate(
            "lifelinectl", "tunnel has no command \"%1\"; see lifelinectl tunnel --help")
                              .arg(first));

    invocation.kind = Invocation::Kind::Tunnel;
    invocation.json = json;
    invocation.tunnel.action = subcommand->action;
    QStringList positional;
    bool optionsEnded = false;
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString &argument = arguments.at(i);
        if (optionsEnded || !isOption(argument)) {
            positional.append(argument);
        } else if (argument == u"--") {
            optionsEnded = true;
        } else if (argument == u"--help" || argument == u"-h") {
            invocation.kind = Invocation::Kind::TunnelHelp;
            return invocation;
        } else if (const QString error = takeOption(invocation, *subcommand, arguments, i);
                   !error.isEmpty()) {
            return usageError(error);
        }
    }
    if (invocation.json && !subcommand->json)
        return usageError(QCoreApplication::translate(
            "lifelinectl", "tunnel %1 does not print JSON; see lifelinectl tunnel --help")
                              .arg(QStringView(subcommand->name)));
    if (const QString error = takeArguments(invocation.tunnel, *subcommand, positional);
        !error.isEmpty())
        return usageError(error);
    if (subcommand->action == Action::Create) {
        if (const QString error = checkCreate(invocation.tunnel); !error.isEmpty())
            return usageError(error);
    }
    return invocation;
}

} // namespace Lifeline
