#include "WireGuardTypes.h"

#include <cstring>

namespace Lifeline::WireGuard {
namespace {

std::optional<Key> keyFromBytes(const QByteArray &bytes)
{
    if (bytes.size() != qsizetype(sizeof(Key)))
        return std::nullopt;
    Key key;
    std::memcpy(key.data(), bytes.constData(), key.size());
    return key;
}

} // namespace

std::optional<Key> keyFromBase64(const QString &text)
{
    // 32 bytes are exactly 44 characters with one '=' of padding; anything
    // else (whitespace, URL alphabet, missing padding) is not a wg key.
    if (text.size() != 44 || !text.endsWith(u'=') || text.at(42) == u'=')
        return std::nullopt;
    const auto decoded
        = QByteArray::fromBase64Encoding(text.toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded)
        return std::nullopt;
    return keyFromBytes(*decoded);
}

QString keyToBase64(const Key &key)
{
    return QString::fromLatin1(
        QByteArray::fromRawData(reinterpret_cast<const char *>(key.data()), key.size()).toBase64());
}

QByteArray keyToHex(const Key &key)
{
    return QByteArray::fromRawData(reinterpret_cast<const char *>(key.data()), key.size()).toHex();
}

std::optional<Key> keyFromHex(const QByteArray &hex)
{
    // fromHex() skips junk silently, so check the alphabet first.
    if (hex.size() != 64)
        return std::nullopt;
    for (const char c : hex) {
        if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F')))
            return std::nullopt;
    }
    return keyFromBytes(QByteArray::fromHex(hex));
}

std::optional<Endpoint> Endpoint::make(const Net::Prefix &address, quint16 port)
{
    if (port == 0)
        return std::nullopt;
    return Endpoint { address.withLength(address.maxLength()), port };
}

std::optional<Endpoint> Endpoint::parse(const QString &text, QString *error)
{
    const auto fail = [&](const QString &why) -> std::optional<Endpoint> {
        if (error)
            *error = why;
        return std::nullopt;
    };
    const qsizetype colon = text.lastIndexOf(u':');
    if (colon <= 0)
        return fail(QStringLiteral("endpoint \"%1\" has no port").arg(text.left(60)));
    QString host = text.left(colon);
    if (host.startsWith(u'[')) {
        if (!host.endsWith(u']'))
            return fail(
                QStringLiteral("endpoint \"%1\" has an unclosed bracket").arg(text.left(60)));
        host = host.mid(1, host.size() - 2);
        if (const qsizetype scope = host.indexOf(u'%'); scope >= 0)
            host.truncate(scope);
    }
    bool ok = false;
    const QString portText = text.mid(colon + 1);
    const uint port = portText.toUInt(&ok);
    if (!ok || port == 0 || port > 65535 || !portText.at(0).isDigit())
        return fail(QStringLiteral("endpoint \"%1\" has no valid port").arg(text.left(60)));
    QString why;
    const auto address = Net::Prefix::parse(host, &why);
    if (!address || host.contains(u'/'))
        return fail(QStringLiteral("endpoint \"%1\" has no valid address").arg(text.left(60)));
    // An unbracketed IPv6 address is ambiguous ("::1:80"): refuse it.
    if (address->family == Net::Family::IPv6 && !text.startsWith(u'['))
        return fail(QStringLiteral("endpoint \"%1\" needs brackets around the IPv6 address")
                        .arg(text.left(60)));
    return make(*address, quint16(port));
}

QString Endpoint::text() const
{
    const QString host = address.address();
    return (address.family == Net::Family::IPv6 ? u'[' + host + u']' : host) + u':'
        + QString::number(port);
}

} // namespace Lifeline::WireGuard
