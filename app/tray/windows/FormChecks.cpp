#include "FormChecks.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QRegularExpression>

namespace Lifeline::Windows {

namespace {

bool allDigits(QStringView text)
{
    if (text.isEmpty() || text.size() > 5)
        return false;
    for (const QChar c : text) {
        if (c < u'0' || c > u'9')
            return false;
    }
    return true;
}

// QHostAddress also takes scope ids and some odd IPv4 spellings ("1"); an
// address here is what inet_pton would take, as the helper uses that.
bool ipv4(const QString &text)
{
    static const QRegularExpression dotted(
        QStringLiteral("^(0|[1-9][0-9]{0,2})(\\.(0|[1-9][0-9]{0,2})){3}$"));
    return dotted.match(text).hasMatch()
        && QHostAddress(text).protocol() == QAbstractSocket::IPv4Protocol;
}

bool ipv6(const QString &text)
{
    return text.contains(u':') && !text.contains(u'%')
        && QHostAddress(text).protocol() == QAbstractSocket::IPv6Protocol;
}

// "10.0.0.2/32", "fd00::2/128" or a bare address.
bool isAddressWithLength(const QString &text)
{
    const qsizetype slash = text.indexOf(u'/');
    const QString address = slash < 0 ? text : text.left(slash);
    int maxLength = 0;
    if (ipv4(address))
        maxLength = 32;
    else if (ipv6(address))
        maxLength = 128;
    else
        return false;
    if (slash < 0)
        return true;
    const QStringView length = QStringView(text).mid(slash + 1);
    return allDigits(length) && length.size() <= 3 && length.toInt() <= maxLength;
}

} // namespace

bool FormChecks::isIpv4(const QString &text)
{
    return ipv4(text);
}

bool FormChecks::isIpv6(const QString &text)
{
    return ipv6(text);
}

QStringList FormChecks::splitList(const QString &text)
{
    static const QRegularExpression separators(QStringLiteral("[,\\s]+"));
    return text.split(separators, Qt::SkipEmptyParts);
}

bool FormChecks::isHostName(const QString &name)
{
    QStringView view(name);
    if (view.endsWith(u'.'))
        view.chop(1);
    if (view.isEmpty() || view.size() > 253)
        return false;
    for (const QStringView label : view.split(u'.')) {
        if (label.isEmpty() || label.size() > 63 || label.startsWith(u'-') || label.endsWith(u'-'))
            return false;
        for (const QChar c : label) {
            const bool allowed = (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z')
                || (c >= u'0' && c <= u'9') || c == u'-';
            if (!allowed)
                return false;
        }
    }
    return true;
}

QString FormChecks::tunnelName(const QString &name)
{
    if (name.isEmpty())
        return tr("Give the connection a name, for example “backup”.");
    if (name.size() > MaxTunnelNameLength)
        return tr("The name can be at most %1 characters long.").arg(MaxTunnelNameLength);
    for (const QChar c : name) {
        const bool allowed = (c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9') || c == u'-';
        if (!allowed)
            return tr("The name may only use small letters (a–z), digits and “-”.");
    }
    return {};
}

QString FormChecks::endpoint(const QString &endpoint)
{
    const QString example = tr("Write the server's address and port, like vps.example.org:51820, "
                               "203.0.113.5:51820 or [2001:db8::5]:51820.");
    if (endpoint.isEmpty())
        return example;
    QString host;
    QString port;
    if (endpoint.startsWith(u'[')) {
        const qsizetype close = endpoint.indexOf(u']');
        if (close < 0 || close + 1 >= endpoint.size() || endpoint.at(close + 1) != u':')
            return example;
        host = endpoint.mid(1, close - 1);
        port = endpoint.mid(close + 2);
        if (!isIpv6(host))
            return tr("“%1” is not an IPv6 address.").arg(host);
    } else {
        const qsizetype colon = endpoint.lastIndexOf(u':');
        if (colon < 0)
            return tr("The server address needs a port after a colon, like %1:51820.").arg(endpoint);
        host = endpoint.left(colon);
        port = endpoint.mid(colon + 1);
        if (host.contains(u':'))
            return tr("Put an IPv6 address in square brackets, like [2001:db8::5]:51820.");
        if (!isIpv4(host) && !isHostName(host))
            return tr("“%1” is neither an IP address nor a host name.").arg(host);
    }
    if (!allDigits(port) || port.toInt() < 1 || port.toInt() > 65535)
        return tr("The port must be a number from 1 to 65535.");
    return {};
}

QString FormChecks::publicKey(const QString &key)
{
    if (key.isEmpty())
        return tr("Paste the server's public key (44 characters, ending in “=”).");
    const QByteArray text = key.toLatin1();
    const auto decoded = QByteArray::fromBase64Encoding(text, QByteArray::AbortOnBase64DecodingErrors);
    // Re-encoding must give the text back, as wg(8) demands.
    if (key.size() != 44 || !decoded || decoded.decoded.size() != 32
        || decoded.decoded.toBase64() != text)
        return tr("This is not a WireGuard public key: it should be 44 characters of letters, "
                  "digits, “+” and “/”, ending in “=”.");
    return {};
}

QString FormChecks::addresses(const QStringList &addresses)
{
    if (addresses.isEmpty())
        return tr("Enter this computer's address inside the tunnel, like 10.8.0.2/32 "
                  "or fd00:8::2/128.");
    for (const QString &address : addresses) {
        if (!isAddressWithLength(address))
            return tr("“%1” is not an IP address (with an optional /length, like 10.8.0.2/32).")
                .arg(address);
    }
    return {};
}

QString FormChecks::dns(const QStringList &entries)
{
    for (const QString &entry : entries) {
        if (entry.contains(u'/'))
            return tr("“%1”: a DNS server is a plain address, without /length.").arg(entry);
        const bool looksNumeric = entry.contains(u':')
            || entry.indexOf(QRegularExpression(QStringLiteral("[^0-9.]"))) < 0;
        if (looksNumeric ? !(isIpv4(entry) || isIpv6(entry)) : !isHostName(entry))
            return tr("“%1” is neither a DNS server address nor a search domain.").arg(entry);
    }
    return {};
}

QString FormChecks::mtu(const QString &mtu)
{
    if (!allDigits(mtu) || mtu.toInt() < MinMtu || mtu.toInt() > MaxMtu)
        return tr("The MTU must be a number from %1 to %2.").arg(MinMtu).arg(MaxMtu);
    return {};
}

} // namespace Lifeline::Windows
