#include "Uapi.h"

#include <algorithm>
#include <cstring>
#include <limits>

namespace Lifeline::WireGuard::Uapi {
namespace {

QByteArray line(const char *key, const QByteArray &value)
{
    return QByteArray(key) + '=' + value + '\n';
}

// Names only the key of the offending line, never its value: the reply to
// "get" holds the private key.
QString malformed(const QByteArray &entry)
{
    const qsizetype equals = entry.indexOf('=');
    if (equals <= 0)
        return QStringLiteral("wireguard-go sent a malformed reply (a line without a key)");
    return QStringLiteral("wireguard-go sent a malformed reply (at \"%1\")")
        .arg(QString::fromLatin1(entry.left(std::min<qsizetype>(equals, 40)).toPercentEncoding()));
}

// Strict decimal: QByteArray::toULongLong accepts "+1" and " 1".
template<typename T> std::optional<T> number(const QByteArray &text)
{
    if (text.isEmpty() || text.size() > 20)
        return std::nullopt;
    for (const char c : text) {
        if (c < '0' || c > '9')
            return std::nullopt;
    }
    bool ok = false;
    const qulonglong value = text.toULongLong(&ok);
    if (!ok || value > qulonglong(std::numeric_limits<T>::max()))
        return std::nullopt;
    return T(value);
}

// The reply's lines without the final "errno=N" and empty line; nothing
// (and `error` set) unless it is one complete reply. `errnoValue` gets |N|.
std::optional<QList<QByteArray>> splitReply(
    const QByteArray &reply, int *errnoValue, QString *error)
{
    if (!isComplete(reply)) {
        *error = QStringLiteral("wireguard-go sent an incomplete reply");
        return std::nullopt;
    }
    QList<QByteArray> lines = reply.left(reply.size() - 2).split('\n');
    const QByteArray last = lines.takeLast();
    if (!last.startsWith("errno=")) {
        *error = QStringLiteral("wireguard-go's reply does not end with an errno line");
        return std::nullopt;
    }
    const QByteArray digits = last.mid(6);
    const auto value = number<int>(digits.startsWith('-') ? digits.mid(1) : digits);
    if (!value) {
        *error = malformed(last);
        return std::nullopt;
    }
    *errnoValue = *value;
    return lines;
}

QString errnoSentence(int value)
{
    return QStringLiteral("wireguard-go refused the request: %1 (errno %2)")
        .arg(QString::fromLocal8Bit(strerror(value)))
        .arg(value);
}

// One key=value of a peer section; false if the value is malformed.
bool parsePeerField(const QByteArray &key, const QByteArray &value, PeerStatus *peer)
{
    if (key == "endpoint") {
        peer->endpoint = Endpoint::parse(QString::fromLatin1(value));
        return peer->endpoint.has_value();
    }
    if (key == "allowed_ip") {
        const auto prefix = Net::Prefix::parse(QString::fromLatin1(value));
        if (!prefix || !value.contains('/'))
            return false;
        peer->allowedIps.append(*prefix);
        return true;
    }
    if (key == "last_handshake_time_sec") {
        const auto seconds = number<qint64>(value);
        peer->lastHandshakeSec = seconds.value_or(0);
        return seconds.has_value();
    }
    if (key == "rx_bytes" || key == "tx_bytes") {
        const auto bytes = number<quint64>(value);
        (key == "rx_bytes" ? peer->rxBytes : peer->txBytes) = bytes.value_or(0);
        return bytes.has_value();
    }
    if (key == "persistent_keepalive_interval") {
        const auto seconds = number<quint16>(value);
        peer->persistentKeepalive = seconds.value_or(0);
        return seconds.has_value();
    }
    if (key == "last_handshake_time_nsec")
        return number<quint32>(value).has_value();
    if (key == "preshared_key")
        return keyFromHex(value).has_value(); // checked, never kept: keys go in, not out
    // Newer daemons add keys (protocol_version, …): skip what we do not use.
    return true;
}

} // namespace

QByteArray setRequest(const DeviceConfig &config)
{
    QByteArray request = "set=1\n";
    request += line("private_key", keyToHex(config.privateKey));
    // Sent only when set, as wg does: listen_port=0 would move a running
    // device to a new random port on every configure.
    if (config.listenPort != 0)
        request += line("listen_port", QByteArray::number(config.listenPort));
    request += line("fwmark", QByteArray::number(config.fwmark));
    request += line("replace_peers", "true");
    for (const PeerConfig &peer : config.peers) {
        request += line("public_key", keyToHex(peer.publicKey));
        if (peer.presharedKey)
            request += line("preshared_key", keyToHex(*peer.presharedKey));
        if (peer.endpoint)
            request += line("endpoint", peer.endpoint->text().toLatin1());
        request
            += line("persistent_keepalive_interval", QByteArray::number(peer.persistentKeepalive));
        request += line("replace_allowed_ips", "true");
        for (const Net::Prefix &prefix : peer.allowedIps)
            request += line("allowed_ip", prefix.network().text().toLatin1());
    }
    return request + '\n';
}

QByteArray getRequest()
{
    return "get=1\n\n";
}

bool isComplete(const QByteArray &reply)
{
    return reply.endsWith("\n\n");
}

QString parseSetReply(const QByteArray &reply)
{
    int errnoValue = 0;
    QString error;
    const auto lines = splitReply(reply, &errnoValue, &error);
    if (!lines)
        return error;
    if (!lines->isEmpty())
        return malformed(lines->first());
    return errnoValue == 0 ? QString() : errnoSentence(errnoValue);
}

std::optional<QList<PeerStatus>> parseGetReply(
    const QByteArray &reply, QString *error, quint32 *fwmark)
{
    int errnoValue = 0;
    const auto lines = splitReply(reply, &errnoValue, error);
    if (!lines)
        return std::nullopt;
    if (errnoValue != 0) {
        *error = errnoSentence(errnoValue);
        return std::nullopt;
    }
    QList<PeerStatus> peers;
    for (const QByteArray &entry : *lines) {
        const qsizetype equals = entry.indexOf('=');
        if (equals <= 0) {
            *error = malformed(entry);
            return std::nullopt;
        }
        const QByteArray key = entry.left(equals);
        const QByteArray value = entry.mid(equals + 1);
        if (key == "public_key") {
            const auto publicKey = keyFromHex(value);
            if (!publicKey) {
                *error = malformed(entry);
                return std::nullopt;
            }
            peers.append(PeerStatus {});
            peers.last().publicKey = *publicKey;
            continue;
        }
        if (peers.isEmpty()) {
            // private_key, listen_port, fwmark: the device's own settings;
            // only the fwmark is read (to adopt a running tunnel).
            if (key == "fwmark") {
                const auto mark = number<quint32>(value);
                if (!mark) {
                    *error = malformed(entry);
                    return std::nullopt;
                }
                if (fwmark)
                    *fwmark = *mark;
            }
            continue;
        }
        if (!parsePeerField(key, value, &peers.last())) {
            *error = malformed(entry);
            return std::nullopt;
        }
    }
    return peers;
}

} // namespace Lifeline::WireGuard::Uapi
