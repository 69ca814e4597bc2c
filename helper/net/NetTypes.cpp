#include "NetTypes.h"

#include <QRandomGenerator>

#include <arpa/inet.h>

#include <cstring>

namespace Lifeline::Net {

QString familyName(Family family)
{
    return family == Family::IPv4 ? QStringLiteral("ipv4") : QStringLiteral("ipv6");
}

bool isLaunchId(const QString &id)
{
    if (id.size() != 8)
        return false;
    for (const QChar c : id) {
        if (!((c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'f')))
            return false;
    }
    return true;
}

QString randomLaunchId()
{
    return QStringLiteral("%1").arg(quint64(QRandomGenerator::system()->generate()), 8, 16,
                                    QLatin1Char('0'));
}

QString namespaceName(const QString &id)
{
    return QStringLiteral("lifeline-") + id;
}

QString hostInterfaceName(const QString &id)
{
    return QStringLiteral("llv") + id + u'h';
}

QString namespaceInterfaceName(const QString &id)
{
    return QStringLiteral("llv") + id + u'n';
}

QString launchIdOfHostInterface(const QString &name)
{
    const QString id = name.mid(3, 8);
    return isLaunchId(id) && hostInterfaceName(id) == name ? id : QString();
}

std::optional<Prefix> Prefix::parse(const QString &text, QString *error)
{
    const auto fail = [&](const QString &why) -> std::optional<Prefix> {
        if (error)
            *error = why;
        return std::nullopt;
    };
    const qsizetype slash = text.indexOf(u'/');
    const QByteArray address = (slash < 0 ? text : text.left(slash)).toLatin1();
    Prefix prefix;
    if (inet_pton(AF_INET, address.constData(), prefix.bytes.data()) == 1)
        prefix.family = Family::IPv4;
    else if (inet_pton(AF_INET6, address.constData(), prefix.bytes.data()) == 1)
        prefix.family = Family::IPv6;
    else
        return fail(QStringLiteral("\"%1\" is not an IP address").arg(text.left(60)));
    prefix.length = prefix.maxLength();
    if (slash >= 0) {
        bool ok = false;
        const QString lengthText = text.mid(slash + 1);
        const int length = lengthText.toInt(&ok);
        if (!ok || length < 0 || length > prefix.maxLength() || lengthText.startsWith(u'+'))
            return fail(QStringLiteral("\"%1\" has no valid prefix length").arg(text.left(60)));
        prefix.length = length;
    }
    return prefix;
}

std::optional<Prefix> Prefix::fromBytes(Family family, const void *data, int length)
{
    Prefix prefix;
    prefix.family = family;
    if (length < 0 || length > prefix.maxLength())
        return std::nullopt;
    std::memcpy(prefix.bytes.data(), data, prefix.byteCount());
    prefix.length = length;
    return prefix;
}

Prefix Prefix::network() const
{
    Prefix result = *this;
    for (int bit = length; bit < maxLength(); ++bit)
        result.bytes[bit / 8] &= quint8(~(0x80u >> (bit % 8)));
    return result;
}

Prefix Prefix::host(quint32 n) const
{
    Prefix result = network();
    // Add n to the address, carrying from the last byte towards the first.
    quint64 carry = n;
    for (int i = byteCount() - 1; i >= 0 && carry != 0; --i) {
        const quint64 sum = result.bytes[i] + (carry & 0xff);
        result.bytes[i] = quint8(sum & 0xff);
        carry = (carry >> 8) + (sum >> 8);
    }
    return result;
}

Prefix Prefix::withLength(int newLength) const
{
    Prefix result = *this;
    result.length = newLength;
    return result;
}

bool Prefix::overlaps(const Prefix &other) const
{
    if (family != other.family)
        return false;
    // Two prefixes overlap exactly when they agree on the bits of the shorter one.
    const int common = std::min(length, other.length);
    return withLength(common).network().bytes == other.withLength(common).network().bytes;
}

QString Prefix::address() const
{
    char buffer[INET6_ADDRSTRLEN] = {};
    inet_ntop(family == Family::IPv4 ? AF_INET : AF_INET6, bytes.data(), buffer, sizeof buffer);
    return QString::fromLatin1(buffer);
}

QString Prefix::text() const
{
    return address() + u'/' + QString::number(length);
}

} // namespace Lifeline::Net
