// A throw-away dbus-daemon for tests, so no test touches a real bus.
#pragma once

#include <QDBusConnection>
#include <QProcess>
#include <QString>

namespace Lifeline::Test {

class PrivateBus
{
public:
    PrivateBus();
    ~PrivateBus();

    bool isRunning() const { return !m_address.isEmpty(); }
    QString address() const { return m_address; }
    // A new connection to the bus under a name of the test's choosing.
    QDBusConnection connect(const QString &connectionName) const;

private:
    QProcess m_daemon;
    QString m_address;
};

} // namespace Lifeline::Test
