// The scope a launch gets where systemd runs: the StartTransientUnit call,
// types and properties exactly, as a fake systemd1 on a private bus
// receives it; its answer and its refusal; and no scopes without systemd.
#include "FakeSystemd.h"
#include "PrivateBus.h"
#include "SystemdScopes.h"

#include <QDBusArgument>
#include <QDBusVariant>
#include <QDir>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Lifeline;
using Lifeline::Test::FakeSystemd;
using Lifeline::Test::PrivateBus;

namespace {

struct Property {
    QString name;
    QString signature; // of the value inside the variant
    QVariant value; // strings as QString, "au" as QList<uint>
};

// a(sv) as it came over the bus, in order.
QList<Property> properties(const QDBusArgument &argument)
{
    QList<Property> list;
    argument.beginArray();
    while (!argument.atEnd()) {
        Property property;
        QDBusVariant value;
        argument.beginStructure();
        argument >> property.name >> value;
        argument.endStructure();
        const QVariant inner = value.variant();
        if (inner.canConvert<QDBusArgument>()) {
            const QDBusArgument array = inner.value<QDBusArgument>();
            property.signature = array.currentSignature();
            QList<uint> numbers;
            array >> numbers;
            property.value = QVariant::fromValue(numbers);
        } else {
            property.signature = inner.metaType() == QMetaType::fromType<QString>()
                ? QStringLiteral("s")
                : QString::fromLatin1(inner.metaType().name());
            property.value = inner;
        }
        list << property;
    }
    argument.endArray();
    return list;
}

} // namespace

class TestSystemdScopes : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void onlyWhereSystemdRuns();
    void launchScope();
    void theCallAsSystemdGetsIt();
    void aRefusalIsReported();

private:
    std::unique_ptr<PrivateBus> m_bus;
    std::unique_ptr<FakeSystemd> m_systemd;
    QDBusConnection m_client { QString() };
};

void TestSystemdScopes::initTestCase()
{
    m_bus = std::make_unique<PrivateBus>();
    QVERIFY(m_bus->isRunning());
    m_systemd = std::make_unique<FakeSystemd>(m_bus->connect(QStringLiteral("systemd")));
    m_client = m_bus->connect(QStringLiteral("helper"));
    QVERIFY(m_client.isConnected());
}

void TestSystemdScopes::onlyWhereSystemdRuns()
{
    QTemporaryDir root;
    QVERIFY(root.isValid());
    QVERIFY(!SystemdScopes::systemdRuns(root.path()));
    QVERIFY(QDir().mkpath(root.path() + QStringLiteral("/run/systemd")));
    QVERIFY(!SystemdScopes::systemdRuns(root.path())); // logind alone makes that much
    QVERIFY(QDir().mkpath(root.path() + QStringLiteral("/run/systemd/system")));
    QVERIFY(SystemdScopes::systemdRuns(root.path()));
}

void TestSystemdScopes::launchScope()
{
    const SystemdScopes::Scope scope
        = SystemdScopes::forLaunch(QStringLiteral("0000beef"), 64001, { 400, 405 });
    QCOMPARE(scope.unit, QStringLiteral("lifeline-0000beef.scope"));
    QCOMPARE(scope.slice, QStringLiteral("user-64001.slice"));
    QCOMPARE(scope.pids, QList<uint>({ 400, 405 }));
    QVERIFY(scope.description.contains(QStringLiteral("0000beef")));
}

void TestSystemdScopes::theCallAsSystemdGetsIt()
{
    SystemdScopes scopes(m_client);
    QSignalSpy placed(&scopes, &SystemdScopes::placed);
    QSignalSpy failed(&scopes, &SystemdScopes::failed);
    const int before = m_systemd->calls().size();
    scopes.place(QStringLiteral("0000beef"), 64001, { 400, 405, 420 });
    QTRY_COMPARE(placed.size(), 1);
    QCOMPARE(placed.first().first().toString(), QStringLiteral("lifeline-0000beef.scope"));
    QCOMPARE(failed.size(), 0);
    QCOMPARE(m_systemd->calls().size(), before + 1);

    const QDBusMessage call = m_systemd->calls().last();
    QCOMPARE(call.path(), QStringLiteral("/org/freedesktop/systemd1"));
    QCOMPARE(call.signature(), QStringLiteral("ssa(sv)a(sa(sv))"));
    const QList<QVariant> arguments = call.arguments();
    QCOMPARE(arguments.at(0).toString(), QStringLiteral("lifeline-0000beef.scope"));
    QCOMPARE(arguments.at(1).toString(), QStringLiteral("fail"));
    const QList<Property> sent = properties(arguments.at(2).value<QDBusArgument>());
    QStringList names;
    for (const Property &property : sent)
        names << property.name;
    QCOMPARE(names,
        QStringList({ QStringLiteral("Description"), QStringLiteral("Slice"),
            QStringLiteral("CollectMode"), QStringLiteral("PIDs") }));
    QCOMPARE(sent[0].signature, QStringLiteral("s"));
    QCOMPARE(sent[0].value.toString(),
        QStringLiteral("Program run isolated by Lifeline (launch 0000beef)"));
    QCOMPARE(sent[1].signature, QStringLiteral("s"));
    QCOMPARE(sent[1].value.toString(), QStringLiteral("user-64001.slice"));
    QCOMPARE(sent[2].signature, QStringLiteral("s"));
    QCOMPARE(sent[2].value.toString(), QStringLiteral("inactive-or-failed"));
    QCOMPARE(sent[3].signature, QStringLiteral("au"));
    QCOMPARE(sent[3].value.value<QList<uint>>(), QList<uint>({ 400, 405, 420 }));
    const QDBusArgument auxiliary = arguments.at(3).value<QDBusArgument>();
    QCOMPARE(auxiliary.currentSignature(), QStringLiteral("a(sa(sv))"));
    auxiliary.beginArray();
    QVERIFY(auxiliary.atEnd()); // no auxiliary units
    auxiliary.endArray();
}

void TestSystemdScopes::aRefusalIsReported()
{
    m_systemd->setError(QStringLiteral("org.freedesktop.systemd1.UnitExists"));
    SystemdScopes scopes(m_client);
    QSignalSpy placed(&scopes, &SystemdScopes::placed);
    QSignalSpy failed(&scopes, &SystemdScopes::failed);
    scopes.place(QStringLiteral("0000beef"), 64001, { 400 });
    QTRY_COMPARE(failed.size(), 1);
    QCOMPARE(failed.first().at(0).toString(), QStringLiteral("lifeline-0000beef.scope"));
    QCOMPARE(failed.first().at(1).toString(), QStringLiteral("scripted failure"));
    QCOMPARE(placed.size(), 0);
    m_systemd->setError({});
}

QTEST_GUILESS_MAIN(TestSystemdScopes)
#include "TestSystemdScopes.moc"
