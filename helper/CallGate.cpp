#include "CallGate.h"

#include "Contract.h"

#include <QDBusPendingCallWatcher>
#include <QDBusPendingReply>

namespace Lifeline {

CallGate::CallGate(const QDBusConnection &bus, Authoriser *authoriser, QObject *parent)
    : QObject(parent)
    , m_bus(bus)
    , m_authoriser(authoriser)
{
}

void CallGate::enter(const QDBusMessage &message, const char *polkitAction, Action act)
{
    const Request request(m_bus, message);
    const QString sender = request.sender();
    if (m_pending.value(sender) >= MaxPendingPerCaller) {
        request.fail(Error::Busy, QStringLiteral("too many requests from this caller are waiting "
                                                 "for authorisation; try again later"));
        return;
    }
    ++m_pending[sender];
    const QString actionId = QString::fromLatin1(polkitAction);
    m_authoriser->check(sender, actionId, message.isInteractiveAuthorizationAllowed(),
                        [this, request, actionId, act](const AuthDecision &decision) {
                            if (!decision.authorised) {
                                release(request.sender());
                                request.fail(Error::AccessDenied,
                                             QStringLiteral("%1: %2").arg(actionId,
                                                                          decision.reason));
                                return;
                            }
                            lookUpCaller(request, act);
                        });
}

void CallGate::lookUpCaller(const Request &request, Action act)
{
    QDBusMessage call = QDBusMessage::createMethodCall(
        QStringLiteral("org.freedesktop.DBus"), QStringLiteral("/org/freedesktop/DBus"),
        QStringLiteral("org.freedesktop.DBus"), QStringLiteral("GetConnectionCredentials"));
    call << request.sender();
    auto *watcher = new QDBusPendingCallWatcher(m_bus.asyncCall(call), this);
    connect(watcher, &QDBusPendingCallWatcher::finished, this, [this, watcher, request, act] {
        watcher->deleteLater();
        release(request.sender());
        const QDBusPendingReply<QVariantMap> reply(*watcher);
        const QVariantMap credentials = reply.isError() ? QVariantMap() : reply.value();
        const auto uid = credentials.value(QStringLiteral("UnixUserID"));
        if (!uid.isValid()) {
            // Fail closed: without a uid from the bus nothing can run as the caller.
            request.fail(Error::AccessDenied,
                         QStringLiteral("the caller's identity could not be read from the bus"));
            return;
        }
        const Caller caller{request.sender(), uid.toUInt(),
                            credentials.value(QStringLiteral("ProcessID")).toUInt()};
        act(request, caller);
    });
}

void CallGate::release(const QString &sender)
{
    if (--m_pending[sender] <= 0)
        m_pending.remove(sender);
}

} // namespace Lifeline
