// ResolvedDns against a fake systemd-resolved on a private bus: the exact
// wire forms of SetLinkDNS / SetLinkDomains / SetLinkDefaultRoute /
// RevertLink, and that `done` runs once, after all three answered.
#include "NetTypes.h"
#include "PrivateBus.h"
#include "ResolvedDns.h"

#include <QDBusArgument>
#include <QDBusConnectionInterface>
#include <QDBusMessage>
#include <QDBusVirtualObject>
#include <QTest>

#include <sys/socket.h>

using namespace Lifeline;

namespace {

const QString ManagerPath = QStringLiteral("/org/freedesktop/resolve1");
const QString ManagerInterface = QStringLiteral("org.freedesktop.resolve1.Manager");
const QString RefusalName = QStringLiteral("org.freedesktop.resolve1.LinkBusy");
const QString RefusalText = QStringLiteral("scripted refusal");

// Stands in for resolved's Manager: records every call as it came off the
// wire (decoded here, not with the product's operators) and answers now,
// with a scripted error, or later.
class FakeResolved : public QDBusVirtualObject {
    Q_OBJECT
public:
    explicit FakeResolved(QDBusConnection bus)
        : m_bus(bus)
    {
    }

    bool own()
    {
        return m_bus.registerVirtualObject(ManagerPath, this)
            && m_bus.registerService(QString::fromLatin1(ResolvedDns::Service));
    }
    void disown()
    {
        m_bus.unregisterService(QString::fromLatin1(ResolvedDns::Service));
        m_bus.unregisterObject(ManagerPath);
    }
    // Calls to `member` get an error reply from now on.
    void refuse(const QString &member) { m_refused << member; }
    void setHolding(bool hold) { m_holding = hold; }
    int heldCount() const { return m_held.size(); }
    // Answers the held call to `member`.
    void release(const QString &member)
    {
        for (qsizetype i = 0; i < m_held.size(); ++i) {
            if (m_held[i].member() == member) {
                answer(m_held.takeAt(i));
                return;
            }
        }
        QFAIL(qPrintable(QStringLiteral("no held call to ") + member));
    }

    const QList<QDBusMessage> &calls() const { return m_calls; }
    QList<QDBusMessage> calls(const QString &member) const
    {
        QList<QDBusMessage> matching;
        for (const QDBusMessage &call : m_calls) {
            if (call.member() == member)
                matching << call;
        }
        return matching;
    }

    QString introspect(const QString &) const override { return {}; }
    bool handleMessage(const QDBusMessage &message, const QDBusConnection &) override
    {
        if (message.interface() != ManagerInterface)
            return false;
        m_calls << message;
        message.setDelayedReply(true);
        if (m_holding)
            m_held << message;
        else
            answer(message);
        return true;
    }

private:
    void answer(const QDBusMessage &message)
    {
        m_bus.send(m_refused.contains(message.member())
                ? message.createErrorReply(RefusalName, RefusalText)
                : message.createReply());
    }

    QDBusConnection m_bus;
    QStringList m_refused;
    bool m_holding = false;
    QList<QDBusMessage> m_calls;
    QList<QDBusMessage> m_held;
};

// a(iay) as (family, bytes) pairs.
QList<QPair<int, QByteArray>> decodeAddresses(const QVariant &value)
{
    QList<QPair<int, QByteArray>> addresses;
    const auto argument = value.value<QDBusArgument>();
    argument.beginArray();
    while (!argument.atEnd()) {
        qint32 family = 0;
        QByteArray bytes;
        argument.beginStructure();
        argument >> family >> bytes;
        argument.endStructure();
        addresses.append({ family, bytes });
    }
    argument.endArray();
    return addresses;
}

// a(sb) as "domain=routingOnly" strings, so QCOMPARE prints them.
QStringList decodeDomains(const QVariant &value)
{
    QStringList domains;
    const auto argument = value.value<QDBusArgument>();
    argument.beginArray();
    while (!argument.atEnd()) {
        QString domain;
        bool routingOnly = false;
        argument.beginStructure();
        argument >> domain >> routingOnly;
        argument.endStructure();
        domains << domain + (routingOnly ? QStringLiteral("=true") : QStringLiteral("=false"));
    }
    argument.endArray();
    return domains;
}

QList<Net::Prefix> parseAll(const QStringList &texts)
{
    QList<Net::Prefix> prefixes;
    for (const QString &text : texts)
        prefixes << Net::Prefix::parse(text).value();
    return prefixes;
}

// What `done` was told, and how often.
struct Outcome {
    int calls = 0;
    QString message;
};

} // namespace

using Addresses = QList<QPair<int, QByteArray>>;

class TestResolvedDns : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void availableFollowsTheName();
    void applySendsResolvedsWireForms_data();
    void applySendsResolvedsWireForms();
    void doneWaitsForAllThreeAnswers();
    void refusalIsReportedOnce_data();
    void refusalIsReportedOnce();
    void resolvedGoneIsReported();
    void noCallbackOnceContextIsGone();
    void revertSendsRevertLink();

private:
    void apply(int ifindex, const QStringList &servers, const QStringList &searchDomains,
        QObject *context, Outcome *outcome) const;

    std::unique_ptr<Test::PrivateBus> m_bus;
    std::unique_ptr<FakeResolved> m_resolved;
    QDBusConnection m_client { QString() };
    int m_round = 0;
};

void TestResolvedDns::initTestCase()
{
    m_bus = std::make_unique<Test::PrivateBus>();
    QVERIFY2(m_bus->isRunning(), "dbus-daemon could not be started");
}

void TestResolvedDns::init()
{
    ++m_round;
    const QDBusConnection resolvedBus = m_bus->connect(QStringLiteral("resolved%1").arg(m_round));
    m_client = m_bus->connect(QStringLiteral("client%1").arg(m_round));
    QVERIFY(resolvedBus.isConnected() && m_client.isConnected());
    m_resolved = std::make_unique<FakeResolved>(resolvedBus);
}

void TestResolvedDns::cleanup()
{
    m_resolved->disown();
    m_resolved.reset();
    m_client = QDBusConnection(QString());
    QDBusConnection::disconnectFromBus(QStringLiteral("client%1").arg(m_round));
    QDBusConnection::disconnectFromBus(QStringLiteral("resolved%1").arg(m_round));
}

void TestResolvedDns::apply(int ifindex, const QStringList &servers,
    const QStringList &searchDomains, QObject *context, Outcome *outcome) const
{
    ResolvedDns::apply(m_client, ifindex, parseAll(servers), searchDomains, context,
        [outcome](const QString &message) {
            ++outcome->calls;
            outcome->message = message;
        });
}

void TestResolvedDns::availableFollowsTheName()
{
    QVERIFY(!ResolvedDns::available(m_client));
    QVERIFY(m_resolved->own());
    QVERIFY(ResolvedDns::available(m_client));
    m_resolved->disown();
    QVERIFY(!ResolvedDns::available(m_client));
}

void TestResolvedDns::applySendsResolvedsWireForms_data()
{
    QTest::addColumn<int>("ifindex");
    QTest::addColumn<QStringList>("servers");
    QTest::addColumn<QStringList>("searchDomains");
    QTest::addColumn<Addresses>("addresses");
    QTest::addColumn<QStringList>("domains");

    const QByteArray v4 = QByteArray::fromHex("cb007135");
    const QByteArray v6 = QByteArray::fromHex("20010db8000300000000000000000053");
    QTest::newRow("IPv4 and IPv6, one search domain")
        << 7 << QStringList { "203.0.113.53", "2001:db8:3::53" } << QStringList { "lab.example" }
        << Addresses { { AF_INET, v4 }, { AF_INET6, v6 } }
        << QStringList { "lab.example=false", ".=true" };
    QTest::newRow("IPv6 first, order kept")
        << 4242 << QStringList { "2001:db8:3::53", "203.0.113.53" } << QStringList {}
        << Addresses { { AF_INET6, v6 }, { AF_INET, v4 } } << QStringList { ".=true" };
    QTest::newRow("two search domains")
        << 3 << QStringList { "203.0.113.53" } << QStringList { "lab.example", "corp.example" }
        << Addresses { { AF_INET, v4 } }
        << QStringList { "lab.example=false", "corp.example=false", ".=true" };
    // Current behaviour: with no servers, SetLinkDNS still goes out with an
    // empty array and "." is still claimed for the link (see the report).
    QTest::newRow("search domains without servers")
        << 9 << QStringList {} << QStringList { "lab.example" } << Addresses {}
        << QStringList { "lab.example=false", ".=true" };
}

void TestResolvedDns::applySendsResolvedsWireForms()
{
    QFETCH(int, ifindex);
    QFETCH(QStringList, servers);
    QFETCH(QStringList, searchDomains);
    QFETCH(Addresses, addresses);
    QFETCH(QStringList, domains);
    QVERIFY(m_resolved->own());

    Outcome outcome;
    QObject context;
    apply(ifindex, servers, searchDomains, &context, &outcome);
    QTRY_VERIFY_WITH_TIMEOUT(outcome.calls > 0, 5000);
    QCOMPARE(outcome.calls, 1);
    QCOMPARE(outcome.message, QString());
    QCOMPARE(m_resolved->calls().size(), 3);

    const auto dns = m_resolved->calls(QStringLiteral("SetLinkDNS"));
    QCOMPARE(dns.size(), 1);
    QCOMPARE(dns[0].path(), ManagerPath);
    QCOMPARE(dns[0].signature(), QStringLiteral("ia(iay)"));
    QCOMPARE(dns[0].arguments().at(0).toInt(), ifindex);
    QCOMPARE(decodeAddresses(dns[0].arguments().at(1)), addresses);

    const auto search = m_resolved->calls(QStringLiteral("SetLinkDomains"));
    QCOMPARE(search.size(), 1);
    QCOMPARE(search[0].signature(), QStringLiteral("ia(sb)"));
    QCOMPARE(search[0].arguments().at(0).toInt(), ifindex);
    QCOMPARE(decodeDomains(search[0].arguments().at(1)), domains);

    const auto route = m_resolved->calls(QStringLiteral("SetLinkDefaultRoute"));
    QCOMPARE(route.size(), 1);
    QCOMPARE(route[0].signature(), QStringLiteral("ib"));
    QCOMPARE(route[0].arguments().at(0).toInt(), ifindex);
    QCOMPARE(route[0].arguments().at(1).toBool(), true);

    QTest::qWait(50);
    QCOMPARE(outcome.calls, 1);
}

void TestResolvedDns::doneWaitsForAllThreeAnswers()
{
    QVERIFY(m_resolved->own());
    m_resolved->setHolding(true);
    Outcome outcome;
    QObject context;
    apply(7, { "203.0.113.53" }, { "lab.example" }, &context, &outcome);
    QTRY_COMPARE_WITH_TIMEOUT(m_resolved->heldCount(), 3, 5000);

    // Answered out of sending order: only the last answer may finish it.
    for (const char *member : { "SetLinkDefaultRoute", "SetLinkDNS" }) {
        m_resolved->release(QString::fromLatin1(member));
        QTest::qWait(50);
        QVERIFY2(outcome.calls == 0, member);
    }
    m_resolved->release(QStringLiteral("SetLinkDomains"));
    QTRY_VERIFY_WITH_TIMEOUT(outcome.calls > 0, 5000);
    QCOMPARE(outcome.calls, 1);
    QCOMPARE(outcome.message, QString());
}

void TestResolvedDns::refusalIsReportedOnce_data()
{
    QTest::addColumn<QStringList>("refused");
    QTest::addColumn<QString>("named");
    for (const char *member : { "SetLinkDNS", "SetLinkDomains", "SetLinkDefaultRoute" })
        QTest::newRow(member) << QStringList { member } << QString::fromLatin1(member);
    // Answers come back in sending order, so the first refusal is reported.
    QTest::newRow("all three") << QStringList { "SetLinkDNS", "SetLinkDomains",
        "SetLinkDefaultRoute" } << QStringLiteral("SetLinkDNS");
}

void TestResolvedDns::refusalIsReportedOnce()
{
    QFETCH(QStringList, refused);
    QFETCH(QString, named);
    QVERIFY(m_resolved->own());
    for (const QString &member : refused)
        m_resolved->refuse(member);

    Outcome outcome;
    QObject context;
    apply(7, { "203.0.113.53" }, { "lab.example" }, &context, &outcome);
    QTRY_VERIFY_WITH_TIMEOUT(outcome.calls > 0, 5000);
    QCOMPARE(outcome.calls, 1);
    QVERIFY2(outcome.message.contains(named), qPrintable(outcome.message));
    QVERIFY2(outcome.message.contains(RefusalText), qPrintable(outcome.message));
    // A refusal does not stop the other two from being asked.
    QCOMPARE(m_resolved->calls().size(), 3);
    QTest::qWait(50);
    QCOMPARE(outcome.calls, 1);
}

void TestResolvedDns::resolvedGoneIsReported()
{
    // Nobody owns the name: every call fails, `done` still runs once.
    Outcome outcome;
    QObject context;
    apply(7, { "203.0.113.53" }, { "lab.example" }, &context, &outcome);
    QTRY_VERIFY_WITH_TIMEOUT(outcome.calls > 0, 5000);
    QCOMPARE(outcome.calls, 1);
    QVERIFY2(outcome.message.contains(QStringLiteral("SetLinkDNS")), qPrintable(outcome.message));
    QVERIFY(m_resolved->calls().isEmpty());
    QTest::qWait(50);
    QCOMPARE(outcome.calls, 1);
}

void TestResolvedDns::noCallbackOnceContextIsGone()
{
    QVERIFY(m_resolved->own());
    m_resolved->setHolding(true);
    Outcome outcome;
    auto context = std::make_unique<QObject>();
    apply(7, { "203.0.113.53" }, { "lab.example" }, context.get(), &outcome);
    QTRY_COMPARE_WITH_TIMEOUT(m_resolved->heldCount(), 3, 5000);
    context.reset();
    for (const char *member : { "SetLinkDNS", "SetLinkDomains", "SetLinkDefaultRoute" })
        m_resolved->release(QString::fromLatin1(member));
    QTest::qWait(100);
    QCOMPARE(outcome.calls, 0);
}

void TestResolvedDns::revertSendsRevertLink()
{
    QVERIFY(m_resolved->own());
    ResolvedDns::revert(m_client, 4242);
    QTRY_COMPARE_WITH_TIMEOUT(m_resolved->calls().size(), 1, 5000);
    const QDBusMessage call = m_resolved->calls().first();
    QCOMPARE(call.member(), QStringLiteral("RevertLink"));
    QCOMPARE(call.path(), ManagerPath);
    QCOMPARE(call.signature(), QStringLiteral("i"));
    QCOMPARE(call.arguments().at(0).toInt(), 4242);
}

QTEST_GUILESS_MAIN(TestResolvedDns)
#include "TestResolvedDns.moc"
