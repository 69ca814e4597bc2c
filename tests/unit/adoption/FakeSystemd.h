// A stand-in for systemd's manager (org.freedesktop.systemd1) on a test bus:
// records each StartTransientUnit message as it came and answers with a job
// path, or with the error the test scripts.
#pragma once

#include <QDBusConnection>
#include <QDBusMessage>
#include <QDBusVirtualObject>
#include <QList>

namespace Lifeline::Test {

class FakeSystemd : public QDBusVirtualObject {
    Q_OBJECT
public:
    explicit FakeSystemd(QDBusConnection bus);

    // Empty: answer with a job; else this error name.
    void setError(const QString &name) { m_error = name; }
    const QList<QDBusMessage> &calls() const { return m_calls; }

    QString introspect(const QString &path) const override;
    bool handleMessage(const QDBusMessage &message, const QDBusConnection &connection) override;

private:
    QDBusConnection m_bus;
    QString m_error;
    QList<QDBusMessage> m_calls;
};

} // namespace Lifeline::Test
