// A and AAAA queries for one name to the servers in resolv.conf, sent to all
// of them at once and resent every second until one answers or every one has
// said no. Asked directly over UDP, not through the resolver library: its
// queries cannot be abandoned, so with the DNS down a check (and
// `lifelinectl status`) would wait out its timeouts, 20 s with two servers
// and the default options, long after the round's own deadline.
#pragma once

#include <QHostAddress>
#include <QList>
#include <QObject>
#include <QString>
#include <QTimer>

class QUdpSocket;

namespace Lifeline::Diagnosis {

class DnsProbe : public QObject {
    Q_OBJECT
public:
    // `resolvConf` and `port` (resolv.conf cannot name one) differ only in tests.
    DnsProbe(const QString &name, QObject *parent,
             const QString &resolvConf = QStringLiteral("/etc/resolv.conf"), quint16 port = 53);
    void start();
    // So far: a round that ends before both answered keeps what did arrive.
    bool answersA() const { return m_queries[0].answered; }
    bool answersAAAA() const { return m_queries[1].answered; }

Q_SIGNALS:
    // Once each query has an answer (records present) or every server said no.
    void done(bool answersA, bool answersAAAA);

private:
    struct Server {
        QHostAddress address;
        QUdpSocket *socket = nullptr;
        bool saidNo[2] = {false, false}; // per query
    };
    struct Query {
        quint16 type = 0;
        quint16 id = 0;
        bool answered = false;
        bool finished = false;
    };
    void send();
    void read(Server &server);
    void refused(Server &server, int query);
    void settle();

    QString m_name;
    QString m_resolvConf;
    quint16 m_port;
    QByteArray m_wireName;
    QList<Server> m_servers;
    Query m_queries[2];
    QTimer m_resend;
    bool m_done = false;
};

} // namespace Lifeline::Diagnosis
