#include "WgQuickFields.h"

#include "ValueForMessage.h"

#include <arpa/inet.h>

namespace Lifeline::Tunnel::Fields {
namespace {

// A caller's value inside a message: short, control characters made visible,
// and never anything that looks like a key: a private key pasted into the
// wrong field must not end up in an error that the helper may log.
QString shown(QStringView value)
{
    qsizetype run = 0;
    for (const QChar c : value) {
        const bool base64 = (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z')
            || (c >= u'0' && c <= u'9') || c == u'+' || c == u'/' || c == u'=';
        run = base64 ? run + 1 : 0;
        if (run >= KeyBase64Chars - 4)
            return QStringLiteral("(a value that looks like a key)");
    }
    return valueForMessage(value, 60);
}

bool allDigits(QStringView text)
{
    if (text.isEmpty())
        return false;
    for (const QChar c : text) {
        if (c < u'0' || c > u'9')
            return false;
    }
    return true;
}

// Decimal digits only (no sign, no spaces), within [min, max].
std::optional<quint64> number(QStringView text, quint64 min, quint64 max)
{
    if (!allDigits(text) || text.size() > 10)
        return std::nullopt;
    const quint64 value = text.toULongLong();
    if (value < min || value > max)
        return std::nullopt;
    return value;
}

// 1 to 8 hex digits (no sign, no spaces, no second "0x"), at most `max`.
std::optional<quint64> hexNumber(QStringView text, quint64 max)
{
    if (text.isEmpty() || text.size() > 8)
        return std::nullopt;
    quint64 value = 0;
    for (const QChar c : text) {
        int nibble = 0;
        if (c >= u'0' && c <= u'9')
            nibble = c.unicode() - u'0';
        else if (c >= u'a' && c <= u'f')
            nibble = c.unicode() - u'a' + 10;
        else if (c >= u'A' && c <= u'F')
            nibble = c.unicode() - u'A' + 10;
        else
            return std::nullopt;
        value = value * 16 + quint64(nibble);
    }
    if (value > max)
        return std::nullopt;
    return value;
}

// inet_pton sees Latin-1 bytes; a wider character must not turn into '?'.
bool isAscii(QStringView text)
{
    for (const QChar c : text) {
        if (c.unicode() > 0x7f)
            return false;
    }
    return true;
}

// Splits a comma list as wg-quick does (commas and blanks both separate
// items); empty items are dropped.
QList<QStringView> items(QStringView value)
{
    QList<QStringView> result;
    qsizetype start = 0;
    for (qsizetype i = 0; i <= value.size(); ++i) {
        if (i < value.size() && value.at(i) != u',' && !value.at(i).isSpace())
            continue;
        if (i > start)
            result << value.mid(start, i - start);
        start = i + 1;
    }
    return result;
}

std::optional<Net::Prefix> prefix(QStringView text, QString *error)
{
    // Prefix::parse leans on inet_pton and QString::toInt, which would let
    // blanks or a '+' through; only the characters of an address pass here.
    for (const QChar c : text) {
        const bool allowed = (c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'f')
            || (c >= u'A' && c <= u'F') || c == u'.' || c == u':' || c == u'/';
        if (!allowed) {
            *error = QStringLiteral("\"%1\" is not an IP address with an optional /length")
                         .arg(shown(text));
            return std::nullopt;
        }
    }
    const qsizetype slash = text.indexOf(u'/');
    const auto parsed = Net::Prefix::parse(text.toString());
    // Prefix::parse's own message would echo the text unfiltered.
    if (!parsed && slash >= 0 && Net::Prefix::parse(text.left(slash).toString()))
        *error = QStringLiteral("\"%1\" has no valid prefix length").arg(shown(text));
    else if (!parsed)
        *error = QStringLiteral("\"%1\" is not an IP address").arg(shown(text));
    else if (slash >= 0 && !allDigits(text.mid(slash + 1)))
        *error = QStringLiteral("\"%1\" has no valid prefix length").arg(shown(text));
    else
        return parsed;
    return std::nullopt;
}

bool looksLikeAddress(QStringView text)
{
    // wg-quick's own test: digits and dots, or anything with a colon.
    if (text.contains(u':'))
        return true;
    for (const QChar c : text) {
        if (!((c >= u'0' && c <= u'9') || c == u'.'))
            return false;
    }
    return true;
}

} // namespace

bool isDnsName(QStringView name)
{
    if (name.endsWith(u'.'))
        name.chop(1);
    if (name.isEmpty() || name.size() > 253)
        return false;
    for (QStringView label : name.split(u'.')) {
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

QString key(QStringView key, QStringView value, QByteArray *out)
{
    if (value.size() != KeyBase64Chars)
        return QStringLiteral("%1 must be %2 characters of base64 (a 32-byte key), not %3")
            .arg(key)
            .arg(KeyBase64Chars)
            .arg(value.size());
    QByteArray text = value.toLatin1();
    auto decoded = QByteArray::fromBase64Encoding(text, QByteArray::AbortOnBase64DecodingErrors);
    // Re-encoding must give the text back: that refuses stray characters and
    // non-zero padding bits, as wg(8) does. 44 characters always decode to
    // at most 33 bytes, so a 31- or 33-byte key is caught by the size.
    QByteArray again = decoded.decoded.toBase64();
    const bool valid = decoded && decoded.decoded.size() == KeyBytes && again == text;
    wipe(text);
    wipe(again);
    if (!valid) {
        wipe(decoded.decoded);
        return QStringLiteral("%1 is not valid base64 of a 32-byte key").arg(key);
    }
    *out = decoded.decoded;
    return {};
}

QString prefixList(QStringView key, QStringView value, bool normalise, QList<Net::Prefix> *out)
{
    const QList<QStringView> list = items(value);
    if (list.isEmpty())
        return QStringLiteral("%1 has no value").arg(key);
    for (QStringView item : list) {
        QString error;
        const auto parsed = prefix(item, &error);
        if (!parsed)
            return QStringLiteral("%1: %2").arg(key, error);
        *out << (normalise ? parsed->network() : *parsed);
    }
    return {};
}

QString dns(QStringView value, QList<Net::Prefix> *servers, QStringList *search)
{
    const QList<QStringView> list = items(value);
    if (list.isEmpty())
        return QStringLiteral("DNS has no value");
    for (QStringView item : list) {
        if (item.contains(u'/'))
            return QStringLiteral("DNS: \"%1\" has a /length; a resolver is a plain address")
                .arg(shown(item));
        if (looksLikeAddress(item)) {
            QString error;
            const auto parsed = prefix(item, &error);
            if (!parsed)
                return QStringLiteral("DNS: \"%1\" is not an IP address").arg(shown(item));
            *servers << *parsed;
        } else if (isDnsName(item)) {
            *search << item.toString();
        } else {
            return QStringLiteral("DNS: \"%1\" is neither an IP address nor a search domain")
                .arg(shown(item));
        }
    }
    return {};
}

QString mtu(QStringView value, quint32 *out)
{
    const auto parsed = number(value, MinMtu, MaxMtu);
    if (!parsed)
        return QStringLiteral("MTU \"%1\" must be a number from %2 to %3")
            .arg(shown(value))
            .arg(MinMtu)
            .arg(MaxMtu);
    *out = quint32(*parsed);
    return {};
}

QString listenPort(QStringView value, quint16 *out)
{
    // 0 asks the kernel for a random port, as wg(8) documents.
    const auto parsed = number(value, 0, 65535);
    if (!parsed)
        return QStringLiteral("ListenPort \"%1\" is not a port number (0 to 65535)")
            .arg(shown(value));
    *out = quint16(*parsed);
    return {};
}

QString fwMark(QStringView value, quint32 *out)
{
    if (value.compare(u"off", Qt::CaseInsensitive) == 0) {
        *out = 0;
        return {};
    }
    std::optional<quint64> parsed;
    if (value.startsWith(u"0x", Qt::CaseInsensitive))
        parsed = hexNumber(value.mid(2), 0xffffffffu);
    else
        parsed = number(value, 0, 0xffffffffu);
    if (!parsed)
        return QStringLiteral("FwMark \"%1\" must be a 32-bit number (decimal or 0x hex) or off")
            .arg(shown(value));
    *out = quint32(*parsed);
    return {};
}

QString table(QStringView value, TableMode *mode, quint32 *number)
{
    if (value.compare(u"off", Qt::CaseInsensitive) == 0) {
        *mode = TableMode::Off;
        return {};
    }
    if (value.compare(u"auto", Qt::CaseInsensitive) == 0) {
        *mode = TableMode::Auto;
        return {};
    }
    // The one table name every system has; other names from
    // /etc/iproute2/rt_tables differ per host, so only numbers are taken.
    if (value.compare(u"main", Qt::CaseInsensitive) == 0) {
        *mode = TableMode::Number;
        *number = MainTable;
        return {};
    }
    // 0 is "unspecified" to the kernel and 255 its local table, where a
    // route would take over local delivery.
    const auto parsed = Fields::number(value, 1, 0xffffffffu);
    if (!parsed || *parsed == 255)
        return QStringLiteral("Table \"%1\" must be off, auto, main or a routing table number "
                              "(1 to 4294967295, not 255)")
            .arg(shown(value));
    *mode = TableMode::Number;
    *number = quint32(*parsed);
    return {};
}

QString endpoint(QStringView value, Endpoint *out)
{
    QStringView host;
    QStringView port;
    Endpoint result;
    if (value.startsWith(u'[')) {
        const qsizetype close = value.indexOf(u']');
        if (close < 0)
            return QStringLiteral("Endpoint \"%1\" has an unclosed '['").arg(shown(value));
        if (close + 1 >= value.size() || value.at(close + 1) != u':')
            return QStringLiteral("Endpoint \"%1\" needs a port after the ']', like "
                                  "[2001:db8::1]:51820")
                .arg(shown(value));
        host = value.mid(1, close - 1);
        port = value.mid(close + 2);
        result.kind = Endpoint::Kind::IPv6;
    } else {
        const qsizetype colon = value.lastIndexOf(u':');
        if (colon < 0)
            return QStringLiteral("Endpoint \"%1\" needs a port, like host:51820")
                .arg(shown(value));
        host = value.left(colon);
        port = value.mid(colon + 1);
        // An unbracketed IPv6 address is ambiguous: is the last group the port?
        if (host.contains(u':'))
            return QStringLiteral("Endpoint \"%1\": an IPv6 address needs brackets, like "
                                  "[2001:db8::1]:51820")
                .arg(shown(value));
        result.kind = looksLikeAddress(host) ? Endpoint::Kind::IPv4 : Endpoint::Kind::Hostname;
    }
    if (host.isEmpty())
        return QStringLiteral("Endpoint \"%1\" has no host before the port").arg(shown(value));
    const auto portNumber = number(port, 1, 65535);
    if (!portNumber)
        return QStringLiteral("Endpoint \"%1\" has no valid port (1 to 65535)").arg(shown(value));
    result.port = quint16(*portNumber);
    quint8 buffer[16];
    const QByteArray latin1 = host.toLatin1();
    switch (result.kind) {
    case Endpoint::Kind::IPv6:
        if (!isAscii(host) || inet_pton(AF_INET6, latin1.constData(), buffer) != 1)
            return QStringLiteral("Endpoint \"%1\": \"%2\" is not an IPv6 address")
                .arg(shown(value), shown(host));
        break;
    case Endpoint::Kind::IPv4:
        if (inet_pton(AF_INET, latin1.constData(), buffer) != 1)
            return QStringLiteral("Endpoint \"%1\": \"%2\" is not an IPv4 address")
                .arg(shown(value), shown(host));
        break;
    case Endpoint::Kind::Hostname:
        if (!isDnsName(host))
            return QStringLiteral("Endpoint \"%1\": \"%2\" is not an address or host name")
                .arg(shown(value), shown(host));
        break;
    }
    result.host = host.toString();
    *out = result;
    return {};
}

QString persistentKeepalive(QStringView value, quint16 *out)
{
    if (value.compare(u"off", Qt::CaseInsensitive) == 0) {
        *out = 0;
        return {};
    }
    const auto parsed = number(value, 0, 65535);
    if (!parsed)
        return QStringLiteral("PersistentKeepalive \"%1\" must be off or seconds (0 to 65535)")
            .arg(shown(value));
    *out = quint16(*parsed);
    return {};
}

} // namespace Lifeline::Tunnel::Fields
