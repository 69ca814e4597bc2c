// Which back end runs a tunnel, decided from fake probes: the kernel when it
// can really make a wireguard link, else wireguard-go, else nothing and a
// sentence that names what is missing.
#include "Backend.h"
#include "UserspaceBackend.h"

#include <QTest>

#include <fcntl.h>
#include <thread>
#include <unistd.h>

using namespace Lifeline::WireGuard;

Q_DECLARE_METATYPE(Lifeline::WireGuard::Preference)
Q_DECLARE_METATYPE(Lifeline::WireGuard::Choice)

namespace {

const QString GoPath = QStringLiteral("/usr/bin/wireguard-go");

// Fake probes that count how often each was asked.
struct FakeMachine {
    bool family = false;
    bool link = false;
    QString go;
    int familyCalls = 0;
    int linkCalls = 0;
    int goCalls = 0;

    Probes probes()
    {
        return {
            [this] { return ++familyCalls, family; },
            [this] { return ++linkCalls, link; },
            [this] { return ++goCalls, go; },
        };
    }
};

} // namespace

class TestChooseBackend : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void decide_data();
    void decide();
    void userspacePreferenceNeverProbesTheKernel();
    void chooseBackendBuildsTheChoice_data();
    void chooseBackendBuildsTheChoice();
    void inNamespaceRunsHereWithoutFd();
    void inNamespaceRefusesANonNamespaceFd();
};

void TestChooseBackend::decide_data()
{
    QTest::addColumn<bool>("family");
    QTest::addColumn<bool>("link");
    QTest::addColumn<QString>("go");
    QTest::addColumn<Preference>("preference");
    QTest::addColumn<Choice>("expected");
    QTest::addColumn<QStringList>("whyMentions");

    const QString none;
    QTest::newRow("kernel present") << true << true << GoPath << Preference::Auto << Choice::Kernel
                                    << QStringList { QStringLiteral("kernel has WireGuard") };
    QTest::newRow("kernel present, no wireguard-go")
        << true << true << none << Preference::Auto << Choice::Kernel
        << QStringList { QStringLiteral("kernel") };
    QTest::newRow("no kernel, wireguard-go")
        << false << false << GoPath << Preference::Auto << Choice::Userspace
        << QStringList { QStringLiteral("no WireGuard module"),
               QStringLiteral("wireguard-go is used") };
    QTest::newRow("neither") << false << false << none << Preference::Auto << Choice::None
                             << QStringList { QStringLiteral("no WireGuard module"),
                                    QStringLiteral("wireguard-go is not installed") };
    // The family is registered but new links are refused (a blocked module,
    // a restricted container): the kernel cannot be used.
    QTest::newRow("family resolves, link refused")
        << true << false << GoPath << Preference::Auto << Choice::Userspace
        << QStringList { QStringLiteral("refuses to create interfaces"),
               QStringLiteral("wireguard-go is used") };
    QTest::newRow("family resolves, link refused, no wireguard-go")
        << true << false << none << Preference::Auto << Choice::None
        << QStringList { QStringLiteral("refuses to create interfaces"),
               QStringLiteral("not installed") };
    QTest::newRow("link works, family silent")
        << false << true << GoPath << Preference::Auto << Choice::Userspace
        << QStringList { QStringLiteral("netlink family") };
    QTest::newRow("prefer userspace over a working kernel")
        << true << true << GoPath << Preference::Userspace << Choice::Userspace
        << QStringList { QStringLiteral("wireguard-go was asked for") };
    QTest::newRow("prefer userspace, not installed")
        << true << true << none << Preference::Userspace << Choice::None
        << QStringList { QStringLiteral("asked for"), QStringLiteral("not installed") };
    QTest::newRow("prefer kernel, no module")
        << false << false << GoPath << Preference::Kernel << Choice::None
        << QStringList { QStringLiteral("kernel's WireGuard was asked for"),
               QStringLiteral("no WireGuard module") };
    QTest::newRow("prefer kernel, present")
        << true << true << none << Preference::Kernel << Choice::Kernel
        << QStringList { QStringLiteral("kernel has WireGuard") };
}

void TestChooseBackend::decide()
{
    QFETCH(bool, family);
    QFETCH(bool, link);
    QFETCH(QString, go);
    QFETCH(Preference, preference);
    QFETCH(Choice, expected);
    QFETCH(QStringList, whyMentions);

    FakeMachine machine { family, link, go };
    QString why;
    QCOMPARE(Lifeline::WireGuard::decide(machine.probes(), preference, &why), expected);
    for (const QString &part : whyMentions)
        QVERIFY2(why.contains(part), qPrintable(why));
    // One sentence, whatever the outcome.
    QVERIFY(!why.isEmpty());
    QVERIFY(!why.contains(u'\n'));
}

void TestChooseBackend::userspacePreferenceNeverProbesTheKernel()
{
    // Probing the kernel makes a namespace and a link, and may load a module:
    // nothing of that when the user asked for wireguard-go.
    FakeMachine machine { true, true, GoPath };
    QString why;
    QCOMPARE(Lifeline::WireGuard::decide(machine.probes(), Preference::Userspace, &why),
        Choice::Userspace);
    QCOMPARE(machine.familyCalls, 0);
    QCOMPARE(machine.linkCalls, 0);

    // And the link is tried first: it is what loads the module.
    FakeMachine fresh { false, true, GoPath };
    Lifeline::WireGuard::decide(fresh.probes(), Preference::Auto, &why);
    QCOMPARE(fresh.linkCalls, 1);
}

void TestChooseBackend::chooseBackendBuildsTheChoice_data()
{
    QTest::addColumn<bool>("kernel");
    QTest::addColumn<QString>("go");
    QTest::addColumn<QString>("expectedName"); // empty: no back end

    QTest::newRow("kernel") << true << GoPath << QStringLiteral("kernel");
    QTest::newRow("wireguard-go") << false << GoPath << QStringLiteral("wireguard-go");
    QTest::newRow("none") << false << QString() << QString();
}

void TestChooseBackend::chooseBackendBuildsTheChoice()
{
    QFETCH(bool, kernel);
    QFETCH(QString, go);
    QFETCH(QString, expectedName);
    FakeMachine machine { kernel, kernel, go };
    QString why;
    const auto backend = chooseBackend(&why, Preference::Auto, machine.probes());
    QVERIFY(!why.isEmpty());
    if (expectedName.isEmpty()) {
        QVERIFY(!backend);
        return;
    }
    QVERIFY(backend);
    QCOMPARE(backend->name(), expectedName);
    // wireguard-go runs from the path the probe found, not from a PATH
    // lookup at start time.
    if (const auto *userspace = dynamic_cast<const UserspaceBackend *>(backend.get()))
        QCOMPARE(userspace->program(), go);
}

void TestChooseBackend::inNamespaceRunsHereWithoutFd()
{
    const auto caller = std::this_thread::get_id();
    std::thread::id ranOn;
    const QString result = inNamespace(-1, [&] {
        ranOn = std::this_thread::get_id();
        return QStringLiteral("done");
    });
    QCOMPARE(result, QStringLiteral("done"));
    QVERIFY(ranOn == caller);
}

void TestChooseBackend::inNamespaceRefusesANonNamespaceFd()
{
    // setns() on a file that is no namespace fails for anyone, root or not.
    const int fd = open("/dev/null", O_RDONLY | O_CLOEXEC);
    QVERIFY(fd >= 0);
    bool ran = false;
    const QString result = inNamespace(fd, [&] {
        ran = true;
        return QString();
    });
    close(fd);
    QVERIFY(!ran);
    QVERIFY2(
        result.startsWith(QLatin1String("cannot enter the network namespace")), qPrintable(result));
}

QTEST_GUILESS_MAIN(TestChooseBackend)
#include "TestChooseBackend.moc"
