// What the person asked lifelinectl to do, parsed from its arguments.
// Parsing is by hand so that everything after COMMAND reaches the program
// untouched (like env(1) or nice(1)) and usage errors get our own exit code.
#pragma once

#include <QString>
#include <QStringList>

namespace Lifeline {

struct Invocation {
    enum class Kind {
        Help,
        RunHelp,
        Version,
        Info,
        Run,
        UsageError,
    };
    Kind kind = Kind::UsageError;
    bool json = false; // info: print JSON
    QString mode; // run: ipv4-only, ipv6-only or tunnel:NAME
    QStringList command; // run: COMMAND [ARGS...], exactly as given
    QString error; // UsageError: what was wrong, for the person
};

// `arguments` excludes the program name.
Invocation parseCommandLine(const QStringList &arguments);

// A tunnel name as the helper accepts it: 1-12 of [a-z0-9-].
bool isValidTunnelName(const QString &name);

QString helpText();
QString runHelpText();

} // namespace Lifeline
