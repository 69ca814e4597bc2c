// Asks polkit whether the sender of a D-Bus message may perform an action.
// The one place that talks to org.freedesktop.PolicyKit1.
#pragma once

#include <QDBusConnection>
#include <QObject>
#include <QString>

#include <functional>

namespace Lifeline {

struct AuthDecision {
    bool authorised = false;
    // Why not, in words for the client's error message; empty when authorised.
    QString reason;
};

class Authoriser : public QObject
{
    Q_OBJECT
public:
    using Callback = std::function<void(const AuthDecision &)>;

    // polkitBus is the bus polkitd is on (the system bus, or a test bus).
    explicit Authoriser(const QDBusConnection &polkitBus, QObject *parent = nullptr);

    // Checks `actionId` for the unique bus name `sender` (polkit's
    // system-bus-name subject: never a PID, which could be reused). Replies
    // asynchronously, so one caller's password dialog never blocks another.
    // Any error from polkit or the bus denies.
    void check(const QString &sender, const QString &actionId, bool allowInteraction,
               Callback done);

private:
    QDBusConnection m_bus;
};

} // namespace Lifeline
