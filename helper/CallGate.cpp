#include "CallGate.h"

#include "Contract.h"

#include <QDBusPendingCallWatcher>
#include <QDBusPendingReply>

#include <memory>
#include <optional>

namespace Lifeline {
namespace {

// Who called, as the bus says; nothing without a uid.
std::optional<Caller> callerFrom(const QString &sender, const QVariantMap &credentials)
{
    const QVariant uid = credentials.value(QStringLiteral("UnixUserID"));
    if (!uid.isValid())
        return std::nullopt;
    return Caller{sender, uid.toUInt(), credentials.value(QStringLiteral("ProcessID")).toUInt()};
}

} // namespace

CallGate::CallGate(const QDBusConnection &bus, Authoriser *authoriser, QObject *parent)
    : QObject(parent)
    , m_bus(bus)
    , m_authoriser(authoriser)
{
}

void CallGate::enter(const QDBusMessage &message, const char *polkitAction, Action act)
{
    enter(message, polkitAction, std::move(act), {});
}

void CallGate::enter(const QDBusMessage &message, const char *polkitAction, Action act,
                     LookUp lookUp)
{
    const Request request(m_bus, message);
    const QString sender = request.sender();
    if (m_pending.value(sender) >= MaxPendingPerCaller) {
        request.fail(Error::Busy, QStringLiteral("too many requests from this caller are waiting "
                                                 "for authorisation; try again later"));
        return;
    }
    ++m_pending[sender];
    // Both questions go out at once, polkit's and the bus's (who is this?),
    // so the act does not wait for a second round trip after polkit's. The
    // answers are looked at only together, the decision first: nothing is
    // done for a caller polkit did not allow.
    struct Answers {
        std::optional<AuthDecision> decision;
        std::optional<QVariantMap> credentials;
    };
    const auto answers = std::make_shared<Answers>();
    const QString actionId = QString::fromLatin1(polkitAction);
    const auto settle = [this, request, actionId, act, answers] {
        if (!answers->decision || !answers->credentials)
            return;
        release(request.sender());
        if (!answers->decision->authorised) {
            request.fail(Error::AccessDenied,
                         QStringLiteral("%1: %2").arg(actionId, answers->decision->reason));
            return;
        }
        const std::optional<Caller> caller = callerFrom(request.sender(), *answers->credentials);
        if (!caller) {
            // Fail closed: without a uid from the bus nothing can run as the caller.
            request.fail(Error::AccessDenied,
                         QStringLiteral("the caller's identity could not be read from the bus"));
            return;
        }
        act(request, *caller);
    };
    lookUpCaller(request, [answers, settle, request, lookUp](const QVariantMap &credentials) {
        answers->credentials = credentials;
        // Not for a caller polkit has turned down already.
        const bool refused = answers->decision && !answers->decision->authorised;
        if (const std::optional<Caller> caller = callerFrom(request.sender(), credentials);
            caller && lookUp && !refused)
            lookUp(*caller);
        settle();
    });
    m_authoriser->check(sender, actionId, message.isInteractiveAuthorizationAllowed(),
                        [answers, settle](const AuthDecision &decision) {
                            answers->decision = decision;
                            settle();
                        });
}

void CallGate::lookUpCaller(const Request &request,
                            const std::function<void(const QVariantMap &)> &done)
{
    QDBusMessage call = QDBusMessage::createMethodCall(
        QStringLiteral("org.freedesktop.DBus"), QStringLiteral("/org/freedesktop/DBus"),
        QStringLiteral("org.freedesktop.DBus"), QStringLiteral("GetConnectionCredentials"));
    call << request.sender();
    auto *watcher = new QDBusPendingCallWatcher(m_bus.asyncCall(call), this);
    connect(watcher, &QDBusPendingCallWatcher::finished, this, [watcher, done] {
        watcher->deleteLater();
        const QDBusPendingReply<QVariantMap> reply(*watcher);
        done(reply.isError() ? QVariantMap() : reply.value());
    });
}

void CallGate::release(const QString &sender)
{
    if (--m_pending[sender] <= 0)
        m_pending.remove(sender);
}

} // namespace Lifeline
