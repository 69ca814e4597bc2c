#include "Authoriser.h"

#include <QDBusArgument>
#include <QDBusMessage>
#include <QDBusMetaType>
#include <QDBusPendingCallWatcher>
#include <QDBusPendingReply>

namespace Lifeline {
namespace {

const QString PolkitService = QStringLiteral("org.freedesktop.PolicyKit1");
const QString PolkitPath = QStringLiteral("/org/freedesktop/PolicyKit1/Authority");
const QString PolkitInterface = QStringLiteral("org.freedesktop.PolicyKit1.Authority");
constexpr uint AllowUserInteraction = 0x1;
// An interactive check waits for a person typing a password.
constexpr int InteractiveTimeoutMs = 5 * 60 * 1000;
constexpr int NonInteractiveTimeoutMs = 25 * 1000;

// polkit's Subject: (sa{sv})
struct PolkitSubject {
    QString kind;
    QVariantMap details;
};

// polkit's AuthorizationResult: (bba{ss})
struct PolkitResult {
    bool isAuthorized = false;
    bool isChallenge = false;
    QMap<QString, QString> details;
};

QDBusArgument &operator<<(QDBusArgument &arg, const PolkitSubject &subject)
{
    arg.beginStructure();
    arg << subject.kind << subject.details;
    arg.endStructure();
    return arg;
}

const QDBusArgument &operator>>(const QDBusArgument &arg, PolkitSubject &subject)
{
    arg.beginStructure();
    arg >> subject.kind >> subject.details;
    arg.endStructure();
    return arg;
}

QDBusArgument &operator<<(QDBusArgument &arg, const PolkitResult &result)
{
    arg.beginStructure();
    arg << result.isAuthorized << result.isChallenge << result.details;
    arg.endStructure();
    return arg;
}

const QDBusArgument &operator>>(const QDBusArgument &arg, PolkitResult &result)
{
    arg.beginStructure();
    arg >> result.isAuthorized >> result.isChallenge >> result.details;
    arg.endStructure();
    return arg;
}

AuthDecision decide(const QDBusPendingReply<PolkitResult> &reply)
{
    if (reply.isError())
        return {false, QStringLiteral("the authorisation check failed (%1: %2)")
                           .arg(reply.error().name(), reply.error().message())};
    const PolkitResult result = reply.value();
    if (result.isAuthorized)
        return {true, {}};
    if (result.isChallenge)
        return {false, QStringLiteral("authentication is required; allow interactive "
                                      "authorisation to be asked for a password")};
    return {false, QStringLiteral("not authorised by the system's policy")};
}

} // namespace
} // namespace Lifeline

Q_DECLARE_METATYPE(Lifeline::PolkitSubject)
Q_DECLARE_METATYPE(Lifeline::PolkitResult)

namespace Lifeline {

Authoriser::Authoriser(const QDBusConnection &polkitBus, QObject *parent)
    : QObject(parent)
    , m_bus(polkitBus)
{
    qDBusRegisterMetaType<PolkitSubject>();
    qDBusRegisterMetaType<PolkitResult>();
    qDBusRegisterMetaType<QMap<QString, QString>>();
}

void Authoriser::check(const QString &sender, const QString &actionId, bool allowInteraction,
                       Callback done)
{
    if (sender.isEmpty()) {
        done({false, QStringLiteral("the caller has no bus name")});
        return;
    }
    const PolkitSubject subject{QStringLiteral("system-bus-name"),
                                {{QStringLiteral("name"), sender}}};
    QDBusMessage call = QDBusMessage::createMethodCall(PolkitService, PolkitPath, PolkitInterface,
                                                       QStringLiteral("CheckAuthorization"));
    call << QVariant::fromValue(subject) << actionId
         << QVariant::fromValue(QMap<QString, QString>{})
         << uint(allowInteraction ? AllowUserInteraction : 0) << QString();
    call.setInteractiveAuthorizationAllowed(allowInteraction);

    const int timeout = allowInteraction ? InteractiveTimeoutMs : NonInteractiveTimeoutMs;
    auto *watcher = new QDBusPendingCallWatcher(m_bus.asyncCall(call, timeout), this);
    connect(watcher, &QDBusPendingCallWatcher::finished, this,
            [watcher, done = std::move(done)] {
                watcher->deleteLater();
                done(decide(QDBusPendingReply<PolkitResult>(*watcher)));
            });
}

} // namespace Lifeline
