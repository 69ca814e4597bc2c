#include "Validation.h"

#include "TunnelName.h"
#include "ValueForMessage.h"

namespace Lifeline::Validation {
namespace {

bool hasNul(const QString &text)
{
    return text.contains(QChar(0));
}

// A caller's value inside an error message: short, control characters made
// visible (valueForMessage says why).
QString shown(const QString &value)
{
    return valueForMessage(value, 60);
}

} // namespace

QString tunnelName(const QString &name)
{
    // One rule for names, kept with the store that relies on it.
    return Tunnel::checkName(name);
}

QString families(const QString &families)
{
    static const QStringList known{QString(), QStringLiteral("ipv4"), QStringLiteral("ipv6"),
                                   QStringLiteral("all")};
    if (known.contains(families))
        return {};
    return QStringLiteral("unknown families \"%1\": use ipv4, ipv6, all or nothing")
        .arg(shown(families));
}

QString isolationMode(const QString &mode)
{
    if (mode == u"ipv4-only" || mode == u"ipv6-only")
        return {};
    static const QString tunnelPrefix = QStringLiteral("tunnel:");
    if (mode.startsWith(tunnelPrefix)) {
        const QString error = tunnelName(mode.mid(tunnelPrefix.size()));
        return error.isEmpty() ? QString() : QStringLiteral("in mode \"%1\": %2").arg(shown(mode), error);
    }
    return QStringLiteral("unknown mode \"%1\": use ipv4-only, ipv6-only or tunnel:NAME")
        .arg(shown(mode));
}

QString commandLine(const QStringList &argv)
{
    if (argv.isEmpty() || argv.first().isEmpty())
        return QStringLiteral("no program was given to run");
    if (argv.size() > MaxArguments)
        return QStringLiteral("too many arguments (%1; at most %2)").arg(argv.size()).arg(MaxArguments);
    qsizetype bytes = 0;
    for (const QString &arg : argv) {
        if (hasNul(arg))
            return QStringLiteral("an argument contains a NUL byte");
        bytes += arg.toUtf8().size() + 1;
    }
    if (bytes > MaxCommandBytes)
        return QStringLiteral("the command line is longer than %1 bytes").arg(MaxCommandBytes);
    if (!argv.first().startsWith(u'/'))
        return QStringLiteral("the program \"%1\" is not an absolute path").arg(shown(argv.first()));
    return {};
}

QString environment(const StringMap &env)
{
    if (env.size() > MaxEnvironmentEntries)
        return QStringLiteral("too many environment variables (%1; at most %2)")
            .arg(env.size())
            .arg(MaxEnvironmentEntries);
    qsizetype bytes = 0;
    for (auto it = env.cbegin(); it != env.cend(); ++it) {
        if (it.key().isEmpty() || it.key().contains(u'=') || hasNul(it.key()))
            return QStringLiteral("the environment variable name \"%1\" is not valid")
                .arg(shown(it.key()));
        if (hasNul(it.value()))
            return QStringLiteral("the value of environment variable %1 contains a NUL byte")
                .arg(shown(it.key()));
        bytes += it.key().toUtf8().size() + it.value().toUtf8().size() + 2;
    }
    if (bytes > MaxCommandBytes)
        return QStringLiteral("the environment is larger than %1 bytes").arg(MaxCommandBytes);
    return {};
}

QString workingDirectory(const QString &cwd)
{
    if (cwd.isEmpty() || !cwd.startsWith(u'/') || hasNul(cwd))
        return QStringLiteral("the working directory \"%1\" is not an absolute path")
            .arg(shown(cwd));
    return {};
}

} // namespace Lifeline::Validation
