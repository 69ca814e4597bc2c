// The door every privileged method goes through: limit pending requests per
// caller, ask polkit and learn the caller's uid from the bus (both at once),
// then act.
#pragma once

#include "Authoriser.h"
#include "Request.h"

#include <QHash>
#include <QObject>

#include <functional>

namespace Lifeline {

class CallGate : public QObject
{
    Q_OBJECT
public:
    using Action = std::function<void(const Request &, const Caller &)>;
    // Runs before polkit has answered, for look-ups only (see enter()).
    using LookUp = std::function<void(const Caller &)>;

    // Requests one caller may have waiting for authorisation at once.
    static constexpr int MaxPendingPerCaller = 8;

    CallGate(const QDBusConnection &bus, Authoriser *authoriser, QObject *parent = nullptr);

    // The caller must already have marked `message` for a delayed reply
    // (QDBusContext::setDelayedReply). `act` runs only once polkit said yes
    // and the caller's credentials are known; otherwise the request gets
    // AccessDenied (or Busy when the caller has too many pending).
    void enter(const QDBusMessage &message, const char *polkitAction, Action act);
    // As above; `lookUp` runs as soon as the bus has said who the caller is,
    // while polkit still decides (or just before `act`, when polkit was
    // faster), so that `act` finds what it needs looked up already. It may
    // only read: nothing may be made for a caller polkit has not allowed
    // yet. Not run when the caller's identity cannot be read, nor once polkit
    // has said no.
    void enter(const QDBusMessage &message, const char *polkitAction, Action act, LookUp lookUp);

    int pendingFor(const QString &sender) const { return m_pending.value(sender); }
    // Some request waits for polkit or the caller's credentials: the helper
    // must not exit before it is answered.
    bool hasPending() const { return !m_pending.isEmpty(); }

private:
    // Asks the bus for the sender's credentials; empty when it cannot say.
    void lookUpCaller(const Request &request,
                      const std::function<void(const QVariantMap &)> &done);
    void release(const QString &sender);

    QDBusConnection m_bus;
    Authoriser *m_authoriser;
    QHash<QString, int> m_pending;
};

} // namespace Lifeline
