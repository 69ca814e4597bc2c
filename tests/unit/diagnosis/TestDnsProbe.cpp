// The diagnosis's own DNS client: the messages it writes and reads (every odd
// reply), resolv.conf's servers, and DnsProbe against fake servers on
// loopback addresses (127.0.0.1 and 127.0.0.2, one port this test picks).
#include "DnsMessage.h"
#include "DnsProbe.h"

#include <QNetworkDatagram>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUdpSocket>

#include <functional>

using namespace Lifeline::Diagnosis;

namespace {

const QByteArray Name = QByteArrayLiteral("\x04" "dual" "\x03" "lab" "\x07" "example" "\x00");

quint16 idOf(const QByteArray &message)
{
    return quint16((quint8(message[0]) << 8) | quint8(message[1]));
}

quint16 typeOf(const QByteArray &query)
{
    const int at = query.size() - 4;
    return quint16((quint8(query[at]) << 8) | quint8(query[at + 1]));
}

void put16(QByteArray &out, int value)
{
    out.append(char((value >> 8) & 0xff));
    out.append(char(value & 0xff));
}

struct Record {
    int type;
    QByteArray data;
};

// A reply to `query` (its id and question) with `rcode` and `records`, each
// named by a pointer to the question's name.
QByteArray reply(const QByteArray &query, int rcode, const QList<Record> &records)
{
    QByteArray out;
    put16(out, idOf(query));
    put16(out, 0x8180 | rcode); // response, RD, RA
    put16(out, 1);
    put16(out, int(records.size()));
    put16(out, 0);
    put16(out, 0);
    out.append(query.mid(12)); // the question as asked
    for (const Record &record : records) {
        put16(out, 0xc00c);
        put16(out, record.type);
        put16(out, 1);
        put16(out, 0);
        put16(out, 60);
        put16(out, int(record.data.size()));
        out.append(record.data);
    }
    return out;
}

const QByteArray V4 = QByteArray::fromHex("cb007150");
const QByteArray V6 = QByteArray::fromHex("20010db8000300000000000000000080");

QByteArray answer(const QByteArray &query)
{
    return typeOf(query) == Dns::TypeA ? reply(query, 0, { { Dns::TypeA, V4 } })
                                       : reply(query, 0, { { Dns::TypeAAAA, V6 } });
}

// A DNS server on `address`:`port` that answers through `respond` (empty:
// stays silent) and counts what it was asked.
class FakeServer : public QObject {
public:
    using Respond = std::function<QByteArray(const QByteArray &query, int count)>;
    FakeServer(const QHostAddress &address, quint16 port, Respond respond)
        : m_respond(std::move(respond))
    {
        m_ok = m_socket.bind(address, port);
        connect(&m_socket, &QUdpSocket::readyRead, this, [this] {
            while (m_socket.hasPendingDatagrams()) {
                const QNetworkDatagram query = m_socket.receiveDatagram();
                ++queries;
                const QByteArray answer = m_respond ? m_respond(query.data(), queries) : QByteArray();
                if (!answer.isEmpty())
                    m_socket.writeDatagram(answer, query.senderAddress(), query.senderPort());
            }
        });
    }
    bool ok() const { return m_ok; }
    int queries = 0;

private:
    QUdpSocket m_socket;
    Respond m_respond;
    bool m_ok = false;
};

} // namespace

class TestDnsProbe : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void wireNames_data();
    void wireNames();
    void queryBytes();
    void replies_data();
    void replies();
    void nameservers_data();
    void nameservers();
    void sameServer();

    void answersBoth();
    void oneServerSilentTheOtherAnswers();
    void everyServerSaysNo();
    void aButNoAaaa();
    void repliesFromElsewhereAreIgnored();
    void lostQueryIsSentAgain();
    void silenceEndsNothingButTheRound();
    void noHostNameIsDoneAtOnce();

private:
    // resolv.conf naming `servers`; returns its path.
    QString resolvConf(const QStringList &servers);
    QTemporaryDir m_dir;
    quint16 m_port = 0;
};

void TestDnsProbe::initTestCase()
{
    // A free port on both loopback addresses the fake servers use.
    for (int attempt = 0; attempt < 20 && m_port == 0; ++attempt) {
        QUdpSocket probe;
        QVERIFY(probe.bind(QHostAddress(QStringLiteral("127.0.0.1")), 0));
        const quint16 port = probe.localPort();
        QUdpSocket other;
        if (other.bind(QHostAddress(QStringLiteral("127.0.0.2")), port))
            m_port = port;
    }
    QVERIFY(m_port != 0);
}

QString TestDnsProbe::resolvConf(const QStringList &servers)
{
    static int count = 0;
    const QString path = m_dir.filePath(QStringLiteral("resolv.conf.%1").arg(++count));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return {};
    file.write("# written by TestDnsProbe\noptions timeout:5 attempts:2\n");
    for (const QString &server : servers)
        file.write("nameserver " + server.toLatin1() + "\n");
    return path;
}

void TestDnsProbe::wireNames_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QByteArray>("wire");
    QTest::newRow("plain") << "dual.lab.example" << Name;
    QTest::newRow("trailing dot") << "dual.lab.example." << Name;
    QTest::newRow("upper case, lowered") << "Dual.Lab.Example" << Name;
    QTest::newRow("IDN as ACE") << QString::fromUtf8("bücher.example")
                                << QByteArray("\x0d" "xn--bcher-kva" "\x07" "example" "\x00", 23);
    QTest::newRow("empty label") << "dual..example" << QByteArray();
    QTest::newRow("empty") << "" << QByteArray();
    QTest::newRow("label of 64") << QString(64, u'a') + ".example" << QByteArray();
    QString longName;
    for (int i = 0; i < 26; ++i)
        longName += QStringLiteral("abcdefghi.");
    QTest::newRow("over 255") << longName + "example" << QByteArray();
}

void TestDnsProbe::wireNames()
{
    QFETCH(QString, name);
    QFETCH(QByteArray, wire);
    QCOMPARE(Dns::wireName(name), wire);
}

void TestDnsProbe::queryBytes()
{
    const QByteArray query = Dns::query(0x1234, Name, Dns::TypeAAAA);
    QCOMPARE(query.left(12), QByteArray::fromHex("123401000001000000000000"));
    QCOMPARE(query.mid(12, Name.size()), Name);
    QCOMPARE(query.mid(12 + Name.size()), QByteArray::fromHex("001c0001"));
}

void TestDnsProbe::replies_data()
{
    QTest::addColumn<QByteArray>("datagram");
    QTest::addColumn<int>("expected");
    using R = Dns::Reply;
    const QByteArray query = Dns::query(0x1234, Name, Dns::TypeA);
    QTest::newRow("answer") << reply(query, 0, { { Dns::TypeA, V4 } }) << int(R::Answered);
    QTest::newRow("CNAME then A")
        << reply(query, 0, { { 5, QByteArray("\x03" "www" "\xc0\x0c", 6) }, { Dns::TypeA, V4 } })
        << int(R::Answered);
    QTest::newRow("CNAME only") << reply(query, 0, { { 5, QByteArray("\x03" "www" "\xc0\x0c", 6) } })
                                << int(R::NoAnswer);
    QTest::newRow("NODATA") << reply(query, 0, {}) << int(R::NoAnswer);
    QTest::newRow("NXDOMAIN") << reply(query, 3, {}) << int(R::NoAnswer);
    QTest::newRow("SERVFAIL") << reply(query, 2, {}) << int(R::NoAnswer);
    QTest::newRow("REFUSED with a record") << reply(query, 5, { { Dns::TypeA, V4 } }) << int(R::NoAnswer);
    QTest::newRow("AAAA record for an A question") << reply(query, 0, { { Dns::TypeAAAA, V6 } })
                                                   << int(R::NoAnswer);
    QTest::newRow("A record of the wrong size")
        << reply(query, 0, { { Dns::TypeA, QByteArray(5, 'x') } }) << int(R::NoAnswer);

    QByteArray otherId = reply(query, 0, { { Dns::TypeA, V4 } });
    otherId[1] = 0x35;
    QTest::newRow("another id") << otherId << int(R::NotOurs);
    QTest::newRow("a query, not a response") << query << int(R::NotOurs);
    QTest::newRow("another question")
        << reply(Dns::query(0x1234, Dns::wireName("other.example"), Dns::TypeA), 0,
                 { { Dns::TypeA, V4 } })
        << int(R::NotOurs);
    QTest::newRow("another type asked")
        << reply(Dns::query(0x1234, Name, Dns::TypeAAAA), 0, { { Dns::TypeA, V4 } }) << int(R::NotOurs);
    QTest::newRow("question in other case")
        << reply(Dns::query(0x1234, Dns::wireName("DUAL.lab.EXAMPLE"), Dns::TypeA), 0,
                 { { Dns::TypeA, V4 } })
        << int(R::Answered);
    const QByteArray good = reply(query, 0, { { Dns::TypeA, V4 } });
    QTest::newRow("header only") << good.left(12) << int(R::NotOurs);
    QTest::newRow("cut in the record") << good.left(good.size() - 2) << int(R::NotOurs);
    QTest::newRow("empty") << QByteArray() << int(R::NotOurs);
    QByteArray reserved = good;
    reserved[12 + Name.size() + 4] = char(0x80); // a reserved label type in the answer's name
    QTest::newRow("reserved label type") << reserved << int(R::NotOurs);
    QByteArray endless = reply(query, 0, {});
    endless[7] = 1; // claims an answer that is not there
    QTest::newRow("missing answer") << endless << int(R::NotOurs);
}

void TestDnsProbe::replies()
{
    QFETCH(QByteArray, datagram);
    QFETCH(int, expected);
    QCOMPARE(int(Dns::readReply(datagram, 0x1234, Name, Dns::TypeA)), expected);
}

void TestDnsProbe::nameservers_data()
{
    QTest::addColumn<QByteArray>("conf");
    QTest::addColumn<QStringList>("servers");
    QTest::newRow("two") << QByteArray("nameserver 2001:db8:3::53\nnameserver 203.0.113.53\n")
                         << QStringList { "2001:db8:3::53", "203.0.113.53" };
    QTest::newRow("resolved's stub, search, options")
        << QByteArray("# Generated\nnameserver 127.0.0.53\noptions edns0 trust-ad\nsearch lan\n")
        << QStringList { "127.0.0.53" };
    QTest::newRow("comments, tabs, junk")
        << QByteArray("#nameserver 1.1.1.1\n; nameserver 8.8.8.8\nnameserver\t192.0.2.1  # ISP\n"
                      "nameserver not-an-address\nnameserver\n")
        << QStringList { "192.0.2.1" };
    QTest::newRow("scope id") << QByteArray("nameserver fe80::1%lo\n") << QStringList { "fe80::1%lo" };
    QTest::newRow("three at most")
        << QByteArray("nameserver 192.0.2.1\nnameserver 192.0.2.2\nnameserver 192.0.2.3\n"
                      "nameserver 192.0.2.4\n")
        << QStringList { "192.0.2.1", "192.0.2.2", "192.0.2.3" };
    QTest::newRow("none: the local host") << QByteArray("search lan\n") << QStringList { "127.0.0.1" };
    QTest::newRow("empty file") << QByteArray() << QStringList { "127.0.0.1" };
}

void TestDnsProbe::nameservers()
{
    QFETCH(QByteArray, conf);
    QFETCH(QStringList, servers);
    QStringList found;
    for (const QHostAddress &address : Dns::nameservers(conf))
        found << address.toString();
    QCOMPARE(found, servers);
}

void TestDnsProbe::sameServer()
{
    const auto same = [](const char *a, const char *b) {
        return Dns::sameServer(QHostAddress(QString::fromLatin1(a)), QHostAddress(QString::fromLatin1(b)));
    };
    QVERIFY(same("203.0.113.53", "203.0.113.53"));
    QVERIFY(same("::ffff:203.0.113.53", "203.0.113.53"));
    QVERIFY(same("fe80::1%eth0", "fe80::1%2"));
    QVERIFY(same("2001:db8:3::53", "2001:db8:3::53"));
    QVERIFY(!same("203.0.113.54", "203.0.113.53"));
    QVERIFY(!same("fe80::2%eth0", "fe80::1%eth0"));
    QVERIFY(!same("2001:db8:3::53", "203.0.113.53"));
}

void TestDnsProbe::answersBoth()
{
    FakeServer server(QHostAddress(QStringLiteral("127.0.0.1")), m_port,
                      [](const QByteArray &query, int) { return answer(query); });
    QVERIFY(server.ok());
    DnsProbe probe(QStringLiteral("dual.lab.example"), this, resolvConf({ "127.0.0.1" }), m_port);
    QSignalSpy done(&probe, &DnsProbe::done);
    probe.start();
    QVERIFY(done.wait(2000));
    QCOMPARE(done.first(), (QVariantList { true, true }));
    QCOMPARE(server.queries, 2);
}

void TestDnsProbe::oneServerSilentTheOtherAnswers()
{
    // The first server (where the resolver library would wait out its
    // timeout) says nothing; the second is asked at the same time.
    FakeServer silent(QHostAddress(QStringLiteral("127.0.0.1")), m_port, {});
    FakeServer answering(QHostAddress(QStringLiteral("127.0.0.2")), m_port,
                         [](const QByteArray &query, int) { return answer(query); });
    QVERIFY(silent.ok() && answering.ok());
    DnsProbe probe(QStringLiteral("dual.lab.example"), this,
                   resolvConf({ "127.0.0.1", "127.0.0.2" }), m_port);
    QSignalSpy done(&probe, &DnsProbe::done);
    probe.start();
    QVERIFY(done.wait(2000));
    QCOMPARE(done.first(), (QVariantList { true, true }));
    QCOMPARE(silent.queries, 2);
}

void TestDnsProbe::everyServerSaysNo()
{
    const auto nx = [](const QByteArray &query, int) { return reply(query, 3, {}); };
    FakeServer first(QHostAddress(QStringLiteral("127.0.0.1")), m_port, nx);
    FakeServer second(QHostAddress(QStringLiteral("127.0.0.2")), m_port, nx);
    QVERIFY(first.ok() && second.ok());
    DnsProbe probe(QStringLiteral("dual.lab.example"), this,
                   resolvConf({ "127.0.0.1", "127.0.0.2" }), m_port);
    QSignalSpy done(&probe, &DnsProbe::done);
    probe.start();
    // Both said no: done before the first resend.
    QVERIFY(done.wait(900));
    QCOMPARE(done.first(), (QVariantList { false, false }));
}

void TestDnsProbe::aButNoAaaa()
{
    FakeServer server(QHostAddress(QStringLiteral("127.0.0.1")), m_port, [](const QByteArray &query, int) {
        return typeOf(query) == Dns::TypeA ? answer(query) : reply(query, 0, {});
    });
    QVERIFY(server.ok());
    DnsProbe probe(QStringLiteral("dual.lab.example"), this, resolvConf({ "127.0.0.1" }), m_port);
    QSignalSpy done(&probe, &DnsProbe::done);
    probe.start();
    QVERIFY(done.wait(2000));
    QCOMPARE(done.first(), (QVariantList { true, false }));
}

void TestDnsProbe::repliesFromElsewhereAreIgnored()
{
    // Only 127.0.0.1 is asked. Forged answers come from 127.0.0.2 and from
    // another port of 127.0.0.1: neither counts. Then the real one does.
    QList<QNetworkDatagram> asked;
    QUdpSocket server;
    QVERIFY(server.bind(QHostAddress(QStringLiteral("127.0.0.1")), m_port));
    connect(&server, &QUdpSocket::readyRead, this, [&] {
        while (server.hasPendingDatagrams())
            asked << server.receiveDatagram();
    });
    QUdpSocket forger;
    QVERIFY(forger.bind(QHostAddress(QStringLiteral("127.0.0.2")), m_port));
    QUdpSocket otherPort;
    QVERIFY(otherPort.bind(QHostAddress(QStringLiteral("127.0.0.1")), 0));

    DnsProbe probe(QStringLiteral("dual.lab.example"), this, resolvConf({ "127.0.0.1" }), m_port);
    QSignalSpy done(&probe, &DnsProbe::done);
    probe.start();
    QTRY_COMPARE(asked.size(), 2);
    for (const QNetworkDatagram &query : std::as_const(asked)) {
        forger.writeDatagram(answer(query.data()), query.senderAddress(), query.senderPort());
        otherPort.writeDatagram(answer(query.data()), query.senderAddress(), query.senderPort());
    }
    QVERIFY(!done.wait(500));
    QVERIFY(!probe.answersA());
    QVERIFY(!probe.answersAAAA());
    for (const QNetworkDatagram &query : std::as_const(asked))
        server.writeDatagram(answer(query.data()), query.senderAddress(), query.senderPort());
    QVERIFY(done.wait(2000));
    QCOMPARE(done.first(), (QVariantList { true, true }));
}

void TestDnsProbe::lostQueryIsSentAgain()
{
    // The first query of each type gets no answer: the resend a second later does.
    FakeServer server(QHostAddress(QStringLiteral("127.0.0.1")), m_port,
                      [](const QByteArray &query, int count) {
                          return count <= 2 ? QByteArray() : answer(query);
                      });
    QVERIFY(server.ok());
    DnsProbe probe(QStringLiteral("dual.lab.example"), this, resolvConf({ "127.0.0.1" }), m_port);
    QSignalSpy done(&probe, &DnsProbe::done);
    probe.start();
    QVERIFY(done.wait(3000));
    QCOMPARE(done.first(), (QVariantList { true, true }));
    QCOMPARE(server.queries, 4);
}

void TestDnsProbe::silenceEndsNothingButTheRound()
{
    // No answer ever: the probe keeps what it has (nothing) for the round's
    // deadline, and goes away at once when the round drops it.
    FakeServer silent(QHostAddress(QStringLiteral("127.0.0.1")), m_port, {});
    QVERIFY(silent.ok());
    auto *probe = new DnsProbe(QStringLiteral("dual.lab.example"), this,
                               resolvConf({ "127.0.0.1" }), m_port);
    QSignalSpy done(probe, &DnsProbe::done);
    probe->start();
    QVERIFY(!done.wait(1500));
    QVERIFY(!probe->answersA());
    QVERIFY(!probe->answersAAAA());
    QVERIFY(silent.queries >= 4); // sent, and sent again
    delete probe;
}

void TestDnsProbe::noHostNameIsDoneAtOnce()
{
    DnsProbe probe(QStringLiteral("dual..example"), this, resolvConf({ "127.0.0.1" }), m_port);
    QSignalSpy done(&probe, &DnsProbe::done);
    probe.start();
    QCOMPARE(done.size(), 1);
    QCOMPARE(done.first(), (QVariantList { false, false }));
}

QTEST_GUILESS_MAIN(TestDnsProbe)
#include "TestDnsProbe.moc"
