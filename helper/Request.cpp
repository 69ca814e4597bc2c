#include "Request.h"

namespace Lifeline {

Request::Request(const QDBusConnection &bus, const QDBusMessage &message)
    : m_bus(bus)
    , m_message(message)
{
}

void Request::reply(const QVariantList &arguments) const
{
    m_bus.send(m_message.createReply(arguments));
}

void Request::fail(const char *errorName, const QString &text) const
{
    m_bus.send(m_message.createErrorReply(QString::fromLatin1(errorName), text));
}

} // namespace Lifeline
