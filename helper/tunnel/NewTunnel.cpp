#include "NewTunnel.h"

#include "ValueForMessage.h"
#include "WgQuickConfig.h"
#include "WgQuickFields.h"

#include <string.h>

namespace Lifeline::Tunnel {

namespace {

enum class Type { String, StringList, UInt };

struct Key {
    const char *name;
    Type type;
    bool required;
};

constexpr Key Keys[] = {
    { "endpoint", Type::String, true },
    { "peer-public-key", Type::String, true },
    { "addresses", Type::StringList, true },
    { "allowed-ips", Type::StringList, false },
    { "dns", Type::StringList, false },
    { "persistent-keepalive", Type::UInt, false },
    { "mtu", Type::UInt, false },
};

// Far above any real tunnel; keeps a caller from making the helper build a
// huge text only for the parser to refuse it.
constexpr qsizetype MaxItems = 64;

const char *typeName(Type type)
{
    switch (type) {
    case Type::String:
        return "a string (s)";
    case Type::StringList:
        return "a list of strings (as)";
    case Type::UInt:
        return "an unsigned number (u)";
    }
    return "";
}

bool hasType(const QVariant &value, Type type)
{
    switch (type) {
    case Type::String:
        return value.metaType() == QMetaType::fromType<QString>();
    case Type::StringList:
        return value.metaType() == QMetaType::fromType<QStringList>();
    case Type::UInt:
        return value.metaType() == QMetaType::fromType<uint>();
    }
    return false;
}

QString knownKeys()
{
    QStringList names;
    for (const Key &key : Keys)
        names << QLatin1String(key.name);
    return names.join(QStringLiteral(", "));
}

// Every value becomes one wg-quick value: a line break would start a new
// line (a hook, another peer), '#' a comment, a comma or blank another item.
QString checkToken(const char *key, const QString &value)
{
    if (value.isEmpty())
        return QStringLiteral("%1 holds an empty value").arg(QLatin1String(key));
    for (const QChar c : value) {
        if (c.category() == QChar::Other_Control || c.isSpace() || c == u',' || c == u'#')
            return QStringLiteral("%1 holds a value with a blank, comma, '#' or control "
                                  "character; give one item per list entry")
                .arg(QLatin1String(key));
    }
    return {};
}

QString checkTypes(const QVariantMap &settings)
{
    for (auto it = settings.begin(); it != settings.end(); ++it) {
        const Key *known = nullptr;
        for (const Key &key : Keys) {
            if (it.key() == QLatin1String(key.name))
                known = &key;
        }
        if (!known)
            return QStringLiteral("unknown setting \"%1\"; the settings are %2")
                .arg(valueForMessage(it.key(), 40), knownKeys());
        if (!hasType(it.value(), known->type))
            return QStringLiteral("%1 must be %2")
                .arg(QLatin1String(known->name), QLatin1String(typeName(known->type)));
    }
    for (const Key &key : Keys) {
        if (key.required && !settings.contains(QLatin1String(key.name)))
            return QStringLiteral("%1 is missing").arg(QLatin1String(key.name));
    }
    return {};
}

// Each item through `field`, the parser's own check of that wg-quick value.
template<typename Field>
QString checkList(const char *key, const QStringList &items, bool allowEmpty, Field field)
{
    if (items.isEmpty() && !allowEmpty)
        return QStringLiteral("%1 must hold at least one entry").arg(QLatin1String(key));
    if (items.size() > MaxItems)
        return QStringLiteral("%1 holds more than %2 entries").arg(QLatin1String(key)).arg(MaxItems);
    for (const QString &item : items) {
        if (QString error = checkToken(key, item); !error.isEmpty())
            return error;
        if (QString error = field(item); !error.isEmpty())
            return error;
    }
    return {};
}

QString prefixField(const char *key, const QString &item, bool normalise)
{
    QList<Net::Prefix> parsed;
    return Fields::prefixList(QString::fromLatin1(key), item, normalise, &parsed);
}

QString checkValues(const NewTunnel &tunnel)
{
    if (QString error = checkToken("endpoint", tunnel.endpoint); !error.isEmpty())
        return error;
    Endpoint endpoint;
    if (QString error = Fields::endpoint(tunnel.endpoint, &endpoint); !error.isEmpty())
        return QStringLiteral("endpoint: ") + error;
    if (QString error = checkToken("peer-public-key", tunnel.peerPublicKey); !error.isEmpty())
        return error;
    QByteArray peerKey;
    if (QString error = Fields::key(u"peer-public-key", tunnel.peerPublicKey, &peerKey);
        !error.isEmpty())
        return error;
    QString error = checkList("addresses", tunnel.addresses, false,
        [](const QString &item) { return prefixField("addresses", item, false); });
    if (error.isEmpty())
        error = checkList("allowed-ips", tunnel.allowedIps, false,
            [](const QString &item) { return prefixField("allowed-ips", item, true); });
    if (error.isEmpty())
        error = checkList("dns", tunnel.dns, true, [](const QString &item) {
            QList<Net::Prefix> servers;
            QStringList search;
            const QString why = Fields::dns(item, &servers, &search);
            return why.isEmpty() ? why : QStringLiteral("dns: ") + why;
        });
    if (!error.isEmpty())
        return error;
    if (tunnel.persistentKeepalive > 65535)
        return QStringLiteral("persistent-keepalive must be 0 (off) to 65535 seconds, not %1")
            .arg(tunnel.persistentKeepalive);
    if (tunnel.mtu) {
        quint32 mtu = 0;
        if (QString why = Fields::mtu(QString::number(tunnel.mtu), &mtu); !why.isEmpty())
            return QStringLiteral("mtu: ") + why;
        const QString colon = QStringLiteral(":");
        const bool ipv6 = !(tunnel.addresses.filter(colon).isEmpty()
            && tunnel.allowedIps.filter(colon).isEmpty());
        if (ipv6 && tunnel.mtu < Fields::MinIPv6Mtu)
            return QStringLiteral("mtu %1 is below %2, the smallest IPv6 allows, and this tunnel "
                                  "carries IPv6")
                .arg(tunnel.mtu)
                .arg(Fields::MinIPv6Mtu);
    }
    return {};
}

} // namespace

std::optional<NewTunnel> parseNewTunnel(const QVariantMap &settings, QString *error)
{
    if (QString why = checkTypes(settings); !why.isEmpty()) {
        *error = why;
        return std::nullopt;
    }
    NewTunnel tunnel;
    tunnel.endpoint = settings.value(QStringLiteral("endpoint")).toString();
    tunnel.peerPublicKey = settings.value(QStringLiteral("peer-public-key")).toString();
    tunnel.addresses = settings.value(QStringLiteral("addresses")).toStringList();
    if (settings.contains(QStringLiteral("allowed-ips")))
        tunnel.allowedIps = settings.value(QStringLiteral("allowed-ips")).toStringList();
    tunnel.dns = settings.value(QStringLiteral("dns")).toStringList();
    tunnel.persistentKeepalive
        = settings.value(QStringLiteral("persistent-keepalive"), DefaultKeepalive).toUInt();
    tunnel.mtu = settings.value(QStringLiteral("mtu"), 0u).toUInt();
    if (settings.contains(QStringLiteral("mtu")) && tunnel.mtu == 0) {
        *error = QStringLiteral("mtu must be from %1 to %2; leave it out for the default")
                     .arg(Fields::MinMtu)
                     .arg(Fields::MaxMtu);
        return std::nullopt;
    }
    if (QString why = checkValues(tunnel); !why.isEmpty()) {
        *error = why;
        return std::nullopt;
    }
    return tunnel;
}

QString wgQuickText(const NewTunnel &tunnel, const QByteArray &privateKey)
{
    const QString comma = QStringLiteral(", ");
    QStringList interface { QStringLiteral("Address = ") + tunnel.addresses.join(comma) };
    if (!tunnel.dns.isEmpty())
        interface << QStringLiteral("DNS = ") + tunnel.dns.join(comma);
    if (tunnel.mtu)
        interface << QStringLiteral("MTU = %1").arg(tunnel.mtu);
    QStringList peer {
        QStringLiteral("[Peer]"),
        QStringLiteral("PublicKey = ") + tunnel.peerPublicKey,
        QStringLiteral("Endpoint = ") + tunnel.endpoint,
        QStringLiteral("AllowedIPs = ") + tunnel.allowedIps.join(comma),
        QStringLiteral("PersistentKeepalive = %1").arg(tunnel.persistentKeepalive),
    };
    const QString rest = interface.join(u'\n') + QStringLiteral("\n\n") + peer.join(u'\n') + u'\n';

    // The key goes into one buffer reserved up front, so no reallocation
    // leaves a copy of it behind in freed memory.
    QByteArray keyText = privateKey.toBase64();
    QString text;
    text.reserve(rest.size() + keyText.size() + 64);
    text += QLatin1String("[Interface]\nPrivateKey = ");
    text += QLatin1String(keyText);
    text += u'\n';
    text += rest;
    wipe(keyText);
    return text;
}

void wipeText(QString &secret)
{
    if (!secret.isEmpty() && secret.isDetached())
        explicit_bzero(secret.data(), size_t(secret.size()) * sizeof(QChar));
    secret.clear();
}

} // namespace Lifeline::Tunnel
