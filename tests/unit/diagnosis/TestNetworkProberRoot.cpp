// The real NetworkProber, in a throw-away network namespace (root; see
// lifeline_root_test): web servers of this test on 127.0.0.1 and ::1, and a
// default route per family into a veth whose far end drops everything, so a
// target behind it times out as a family the ISP drops does. No bus: no tunnel.
#include "Diagnoser.h"
#include "NetworkProber.h"

#include <QProcess>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

using namespace Lifeline::Diagnosis;

namespace {

// Just enough HTTP/1.1 for the probes: one request per connection.
class LabWeb : public QObject {
public:
    explicit LabWeb(QObject *parent)
        : QObject(parent)
    {
        for (QTcpServer *server : { &m_v4, &m_v6 })
            connect(server, &QTcpServer::newConnection, this, [this, server] {
                while (QTcpSocket *socket = server->nextPendingConnection())
                    connect(
                        socket, &QTcpSocket::readyRead, this, [this, socket] { serve(socket); });
            });
    }
    bool listen()
    {
        return m_v4.listen(QHostAddress::LocalHost)
            && m_v6.listen(QHostAddress::LocalHostIPv6, m_v4.serverPort());
    }
    quint16 port() const { return m_v4.serverPort(); }

private:
    void serve(QTcpSocket *socket)
    {
        if (socket->property("served").toBool()) {
            socket->readAll();
            return;
        }
        const QByteArray request = socket->peek(socket->bytesAvailable());
        if (!request.contains("\r\n\r\n"))
            return; // the rest of the head is still on its way
        socket->setProperty("served", true);
        socket->readAll();
        const QByteArray path = request.split(' ').value(1);
        QByteArray head;
        QByteArray body;
        if (path == "/generate_204") {
            head = "HTTP/1.1 204 No Content\r\nContent-Length: 0\r\n";
        } else if (path == "/trace") {
            body = "fl=12f3\nh=127.0.0.1\n";
            head = "HTTP/1.1 200 OK\r\nContent-Length: " + QByteArray::number(body.size()) + "\r\n";
        } else if (path == "/redirect") {
            head
                = "HTTP/1.1 302 Found\r\nLocation: http://127.0.0.1/login\r\nContent-Length: 0\r\n";
        } else if (path == "/big") {
            body = QByteArray(256 * 1024, 'x');
            head = "HTTP/1.1 200 OK\r\nContent-Length: " + QByteArray::number(body.size()) + "\r\n";
        } else if (path == "/stall") {
            // The start of a big answer, then nothing: what a black hole leaves through.
            head = "HTTP/1.1 200 OK\r\nContent-Length: 262144\r\n";
            body = QByteArray(1000, 'x');
        } else {
            head = "HTTP/1.1 404 Not Found\r\nContent-Length: 0\r\n";
        }
        socket->write(head + "\r\n" + body);
    }

    QTcpServer m_v4;
    QTcpServer m_v6;
};

bool ip(const QStringList &arguments)
{
    QProcess process;
    process.start(QStringLiteral("ip"), arguments);
    if (!process.waitForFinished() || process.exitCode() != 0) {
        qWarning() << "ip" << arguments << process.readAllStandardError();
        return false;
    }
    return true;
}

QUrl url(const QString &host, quint16 port, const char *path)
{
    return QUrl(QStringLiteral("http://%1:%2%3").arg(host).arg(port).arg(QLatin1String(path)));
}

// Black-holed: routed by the default route into the silent veth.
const QString Dropped4 = QStringLiteral("198.51.100.9");
const QString Dropped6 = QStringLiteral("2001:db8:9::9");

} // namespace

class TestNetworkProberRoot : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void bothFamiliesWork();
    void ipv4Dropped();
    void noIPv6Route();
    void captivePortal();
    void bigTransferStalls();
    void expectedBodyOpening();
    void oneAnswerPerRound();

private:
    ProbeTargets local(const char *path = "/generate_204") const;
    Report check(const ProbeTargets &targets);

    LabWeb *m_web = nullptr;
};

void TestNetworkProberRoot::initTestCase()
{
    // Only in a namespace of our own: lifeline_root_test runs us under unshare --net.
    QVERIFY(ip({ "link", "set", "lo", "up" }));
    QVERIFY(ip({ "link", "add", "eth0", "type", "veth", "peer", "name", "silent0" }));
    QVERIFY(ip({ "link", "set", "eth0", "up" }));
    QVERIFY(ip({ "link", "set", "silent0", "up" }));
    QVERIFY(ip({ "addr", "add", "192.0.2.2/24", "dev", "eth0" }));
    QVERIFY(ip({ "addr", "add", "2001:db8:1::2/64", "dev", "eth0", "nodad" }));
    // Fixed neighbours: frames leave at once and silent0 (no address) drops them.
    QVERIFY(ip({ "neigh", "add", "192.0.2.1", "lladdr", "02:00:00:00:00:01", "dev", "eth0" }));
    QVERIFY(ip({ "neigh", "add", "2001:db8:1::1", "lladdr", "02:00:00:00:00:01", "dev", "eth0" }));
    QVERIFY(ip({ "route", "add", "default", "via", "192.0.2.1" }));
    QVERIFY(ip({ "-6", "route", "add", "default", "via", "2001:db8:1::1" }));
    m_web = new LabWeb(this);
    QVERIFY(m_web->listen());
}

ProbeTargets TestNetworkProberRoot::local(const char *path) const
{
    const quint16 port = m_web->port();
    ProbeTargets targets;
    targets.ipv4Tcp = { { QHostAddress::LocalHost, port } };
    targets.ipv6Tcp = { { QHostAddress::LocalHostIPv6, port } };
    targets.ipv4Http = url(QStringLiteral("127.0.0.1"), port, path);
    targets.ipv6Http = url(QStringLiteral("[::1]"), port, path);
    targets.ipv4BigHttp = url(QStringLiteral("127.0.0.1"), port, "/big");
    targets.ipv6BigHttp = url(QStringLiteral("[::1]"), port, "/big");
    targets.timeoutMs = 800;
    return targets; // no DNS name: the host's resolver is never asked
}

Report TestNetworkProberRoot::check(const ProbeTargets &targets)
{
    Diagnoser diagnoser(new NetworkProber(QDBusConnection(QStringLiteral("no-bus"))), targets);
    QSignalSpy checked(&diagnoser, &Diagnoser::checked);
    diagnoser.checkNow();
    if (!checked.wait(10000))
        return {};
    return checked.at(0).at(0).value<Report>();
}

void TestNetworkProberRoot::bothFamiliesWork()
{
    const Report report = check(local());
    QCOMPARE(report.verdict, Verdict::AllFine);
    for (const FamilyFindings *family : { &report.findings.ipv4, &report.findings.ipv6 }) {
        QVERIFY(family->native.tried && family->native.route && family->native.tcp);
        QCOMPARE(family->native.http, HttpCheck::Passed);
        QVERIFY(family->native.bigTransferTried && family->native.bigTransferPassed);
        QVERIFY(!family->tunnel.tried);
    }
    QVERIFY(!report.findings.dns.tried);
    QVERIFY(report.findings.tunnel.name.isEmpty());
}

void TestNetworkProberRoot::ipv4Dropped()
{
    ProbeTargets targets = local();
    targets.ipv4Tcp = { { QHostAddress(Dropped4), 80 } };
    targets.ipv4Http = url(Dropped4, 80, "/generate_204");
    targets.ipv4BigHttp = url(Dropped4, 80, "/big");
    const Report report = check(targets);
    QCOMPARE(report.verdict, Verdict::IPv4Broken);
    QVERIFY(report.findings.ipv4.native.route);
    QVERIFY(!report.findings.ipv4.native.tcp);
    QCOMPARE(report.findings.ipv4.native.http, HttpCheck::Failed); // cut off at the deadline
    QVERIFY(!report.findings.ipv4.native.bigTransferPassed);
    QVERIFY(report.findings.ipv6.native.tcp);
}

void TestNetworkProberRoot::noIPv6Route()
{
    QVERIFY(ip({ "-6", "route", "del", "default" }));
    ProbeTargets targets = local();
    targets.ipv6Tcp = { { QHostAddress(Dropped6), 80 } };
    targets.ipv6Http = url(QStringLiteral("[%1]").arg(Dropped6), 80, "/generate_204");
    targets.ipv6BigHttp.clear();
    const Report report = check(targets);
    QVERIFY(ip({ "-6", "route", "add", "default", "via", "2001:db8:1::1" }));
    QCOMPARE(report.verdict, Verdict::IPv6Broken);
    QVERIFY(report.findings.ipv6.native.tried);
    QVERIFY(!report.findings.ipv6.native.route);
    QCOMPARE(report.sentence, "Your provider offers no IPv6; IPv6-only websites can't be reached.");
}

void TestNetworkProberRoot::captivePortal()
{
    const Report report = check(local("/redirect")); // never followed
    QCOMPARE(report.verdict, Verdict::CaptivePortal);
    QCOMPARE(report.findings.ipv4.native.http, HttpCheck::Portal);
}

void TestNetworkProberRoot::bigTransferStalls()
{
    ProbeTargets targets = local();
    targets.ipv4BigHttp = url(QStringLiteral("127.0.0.1"), m_web->port(), "/stall");
    const Report report = check(targets);
    QCOMPARE(report.verdict, Verdict::PagesHang);
    QCOMPARE(report.findings.ipv4.native.http, HttpCheck::Passed);
    QVERIFY(report.findings.ipv4.native.bigTransferTried);
    QVERIFY(!report.findings.ipv4.native.bigTransferPassed);
    QVERIFY(report.findings.ipv6.native.bigTransferPassed);
}

void TestNetworkProberRoot::expectedBodyOpening()
{
    ProbeTargets targets = local("/trace");
    targets.httpExpectedStatus = 200;
    targets.httpExpectedBody = "fl=";
    QCOMPARE(check(targets).verdict, Verdict::AllFine);
    targets.httpExpectedBody = "h=";
    QCOMPARE(check(targets).verdict, Verdict::CaptivePortal);
}

void TestNetworkProberRoot::oneAnswerPerRound()
{
    NetworkProber prober(QDBusConnection(QStringLiteral("no-bus")));
    QSignalSpy finished(&prober, &Prober::finished);
    ProbeTargets targets = local();
    targets.ipv4Tcp = { { QHostAddress(Dropped4), 80 } }; // keeps the round open till the deadline
    prober.start(targets);
    QVERIFY(prober.running());
    prober.start(targets);
    QVERIFY(finished.wait(10000));
    QVERIFY(!prober.running());
    QTest::qWait(targets.timeoutMs + 200);
    QCOMPARE(finished.count(), 1);
}

QTEST_GUILESS_MAIN(TestNetworkProberRoot)
#include "TestNetworkProberRoot.moc"
