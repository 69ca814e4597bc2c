#include "SystemdScopes.h"

#include <QDBusArgument>
#include <QDBusMetaType>
#include <QDBusPendingCallWatcher>
#include <QDBusPendingReply>
#include <QDBusVariant>
#include <QFileInfo>

#include <cstdio>

namespace Lifeline {

namespace {

// a(sv), the form of StartTransientUnit's properties.
struct Property {
    QString name;
    QDBusVariant value;
};
using Properties = QList<Property>;
// a(sa(sv)): auxiliary units (none).
struct AuxiliaryUnit {
    QString name;
    Properties properties;
};
using AuxiliaryUnits = QList<AuxiliaryUnit>;

QDBusArgument &operator<<(QDBusArgument &argument, const Property &property)
{
    argument.beginStructure();
    argument << property.name << property.value;
    argument.endStructure();
    return argument;
}

const QDBusArgument &operator>>(const QDBusArgument &argument, Property &property)
{
    argument.beginStructure();
    argument >> property.name >> property.value;
    argument.endStructure();
    return argument;
}

QDBusArgument &operator<<(QDBusArgument &argument, const AuxiliaryUnit &unit)
{
    argument.beginStructure();
    argument << unit.name << unit.properties;
    argument.endStructure();
    return argument;
}

const QDBusArgument &operator>>(const QDBusArgument &argument, AuxiliaryUnit &unit)
{
    argument.beginStructure();
    argument >> unit.name >> unit.properties;
    argument.endStructure();
    return argument;
}

} // namespace

} // namespace Lifeline

Q_DECLARE_METATYPE(Lifeline::Property)
Q_DECLARE_METATYPE(Lifeline::AuxiliaryUnit)

namespace Lifeline {

bool SystemdScopes::systemdRuns(const QString &root)
{
    return QFileInfo(root + QStringLiteral("/run/systemd/system")).isDir();
}

SystemdScopes::Scope SystemdScopes::forLaunch(const QString &id, uint uid, const QList<uint> &pids)
{
    // No caller text in the description: it is shown by systemctl as is.
    return { QStringLiteral("lifeline-%1.scope").arg(id), QStringLiteral("user-%1.slice").arg(uid),
        QStringLiteral("Program run isolated by Lifeline (launch %1)").arg(id), pids };
}

QDBusMessage SystemdScopes::startMessage(const Scope &scope)
{
    qDBusRegisterMetaType<Property>();
    qDBusRegisterMetaType<Properties>();
    qDBusRegisterMetaType<AuxiliaryUnit>();
    qDBusRegisterMetaType<AuxiliaryUnits>();
    QDBusMessage message = QDBusMessage::createMethodCall(
        QStringLiteral("org.freedesktop.systemd1"), QStringLiteral("/org/freedesktop/systemd1"),
        QStringLiteral("org.freedesktop.systemd1.Manager"), QStringLiteral("StartTransientUnit"));
    const Properties properties {
        { QStringLiteral("Description"), QDBusVariant(scope.description) },
        { QStringLiteral("Slice"), QDBusVariant(scope.slice) },
        { QStringLiteral("CollectMode"), QDBusVariant(QStringLiteral("inactive-or-failed")) },
        // QtDBus sends a QList<uint> as "au".
        { QStringLiteral("PIDs"), QDBusVariant(QVariant::fromValue(scope.pids)) },
    };
    // "fail": never replace a unit of that name that exists already.
    message << scope.unit << QStringLiteral("fail") << QVariant::fromValue(properties)
            << QVariant::fromValue(AuxiliaryUnits());
    return message;
}

SystemdScopes::SystemdScopes(QDBusConnection bus, QObject *parent)
    : QObject(parent)
    , m_bus(std::move(bus))
{
}

void SystemdScopes::place(const QString &id, uint uid, const QList<uint> &pids)
{
    start(forLaunch(id, uid, pids));
}

void SystemdScopes::start(const Scope &scope)
{
    auto *watcher = new QDBusPendingCallWatcher(m_bus.asyncCall(startMessage(scope)), this);
    connect(watcher, &QDBusPendingCallWatcher::finished, this,
        [this, unit = scope.unit](QDBusPendingCallWatcher *call) {
            call->deleteLater();
            const QDBusPendingReply<QDBusObjectPath> reply = *call;
            if (!reply.isError()) {
                Q_EMIT placed(unit);
                return;
            }
            // The launch runs on, only in the helper's unit: it would go
            // with the helper's when that stops.
            std::fprintf(stderr, "lifeline-helper: cannot move a launch into %s: %s\n",
                qPrintable(unit), qPrintable(reply.error().message()));
            Q_EMIT failed(unit, reply.error().message());
        });
}

} // namespace Lifeline
