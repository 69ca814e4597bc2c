#include "DnsForwarder.h"

#include <QDateTime>
#include <QRandomGenerator>
#include <QTcpSocket>
#include <QTimer>

#include <arpa/inet.h>
#include <cerrno>
#include <cstring>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

namespace Lifeline {
namespace {

constexpr quint16 DnsPort = 53;
constexpr int TcpIdleMs = 10000;

// A socket bound to `address`:53 in the calling thread's network namespace,
// or -1 with errno set.
int boundSocket(const QHostAddress &address, int type)
{
    const bool v6 = address.protocol() == QAbstractSocket::IPv6Protocol;
    const int fd = ::socket(v6 ? AF_INET6 : AF_INET, type | SOCK_CLOEXEC | SOCK_NONBLOCK, 0);
    if (fd < 0)
        return -1;
    sockaddr_storage storage {};
    socklen_t length = 0;
    if (v6) {
        auto *in6 = reinterpret_cast<sockaddr_in6 *>(&storage);
        in6->sin6_family = AF_INET6;
        in6->sin6_port = htons(DnsPort);
        const Q_IPV6ADDR raw = address.toIPv6Address();
        memcpy(&in6->sin6_addr, &raw, sizeof raw);
        length = sizeof *in6;
    } else {
        auto *in4 = reinterpret_cast<sockaddr_in *>(&storage);
        in4->sin_family = AF_INET;
        in4->sin_port = htons(DnsPort);
        in4->sin_addr.s_addr = htonl(address.toIPv4Address());
        length = sizeof *in4;
    }
    if (::bind(fd, reinterpret_cast<sockaddr *>(&storage), length) != 0
        || (type == SOCK_STREAM && ::listen(fd, 16) != 0)) {
        const int saved = errno;
        ::close(fd);
        errno = saved;
        return -1;
    }
    return fd;
}

quint16 idOf(const QByteArray &message)
{
    return message.size() >= 2 ? quint16((quint8(message[0]) << 8) | quint8(message[1])) : 0;
}

void setId(QByteArray &message, quint16 id)
{
    message[0] = char(id >> 8);
    message[1] = char(id & 0xff);
}

// Relays one DNS-over-TCP connection to the first upstream, bytes both ways.
void relayTcp(QTcpSocket *client, const QHostAddress &upstream)
{
    auto *server = new QTcpSocket(client);
    auto *idle = new QTimer(client);
    idle->setSingleShot(true);
    idle->start(TcpIdleMs);
    QObject::connect(idle, &QTimer::timeout, client, &QTcpSocket::abort);
    QObject::connect(client, &QTcpSocket::disconnected, client, &QObject::deleteLater);
    QObject::connect(server, &QTcpSocket::disconnected, client, &QTcpSocket::disconnectFromHost);
    QObject::connect(server, &QTcpSocket::errorOccurred, client, &QTcpSocket::abort);
    QObject::connect(client, &QTcpSocket::readyRead, server, [client, server, idle] {
        idle->start(TcpIdleMs);
        if (server->state() == QAbstractSocket::ConnectedState)
            server->write(client->readAll());
    });
    QObject::connect(server, &QTcpSocket::connected, server, [client, server] {
        server->write(client->readAll());
    });
    QObject::connect(server, &QTcpSocket::readyRead, client, [client, server, idle] {
        idle->start(TcpIdleMs);
        client->write(server->readAll());
    });
    server->connectToHost(upstream, DnsPort);
}

} // namespace

DnsForwarder::DnsForwarder(const QList<QHostAddress> &upstreams)
    : m_upstreams(upstreams)
    , m_nextId(quint16(QRandomGenerator::system()->generate()))
{
}

DnsForwarder::~DnsForwarder() = default;

DnsForwarder::Listeners::~Listeners()
{
    for (const int fd : { udp, tcp }) {
        if (fd >= 0)
            ::close(fd);
    }
}

QString DnsForwarder::listenInside(const QHostAddress &listen, Listeners *listeners)
{
    listeners->udp = boundSocket(listen, SOCK_DGRAM);
    if (listeners->udp >= 0)
        listeners->tcp = boundSocket(listen, SOCK_STREAM);
    if (listeners->tcp >= 0)
        return {};
    const QString why = QString::fromLocal8Bit(strerror(errno));
    return QStringLiteral("cannot listen for DNS on %1 in the namespace: %2")
        .arg(listen.toString(), why);
}

std::unique_ptr<DnsForwarder> DnsForwarder::create(
    Listeners &listeners, const QList<QHostAddress> &upstreams, QString *error)
{
    if (upstreams.isEmpty()) {
        *error = QStringLiteral("the host has no DNS resolver configured");
        return nullptr;
    }
    std::unique_ptr<DnsForwarder> forwarder(new DnsForwarder(upstreams));
    if (!forwarder->m_listener.setSocketDescriptor(listeners.udp, QAbstractSocket::BoundState)) {
        *error = QStringLiteral("cannot use the DNS socket: %1").arg(forwarder->m_listener.errorString());
        return nullptr;
    }
    listeners.udp = -1; // the QUdpSocket closes it now
    if (!forwarder->m_tcpListener.setSocketDescriptor(listeners.tcp)) {
        *error = QStringLiteral("cannot use the DNS socket: %1").arg(forwarder->m_tcpListener.errorString());
        return nullptr;
    }
    listeners.tcp = -1;

    DnsForwarder *self = forwarder.get();
    connect(&self->m_listener, &QUdpSocket::readyRead, self, &DnsForwarder::onQuery);
    connect(&self->m_upstream4, &QUdpSocket::readyRead, self, [self] { self->onAnswer(&self->m_upstream4); });
    connect(&self->m_upstream6, &QUdpSocket::readyRead, self, [self] { self->onAnswer(&self->m_upstream6); });
    connect(&self->m_tcpListener, &QTcpServer::newConnection, self, &DnsForwarder::onTcpClient);
    self->m_sweep = new QTimer(self);
    connect(self->m_sweep, &QTimer::timeout, self, &DnsForwarder::expire);
    return forwarder;
}

QUdpSocket &DnsForwarder::upstreamSocket(const QHostAddress &upstream)
{
    QUdpSocket &socket
        = upstream.protocol() == QAbstractSocket::IPv6Protocol ? m_upstream6 : m_upstream4;
    // Made on first use, here in the helper's (the host's) namespace: most
    // launches never ask over both families, many never ask at all.
    if (socket.state() == QAbstractSocket::UnconnectedState)
        socket.bind(&socket == &m_upstream6 ? QHostAddress::AnyIPv6 : QHostAddress::AnyIPv4, 0);
    return socket;
}

QList<QHostAddress> DnsForwarder::resolversOf(const QByteArray &resolvConf)
{
    QList<QHostAddress> resolvers;
    for (const QByteArray &rawLine : resolvConf.split('\n')) {
        const QList<QByteArray> fields = rawLine.simplified().split(' ');
        if (fields.size() < 2 || fields[0] != "nameserver")
            continue;
        // A scope (fe80::1%eth0) is kept: QHostAddress understands it.
        const QHostAddress address(QString::fromLatin1(fields[1]));
        if (!address.isNull() && !resolvers.contains(address))
            resolvers << address;
    }
    return resolvers;
}

void DnsForwarder::onQuery()
{
    while (m_listener.hasPendingDatagrams()) {
        QHostAddress client;
        quint16 port = 0;
        QByteArray query(int(m_listener.pendingDatagramSize()), Qt::Uninitialized);
        const qint64 size = m_listener.readDatagram(query.data(), query.size(), &client, &port);
        if (size < 12 || m_pending.size() >= MaxPendingQueries)
            continue; // not a DNS header, or flooded: drop like a busy resolver would
        query.truncate(int(size));
        Pending pending{client, port, idOf(query), query, 0, 0};
        while (m_pending.contains(m_nextId))
            ++m_nextId;
        const quint16 id = m_nextId++;
        send(id, m_pending.insert(id, pending).value());
    }
    if (!m_pending.isEmpty() && !m_sweep->isActive())
        m_sweep->start(QueryTimeoutMs / 5);
}

void DnsForwarder::send(quint16 id, Pending &pending)
{
    const QHostAddress &upstream = m_upstreams.at(pending.upstream);
    QByteArray query = pending.query;
    setId(query, id);
    upstreamSocket(upstream).writeDatagram(query, upstream, DnsPort);
    pending.sentAt = QDateTime::currentMSecsSinceEpoch();
}

void DnsForwarder::onAnswer(QUdpSocket *socket)
{
    while (socket->hasPendingDatagrams()) {
        QHostAddress from;
        quint16 port = 0;
        QByteArray answer(int(socket->pendingDatagramSize()), Qt::Uninitialized);
        const qint64 size = socket->readDatagram(answer.data(), answer.size(), &from, &port);
        if (size < 12)
            continue;
        answer.truncate(int(size));
        const auto it = m_pending.find(idOf(answer));
        // Only answers from the upstream we asked, on the DNS port, count.
        if (it == m_pending.end() || port != DnsPort || !m_upstreams.contains(from))
            continue;
        setId(answer, it->clientId);
        m_listener.writeDatagram(answer, it->client, it->clientPort);
        m_pending.erase(it);
    }
}

void DnsForwarder::expire()
{
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const qint64 perUpstream = QueryTimeoutMs / qMax(1, int(m_upstreams.size()));
    for (auto it = m_pending.begin(); it != m_pending.end();) {
        if (now - it->sentAt < perUpstream) {
            ++it;
        } else if (it->upstream + 1 < m_upstreams.size()) {
            ++it->upstream; // that resolver did not answer in time: try the next
            send(it.key(), it.value());
            ++it;
        } else {
            it = m_pending.erase(it);
        }
    }
    if (m_pending.isEmpty())
        m_sweep->stop();
}

void DnsForwarder::onTcpClient()
{
    while (QTcpSocket *client = m_tcpListener.nextPendingConnection())
        relayTcp(client, m_upstreams.first());
}

} // namespace Lifeline
