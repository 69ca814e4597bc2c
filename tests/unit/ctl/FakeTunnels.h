// The fake helper's tunnel table: in memory, with just enough of wg-quick
// parsing to fill a status and to refuse a hook the way the helper does.
#pragma once

#include <QMap>
#include <QStringList>
#include <QVariantMap>

namespace Lifeline::Test {

class FakeTunnels {
public:
    // home (down), vps (up, with counters and a key lifelinectl does not know),
    // broken (fails to connect), slow (never gets past connecting) and quiet
    // (comes up at once, without a TunnelChanged).
    void seed(qint64 now);

    QStringList names() const { return m_tunnels.keys(); }
    bool contains(const QString &name) const { return m_tunnels.contains(name); }
    QVariantMap status(const QString &name) const { return m_tunnels.value(name); }
    // Returns why the configuration is refused, or nothing once it is stored.
    QString import(const QString &name, const QString &config);
    void remove(const QString &name) { m_tunnels.remove(name); }
    // Merges `changes` into the status of `name` and returns the result.
    QVariantMap change(const QString &name, const QVariantMap &changes);

private:
    QMap<QString, QVariantMap> m_tunnels;
};

// What a tunnel that is not up says; the types are the wire's (u, x, t).
QVariantMap downStatus(const QString &name, const QString &endpoint, const QStringList &families);

} // namespace Lifeline::Test
