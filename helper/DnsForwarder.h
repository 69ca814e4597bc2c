// Name resolution for one isolated namespace. Listens on the namespace's own
// loopback and asks the resolvers the host uses, from the host's namespace:
// so it works whatever the host has — systemd-resolved's 127.0.0.53 stub
// (unreachable from another namespace), a LAN resolver, or resolvers only
// reachable over the family the namespace lacks.
#pragma once

#include <QHash>
#include <QHostAddress>
#include <QObject>
#include <QTcpServer>
#include <QUdpSocket>

#include <memory>

namespace Lifeline {

class DnsForwarder : public QObject
{
    Q_OBJECT
public:
    // `listen` is an address inside the namespace (127.0.0.1 or ::1).
    static std::unique_ptr<DnsForwarder> create(int netnsFd, const QHostAddress &listen,
                                                const QList<QHostAddress> &upstreams,
                                                QString *error);
    ~DnsForwarder() override;

    // The nameservers of a resolv.conf (the host's: /etc/resolv.conf).
    static QList<QHostAddress> resolversOf(const QByteArray &resolvConf);

    static constexpr int QueryTimeoutMs = 2500;
    static constexpr int MaxPendingQueries = 256;

private:
    struct Pending {
        QHostAddress client;
        quint16 clientPort = 0;
        quint16 clientId = 0;
        QByteArray query;
        int upstream = 0;
        qint64 sentAt = 0;
    };

    explicit DnsForwarder(const QList<QHostAddress> &upstreams);
    void onQuery();
    void onAnswer(QUdpSocket *socket);
    void onTcpClient();
    void send(quint16 id, Pending &pending);
    void expire();

    QList<QHostAddress> m_upstreams;
    QUdpSocket m_listener;
    QTcpServer m_tcpListener;
    QUdpSocket m_upstream4;
    QUdpSocket m_upstream6;
    QHash<quint16, Pending> m_pending;
    quint16 m_nextId;
};

} // namespace Lifeline
