// A method call whose reply is sent later (delayed reply), once authorisation
// and the work behind it are done.
#pragma once

#include <QDBusConnection>
#include <QDBusMessage>
#include <QVariant>

namespace Lifeline {

// Who is calling, as the bus says (never as an argument says).
struct Caller {
    QString busName;
    uint uid = 0;
    uint pid = 0;
};

class Request
{
public:
    Request(const QDBusConnection &bus, const QDBusMessage &message);

    const QDBusMessage &message() const { return m_message; }
    QString sender() const { return m_message.service(); }

    void reply(const QVariantList &arguments = {}) const;
    void fail(const char *errorName, const QString &text) const;

private:
    QDBusConnection m_bus;
    QDBusMessage m_message;
};

} // namespace Lifeline
