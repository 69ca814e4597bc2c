// The controller with a fake prober and no helper (an unconnected bus): the
// icon, tooltip and menu follow each round; a confirmed outage brings one
// notification whose click carries out its offer; helper failures become
// sentences, never D-Bus names; `lifeline --run-picker MODE` opens the
// picker for that mode.
#include "Prober.h"
#include "SharedSettings.h"
#include "TrayController.h"
#include "TrayFixtures.h"
#include "TrayIcons.h"

#include <QApplication>
#include <QRegularExpression>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Lifeline::Tray;
using namespace TrayFixtures;

namespace {

// Answers every round with the findings it was given, on the next turn of the event loop.
class FakeProber : public Prober
{
public:
    Findings next = bothWork();
    int rounds = 0;

    void start(const ProbeTargets &) override
    {
        if (m_running)
            return;
        m_running = true;
        ++rounds;
        QMetaObject::invokeMethod(this, [this] {
            m_running = false;
            Q_EMIT finished(next);
        }, Qt::QueuedConnection);
    }
    bool running() const override { return m_running; }

private:
    bool m_running = false;
};

} // namespace

class TestTrayController : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void followsTheVerdict();
    void confirmedOutageNotifiesOnce();
    void helperMissingIsASentence();
    void runPickerOpensThePicker_data();
    void runPickerOpensThePicker();
    void runPickerWithoutBackupOffersSetUp();

private:
    void round(const Findings &findings);

    QTemporaryDir m_config;
    FakeProber *m_prober = nullptr;
    TrayController *m_controller = nullptr;
};

void TestTrayController::initTestCase()
{
    QVERIFY(m_config.isValid());
    qputenv("XDG_CONFIG_HOME", QFile::encodeName(m_config.path()));
    QVERIFY(Lifeline::sharedSettingsPath().startsWith(m_config.path()));
}

void TestTrayController::init()
{
    m_prober = new FakeProber;
    ProbeTargets targets; // nothing is probed for real: the prober is fake
    auto *diagnoser = new Diagnoser(m_prober, targets);
    const QDBusConnection nowhere = QDBusConnection::connectToBus(
        QStringLiteral("unix:path=/nonexistent/lifeline-test-bus"), QStringLiteral("nowhere"));
    m_controller = new TrayController(diagnoser, nowhere);
    m_controller->start();
    QTRY_COMPARE(m_prober->rounds, 1);
    QTRY_VERIFY(!m_controller->state().checking);
}

void TestTrayController::cleanup()
{
    delete m_controller;
}

void TestTrayController::round(const Findings &findings)
{
    m_prober->next = findings;
    const int before = m_prober->rounds;
    m_controller->menu()->action(TrayMenu::Entry::CheckAgain)->trigger();
    QTRY_COMPARE(m_prober->rounds, before + 1);
    QTRY_VERIFY(!m_controller->state().checking);
}

void TestTrayController::followsTheVerdict()
{
    QCOMPARE(m_controller->state().verdict, Verdict::AllFine);
    QCOMPARE(iconName(m_controller->shownIcon()), QStringLiteral("fine"));
    QCOMPARE(m_controller->trayIcon()->toolTip(), report(bothWork()).sentence);

    round(ipv4Down());
    const QString sentence = report(ipv4Down()).sentence;
    QCOMPARE(m_controller->state().verdict, Verdict::IPv4Broken);
    QCOMPARE(iconName(m_controller->shownIcon()), QStringLiteral("partly-broken"));
    QCOMPARE(m_controller->trayIcon()->toolTip(), sentence);
    QCOMPARE(m_controller->menu()->action(TrayMenu::Entry::Status)->text(), sentence);
    QCOMPARE(m_controller->trayIcon()->icon().cacheKey(), trayIcon(IconKind::PartlyBroken).cacheKey());

    Findings offline;
    offline.ipv4.native = failing();
    offline.ipv6.native = failing();
    round(offline);
    QCOMPARE(iconName(m_controller->shownIcon()), QStringLiteral("offline"));
    round(bothWork());
    QCOMPARE(iconName(m_controller->shownIcon()), QStringLiteral("fine"));
}

void TestTrayController::confirmedOutageNotifiesOnce()
{
    QSignalSpy notified(m_controller, &TrayController::notified);
    round(ipv4Down());
    QCOMPARE(notified.size(), 0); // one round could be a fluke
    round(ipv4Down());
    QCOMPARE(notified.size(), 1);
    // No backup connection known: the offer is to set one up.
    QCOMPARE(m_controller->pendingOffer(), Notice::Offer::SetUpBackup);
    QVERIFY(notified.first().at(1).toString().contains(QStringLiteral("IPv4 is down")));
    for (int i = 0; i < 4; ++i)
        round(ipv4Down());
    QCOMPARE(notified.size(), 1);
}

void TestTrayController::helperMissingIsASentence()
{
    // The first refresh found no bus: everything needing the helper is off, and says why.
    QTRY_VERIFY(!m_controller->state().helperReachable);
    QAction *run = m_controller->menu()->action(TrayMenu::Entry::RunNative);
    QVERIFY(!run->isEnabled());
    QVERIFY(run->toolTip().contains(QStringLiteral("helper")));
    QVERIFY(!run->toolTip().contains(QStringLiteral("org.freedesktop")));
}

void TestTrayController::runPickerOpensThePicker_data()
{
    QTest::addColumn<QString>("mode");
    QTest::addColumn<QString>("pickerMode");
    QTest::addColumn<QString>("title");
    QTest::newRow("ipv4-only") << "ipv4-only" << "ipv4-only" << "Run a program with IPv4 only";
    QTest::newRow("ipv6-only") << "ipv6-only" << "ipv6-only" << "Run a program with IPv6 only";
    // The helper is not there to say which tunnel is the backup: the setting does.
    QTest::newRow("tunnel") << "tunnel" << "tunnel:vps" << "Run a program through the backup connection";
}

void TestTrayController::runPickerOpensThePicker()
{
    QFETCH(QString, mode);
    QSettings settings(Lifeline::sharedSettingsPath(), QSettings::IniFormat);
    settings.setValue("backup/tunnel", "vps");
    settings.sync();
    QVERIFY(!m_controller->picker());
    m_controller->runPicker(mode);
    settings.remove("backup/tunnel");
    QVERIFY(m_controller->picker());
    QTEST(m_controller->picker()->mode(), "pickerMode");
    QTEST(m_controller->picker()->windowTitle(), "title");
    QVERIFY(m_controller->picker()->isVisible());
}

void TestTrayController::runPickerWithoutBackupOffersSetUp()
{
    QSignalSpy notified(m_controller, &TrayController::notified);
    m_controller->runPicker("tunnel");
    QVERIFY(!m_controller->picker());
    QCOMPARE(notified.size(), 1);
    QCOMPARE(m_controller->pendingOffer(), Notice::Offer::SetUpBackup);
    // Not a mode: nothing opens (only something else on the socket could ask).
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression("unknown mode"));
    m_controller->runPicker("ipv5-only");
    QVERIFY(!m_controller->picker());
}

QTEST_MAIN(TestTrayController)
#include "TestTrayController.moc"
