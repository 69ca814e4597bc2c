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
#include <QTimer>
#include <QUdpSocket>

#include <memory>

namespace Lifeline {

class DnsForwarder : public QObject
{
    Q_OBJECT
public:
    // The listening sockets, UDP and TCP port 53, closed unless handed on.
    struct Listeners {
        int udp = -1;
        int tcp = -1;
        Listeners() = default;
        Listeners(const Listeners &) = delete;
        Listeners &operator=(const Listeners &) = delete;
        ~Listeners();
    };
    // Binds `listen` (127.0.0.1 or ::1), port 53, in the calling thread's
    // network namespace: call it on a thread inside the launch's namespace
    // (a socket keeps the namespace it was made in, whichever thread uses it
    // later). Empty on success, else why not.
    static QString listenInside(const QHostAddress &listen, Listeners *listeners);

    // Takes the listeners over; the upstream sockets are made in the
    // helper's namespace when the first query needs them.
    static std::unique_ptr<DnsForwarder> create(
        Listeners &listeners, const QList<QHostAddress> &upstreams, QString *error);
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
    QUdpSocket &upstreamSocket(const QHostAddress &upstream);

    QList<QHostAddress> m_upstreams;
    QUdpSocket m_listener;
    QTcpServer m_tcpListener;
    QUdpSocket m_upstream4;
    QUdpSocket m_upstream6;
    QHash<quint16, Pending> m_pending;
    QTimer *m_sweep = nullptr; // runs only while queries are pending
    quint16 m_nextId;
};

} // namespace Lifeline
