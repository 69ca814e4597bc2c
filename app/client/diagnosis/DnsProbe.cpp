#include "DnsProbe.h"

#include "DnsMessage.h"

#include <QFile>
#include <QNetworkDatagram>
#include <QRandomGenerator>
#include <QUdpSocket>

namespace Lifeline::Diagnosis {

namespace {

constexpr int ResendMs = 1000;

} // namespace

DnsProbe::DnsProbe(const QString &name, QObject *parent, const QString &resolvConf, quint16 port)
    : QObject(parent)
    , m_name(name)
    , m_resolvConf(resolvConf)
    , m_port(port)
{
    m_queries[0].type = Dns::TypeA;
    m_queries[1].type = Dns::TypeAAAA;
    m_resend.setInterval(ResendMs);
    connect(&m_resend, &QTimer::timeout, this, &DnsProbe::send);
}

void DnsProbe::start()
{
    m_wireName = Dns::wireName(m_name);
    QFile file(m_resolvConf);
    // Unreadable: the resolver library's default, as for a file without servers.
    const QByteArray conf = file.open(QIODevice::ReadOnly) ? file.read(64 * 1024) : QByteArray();
    if (m_wireName.isEmpty()) {
        for (Query &query : m_queries)
            query.finished = true;
        settle();
        return;
    }
    for (Query &query : m_queries)
        query.id = quint16(QRandomGenerator::global()->generate());
    for (const QHostAddress &address : Dns::nameservers(conf)) {
        Server server;
        server.address = address;
        server.socket = new QUdpSocket(this);
        m_servers.append(server);
    }
    for (int i = 0; i < m_servers.size(); ++i) {
        QUdpSocket *socket = m_servers[i].socket;
        connect(socket, &QUdpSocket::readyRead, this, [this, i] { read(m_servers[i]); });
    }
    send();
    m_resend.start();
}

void DnsProbe::send()
{
    for (Server &server : m_servers) {
        for (int q = 0; q < 2; ++q) {
            const Query &query = m_queries[q];
            if (query.finished || server.saidNo[q])
                continue;
            const QByteArray datagram = Dns::query(query.id, m_wireName, query.type);
            // No route to this server (its family is down): it cannot say yes.
            if (server.socket->writeDatagram(datagram, server.address, m_port) < 0)
                refused(server, q);
        }
    }
    settle();
}

void DnsProbe::read(Server &server)
{
    while (server.socket->hasPendingDatagrams()) {
        const QNetworkDatagram datagram = server.socket->receiveDatagram(4096);
        if (datagram.senderPort() != m_port || !Dns::sameServer(datagram.senderAddress(), server.address))
            continue;
        for (int q = 0; q < 2; ++q) {
            Query &query = m_queries[q];
            if (query.finished)
                continue;
            switch (Dns::readReply(datagram.data(), query.id, m_wireName, query.type)) {
            case Dns::Reply::Answered:
                query.answered = query.finished = true;
                break;
            case Dns::Reply::NoAnswer:
                refused(server, q);
                break;
            case Dns::Reply::NotOurs:
                break;
            }
        }
    }
    settle();
}

void DnsProbe::refused(Server &server, int q)
{
    server.saidNo[q] = true;
    Query &query = m_queries[q];
    query.finished = query.finished
        || std::all_of(m_servers.cbegin(), m_servers.cend(),
                       [q](const Server &each) { return each.saidNo[q]; });
}

void DnsProbe::settle()
{
    if (m_done || !m_queries[0].finished || !m_queries[1].finished)
        return;
    m_done = true;
    m_resend.stop();
    for (Server &server : m_servers)
        server.socket->close();
    Q_EMIT done(m_queries[0].answered, m_queries[1].answered);
}

} // namespace Lifeline::Diagnosis
