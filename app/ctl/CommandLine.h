// What the person asked lifelinectl to do, parsed from its arguments.
// Parsing is by hand so that everything after COMMAND reaches the program
// untouched (like env(1) or nice(1)) and usage errors get our own exit code.
#pragma once

#include <QString>
#include <QStringList>

namespace Lifeline {

// What `lifelinectl tunnel ...` asked for.
struct TunnelRequest {
    enum class Action {
        None, // TunnelHelp: the overview of all tunnel commands
        Import,
        Remove,
        List,
        Show,
        Up,
        Down,
        Set,
        Create,
    };
    Action action = Action::None;
    QString name; // all but list: the tunnel
    QString file; // import: FILE, "-" for standard input
    QString mtu; // set: "auto", a number (checked as the helper checks it), or "" (config)
    QString families; // up: ipv4, ipv6, all, or empty for what the configuration routes
    bool wait = true; // up: wait until the tunnel is up or has failed
    int timeoutSeconds = 30; // up: how long to wait once the helper took the request; 0: no limit
    // create: the settings for CreateTunnel, as given (the helper checks them)
    QString endpoint;
    QString serverKey;
    QStringList addresses;
    QStringList allowedIps; // empty: the helper's default, both families
    QStringList dns;
};

struct Invocation {
    enum class Kind {
        Help,
        RunHelp,
        TunnelHelp, // tunnel.action says which command's help, None for all
        Version,
        Info,
        Run,
        Tunnel,
        MtuHelp,
        MtuFix, // tunnel.name is the tunnel
        StatusHelp,
        Status,
        UsageError,
    };
    Kind kind = Kind::UsageError;
    bool json = false; // info, status, tunnel list and show: print JSON
    QString mode; // run: ipv4-only, ipv6-only or tunnel:NAME
    QStringList command; // run: COMMAND [ARGS...], exactly as given
    TunnelRequest tunnel;
    int statusTimeoutMs = 0; // status: --timeout, 0 for the setting
    QString error; // UsageError: what was wrong, for the person
};

// `arguments` excludes the program name.
Invocation parseCommandLine(const QStringList &arguments);

Invocation usageError(const QString &error);
// "-x" and "--x" are options; a lone "-" is an argument (stdin, by convention).
bool isOption(const QString &argument);

// A tunnel name as the helper accepts it: 1-12 of [a-z0-9-].
bool isValidTunnelName(const QString &name);

QString helpText();
QString runHelpText();

} // namespace Lifeline
