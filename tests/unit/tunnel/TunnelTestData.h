// Keys and configurations shared by the tunnel tests. Keys are fixed,
// distinct byte patterns, so a test can look for their raw bytes as well as
// their base64 in files and messages.
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace TunnelTestData {

// 32 bytes (or `size`) that differ per seed and contain no NUL.
inline QByteArray rawKey(int seed, int size = 32)
{
    QByteArray raw(size, Qt::Uninitialized);
    for (int i = 0; i < size; ++i)
        raw[i] = char(((seed * 53 + i * 7 + 1) % 255) + 1);
    return raw;
}

inline QString key(int seed, int size = 32)
{
    return QString::fromLatin1(rawKey(seed, size).toBase64());
}

enum Seed {
    PrivateSeed = 1,
    Peer1Seed = 2,
    Peer2Seed = 3,
    Peer3Seed = 4,
    PskSeed = 5,
    Psk2Seed = 6
};

// The keys a test file must never show where secrets are not allowed.
inline QList<int> secretSeeds()
{
    return { PrivateSeed, PskSeed, Psk2Seed };
}

// Replaces %PRIV%, %PUB1%..%PUB3%, %PSK%, %PSK2%, %KEY31%, %KEY33% with keys.
inline QString expand(QString text)
{
    text.replace(QStringLiteral("%PRIV%"), key(PrivateSeed));
    text.replace(QStringLiteral("%PUB1%"), key(Peer1Seed));
    text.replace(QStringLiteral("%PUB2%"), key(Peer2Seed));
    text.replace(QStringLiteral("%PUB3%"), key(Peer3Seed));
    text.replace(QStringLiteral("%PSK%"), key(PskSeed));
    text.replace(QStringLiteral("%PSK2%"), key(Psk2Seed));
    text.replace(QStringLiteral("%KEY31%"), key(Peer1Seed, 31));
    text.replace(QStringLiteral("%KEY33%"), key(Peer1Seed, 33));
    return text;
}

inline QString lines(const QStringList &list)
{
    return expand(list.join(u'\n') + u'\n');
}

// A typical provider's file: one peer, IPv4 and IPv6, DNS.
inline QString minimal()
{
    return lines({ QStringLiteral("[Interface]"), QStringLiteral("PrivateKey = %PRIV%"),
        QStringLiteral("Address = 10.0.0.2/32, fd00::2/128"), QStringLiteral("DNS = 10.0.0.1"),
        QStringLiteral(""), QStringLiteral("[Peer]"), QStringLiteral("PublicKey = %PUB1%"),
        QStringLiteral("Endpoint = 198.51.100.7:51820"),
        QStringLiteral("AllowedIPs = 0.0.0.0/0, ::/0") });
}

// Every key the parser knows, several peers, secrets on two of them.
inline QString everything()
{
    return lines({
        QStringLiteral("# exported by a provider"),
        QStringLiteral("[Interface]"),
        QStringLiteral("PrivateKey = %PRIV%"),
        QStringLiteral("Address = 10.0.0.2/24"),
        QStringLiteral("Address = fd00::2/64, 192.0.2.5"),
        QStringLiteral("DNS = 10.0.0.1, 2001:db8::53, corp.example, example.org."),
        QStringLiteral("MTU = 1420"),
        QStringLiteral("ListenPort = 51820"),
        QStringLiteral("FwMark = 0xca6c"),
        QStringLiteral("Table = 1234"),
        QStringLiteral(""),
        QStringLiteral("[Peer] # the VPS"),
        QStringLiteral("PublicKey = %PUB1%"),
        QStringLiteral("PresharedKey = %PSK%"),
        QStringLiteral("Endpoint = [2001:db8::1]:51820"),
        QStringLiteral("AllowedIPs = 0.0.0.0/1, 128.0.0.0/1"),
        QStringLiteral("PersistentKeepalive = 25"),
        QStringLiteral(""),
        QStringLiteral("[Peer]"),
        QStringLiteral("PublicKey = %PUB2%"),
        QStringLiteral("PresharedKey = %PSK2%"),
        QStringLiteral("Endpoint = vpn.example.org:443"),
        QStringLiteral("AllowedIPs = 10.1.0.0/16"),
        QStringLiteral("AllowedIPs = 2001:db8:1::/48"),
        QStringLiteral("PersistentKeepalive = off"),
        QStringLiteral(""),
        QStringLiteral("[Peer]"),
        QStringLiteral("PublicKey = %PUB3%"),
        QStringLiteral("AllowedIPs = 10.2.0.0/16"),
    });
}

} // namespace TunnelTestData
