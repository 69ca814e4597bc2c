#include "HelperErrors.h"

#include "Contract.h"

#include <QCoreApplication>

namespace Lifeline {

Failure classify(const QDBusError &error)
{
    const QString name = error.name();
    if (name == QLatin1String(Error::AccessDenied)
        || name == QLatin1String("org.freedesktop.DBus.Error.InteractiveAuthorizationRequired"))
        return Failure::NotAuthorised;
    if (name == QLatin1String("org.freedesktop.DBus.Error.ServiceUnknown")
        || name == QLatin1String("org.freedesktop.DBus.Error.NameHasNoOwner")
        || name == QLatin1String("org.freedesktop.DBus.Error.NoServer")
        || name == QLatin1String("org.freedesktop.DBus.Error.Disconnected")
        || name == QLatin1String("org.freedesktop.DBus.Error.Spawn.ChildExited")
        || name == QLatin1String("org.freedesktop.DBus.Error.Spawn.ExecFailed")
        || name == QLatin1String("org.freedesktop.DBus.Error.TimedOut")
        || name == QLatin1String("org.freedesktop.DBus.Error.NoReply"))
        return Failure::HelperUnavailable;
    if (name == QLatin1String(Error::InvalidArgument))
        return Failure::InvalidArgument;
    if (name == QLatin1String(Error::NotFound))
        return Failure::NotFound;
    if (name == QLatin1String(Error::Busy))
        return Failure::Busy;
    if (name == QLatin1String(Error::Unavailable))
        return Failure::Unavailable;
    return Failure::Other;
}

QString describe(const QDBusError &error)
{
    const QString detail = error.message();
    switch (classify(error)) {
    case Failure::NotAuthorised:
        return QCoreApplication::translate("HelperErrors", "You are not allowed to do this (%1).").arg(detail);
    case Failure::HelperUnavailable:
        return QCoreApplication::translate("HelperErrors",
                                           "Lifeline's system helper is not available (%1). "
                                           "Is Lifeline installed correctly?")
            .arg(detail);
    case Failure::InvalidArgument:
        return QCoreApplication::translate("HelperErrors", "That did not work: %1.").arg(detail);
    case Failure::NotFound:
        return QCoreApplication::translate("HelperErrors", "Not found: %1.").arg(detail);
    case Failure::Busy:
        return QCoreApplication::translate("HelperErrors", "Lifeline is busy: %1.").arg(detail);
    case Failure::Unavailable:
        return QCoreApplication::translate("HelperErrors", "Not possible on this computer: %1.").arg(detail);
    case Failure::Other:
        break;
    }
    return QCoreApplication::translate("HelperErrors", "Something went wrong: %1.").arg(detail);
}

} // namespace Lifeline
