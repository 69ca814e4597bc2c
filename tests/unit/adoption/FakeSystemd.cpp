#include "FakeSystemd.h"

#include <QDBusObjectPath>

namespace Lifeline::Test {

FakeSystemd::FakeSystemd(QDBusConnection bus)
    : m_bus(bus)
{
    m_bus.registerVirtualObject(QStringLiteral("/org/freedesktop/systemd1"), this);
    m_bus.registerService(QStringLiteral("org.freedesktop.systemd1"));
}

QString FakeSystemd::introspect(const QString &) const
{
    return {};
}

bool FakeSystemd::handleMessage(const QDBusMessage &message, const QDBusConnection &)
{
    if (message.interface() != u"org.freedesktop.systemd1.Manager"
        || message.member() != u"StartTransientUnit")
        return false;
    m_calls << message;
    if (!m_error.isEmpty()) {
        m_bus.send(message.createErrorReply(m_error, QStringLiteral("scripted failure")));
        return true;
    }
    m_bus.send(message.createReply(
        QVariant::fromValue(QDBusObjectPath(QStringLiteral("/org/freedesktop/systemd1/job/42")))));
    return true;
}

} // namespace Lifeline::Test
