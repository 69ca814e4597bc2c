#include "HelperCall.h"

#include "Contract.h"

#include <QDBusMessage>
#include <QDBusPendingCallWatcher>

namespace Lifeline {

namespace {

// polkit's agent may wait for a password; D-Bus's default 25 s is far too short.
constexpr int InteractiveTimeoutMs = 15 * 60 * 1000;

} // namespace

QDBusPendingCall callHelper(const QDBusConnection &bus, const QString &member,
    const QVariantList &arguments, Authorisation authorisation)
{
    QDBusMessage call = QDBusMessage::createMethodCall(QString::fromLatin1(ServiceName),
        QString::fromLatin1(ObjectPath), QString::fromLatin1(InterfaceName), member);
    call.setArguments(arguments);
    if (authorisation == Authorisation::None)
        return bus.asyncCall(call);
    call.setInteractiveAuthorizationAllowed(true);
    return bus.asyncCall(call, InteractiveTimeoutMs);
}

void whenFinished(const QDBusPendingCall &call, QObject *context,
    std::function<void(const QDBusPendingCallWatcher &)> handler)
{
    auto *watcher = new QDBusPendingCallWatcher(call, context);
    QObject::connect(watcher, &QDBusPendingCallWatcher::finished, context,
        [handler = std::move(handler)](QDBusPendingCallWatcher *finished) {
            finished->deleteLater();
            handler(*finished);
        });
}

} // namespace Lifeline
