#include "FakeTunnels.h"

namespace Lifeline::Test {

QVariantMap downStatus(const QString &name, const QString &endpoint, const QStringList &families)
{
    return {
        { "state", "down" },
        { "interface", "ll-" + name },
        { "endpoint", endpoint },
        { "families", families },
        { "mtu", QVariant::fromValue<uint>(0) },
        { "backend", QString() },
        { "last-handshake", QVariant::fromValue<qint64>(0) },
        { "rx-bytes", QVariant::fromValue<quint64>(0) },
        { "tx-bytes", QVariant::fromValue<quint64>(0) },
        { "error", QString() },
        { "peers", QVariant::fromValue<uint>(1) },
    };
}

void FakeTunnels::seed(qint64 now)
{
    m_tunnels.insert("home", downStatus("home", "203.0.113.5:51820", { "ipv4" }));
    QVariantMap vps = downStatus("vps", "[2001:db8::5]:51820", { "ipv4", "ipv6" });
    vps.insert("state", "up");
    vps.insert("mtu", QVariant::fromValue<uint>(1420));
    vps.insert("backend", "kernel");
    vps.insert("last-handshake", QVariant::fromValue<qint64>(now - 12));
    vps.insert("rx-bytes", QVariant::fromValue<quint64>(1234567));
    vps.insert("tx-bytes", QVariant::fromValue<quint64>(2048));
    // Nested, so that lifelinectl must unpack a D-Bus map it has never heard of.
    vps.insert("extra",
        QVariantMap {
            { "keepalive", QVariant::fromValue<uint>(25) }, { "note", "from the fake" } });
    m_tunnels.insert("vps", vps);
    m_tunnels.insert("broken", downStatus("broken", "203.0.113.9:51820", { "ipv4" }));
    m_tunnels.insert("slow", downStatus("slow", "198.51.100.7:51820", { "ipv4" }));
    m_tunnels.insert("quiet", downStatus("quiet", "198.51.100.8:51820", { "ipv6" }));
}

QString FakeTunnels::import(const QString &name, const QString &config)
{
    if (m_tunnels.contains(name))
        return QString("a tunnel named \"%1\" exists already; remove it first").arg(name);
    static const QStringList hooks { "preup", "postup", "predown", "postdown", "saveconfig" };
    bool sawInterface = false;
    QString endpoint;
    QStringList families;
    const QStringList lines = config.split('\n');
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QString line = lines.at(i).trimmed();
        sawInterface = sawInterface || line.compare("[Interface]", Qt::CaseInsensitive) == 0;
        const QString key = line.section('=', 0, 0).trimmed();
        const QString value = line.section('=', 1).trimmed();
        if (hooks.contains(key.toLower()))
            return QString("line %1: %2 is not allowed: lifeline never runs commands from a "
                           "configuration")
                .arg(i + 1)
                .arg(key);
        if (key == "Endpoint")
            endpoint = value;
        if (key == "AllowedIPs") {
            if (value.contains('.') && !families.contains("ipv4"))
                families.append("ipv4");
            if (value.contains(':') && !families.contains("ipv6"))
                families.append("ipv6");
        }
    }
    if (!sawInterface)
        return "line 1: there is no [Interface] section";
    m_tunnels.insert(name, downStatus(name, endpoint, families));
    return {};
}

QVariantMap FakeTunnels::change(const QString &name, const QVariantMap &changes)
{
    QVariantMap &status = m_tunnels[name];
    for (auto it = changes.cbegin(); it != changes.cend(); ++it)
        status.insert(it.key(), it.value());
    return status;
}

} // namespace Lifeline::Test
