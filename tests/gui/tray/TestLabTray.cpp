// The tray's logic against the real helper in the lab (IPv4 broken at the
// ISP, the VPS's tunnel imported as "vps"), as the allowed test user, on Xvfb
// with trayer: the icon appears and says IPv4 is down; clicking the
// notification turns the backup on and the icon and tooltip follow; Repair
// fixes the MTU; a program runs through the backup; a disconnect by someone
// else shows; the menu runs a program IPv6-only and switches the backup; a
// fresh start in automatic mode turns it on by itself. Screenshots of the
// menu and the notification go to $LAB_TRAY_SHOTS.
#include "Contract.h"
#include "NetworkProber.h"
#include "TrayController.h"
#include "TrayWindows.h"

#include <QApplication>
#include <QDBusConnection>
#include <QDBusMessage>
#include <QDir>
#include <QFile>
#include <QLineEdit>
#include <QScreen>
#include "SharedSettings.h"

#include <QSettings>
#include <QSignalSpy>
#include <QTest>

#include <unistd.h>

#include <utility>

using namespace Lifeline;
using namespace Lifeline::Tray;
using Diagnosis::Verdict;
using Entry = TrayMenu::Entry;

namespace {

constexpr int LongMs = 40000; // probes time out after 2 s; tunnels take a few seconds

const QString Broken = QStringLiteral(
    "Some websites can't be reached: your provider's IPv4 is down. IPv6 works.");
const QString Covered = QStringLiteral(
    "Your provider's IPv4 is down; the backup connection covers it. Everything works.");

QString readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

QString helperCall(const QString &member, const QVariantList &arguments)
{
    QDBusMessage call = QDBusMessage::createMethodCall(QString::fromLatin1(ServiceName),
        QString::fromLatin1(ObjectPath), QString::fromLatin1(InterfaceName), member);
    call.setArguments(arguments);
    const QDBusMessage reply = QDBusConnection::systemBus().call(call, QDBus::Block, 30000);
    return reply.type() == QDBusMessage::ErrorMessage ? reply.errorName() : QString();
}

QWidget *visibleTopLevel(const char *className)
{
    const QWidgetList widgets = QApplication::topLevelWidgets();
    for (QWidget *widget : widgets) {
        if (widget->isVisible() && widget->inherits(className))
            return widget;
    }
    return nullptr;
}

} // namespace

class TestLabTray : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void iconAppears();
    void saysIPv4IsDown();
    void notificationTurnsOnTheBackup();
    void repairs();
    void runsAProgramThroughTheBackup();
    void followsTheHelper();
    void runsAProgramIPv6Only();
    void menuSwitchesTheBackup();
    void automaticTurnsItOn();
    void cleanupTestCase();

private:
    TrayController *start();
    void screenshot(const QString &name, const QRect &area);
    void showMenu();
    static void closeBalloons();
    QAction *action(Entry entry) const { return m_controller->menu()->action(entry); }
    const TrayState &state() const { return m_controller->state(); }

    TrayController *m_controller = nullptr;
    QString m_shots;
};

TrayController *TestLabTray::start()
{
    QStringList problems;
    const QDBusConnection bus = QDBusConnection::systemBus();
    auto *diagnoser = new Diagnosis::Diagnoser(new Diagnosis::NetworkProber(bus),
        Diagnosis::ProbeTargets::fromSettings(&problems));
    if (!problems.isEmpty())
        qWarning("probe settings: %s", qPrintable(problems.join(u'\n')));
    auto *controller = new TrayController(diagnoser, bus, this);
    controller->start();
    return controller;
}

void TestLabTray::screenshot(const QString &name, const QRect &area)
{
    QTest::qWait(300); // let the X server draw what was just mapped
    // The part of the screen that shows it, the tray icon included, with a margin.
    QScreen *screen = QGuiApplication::primaryScreen();
    const QRect part = area.united(m_controller->trayIcon()->geometry())
                           .adjusted(-12, -12, 12, 12)
                           .intersected(screen->geometry());
    const QPixmap shot = screen->grabWindow(0, part.x(), part.y(), part.width(), part.height());
    QVERIFY(!shot.isNull());
    QVERIFY(shot.save(m_shots + u'/' + name, "PNG"));
}

void TestLabTray::showMenu()
{
    // For the picture: no round of probes running, no old notification in the way.
    QTRY_VERIFY_WITH_TIMEOUT(!state().checking, LongMs);
    closeBalloons();
    TrayMenu *menu = m_controller->menu();
    menu->popup(m_controller->trayIcon()->geometry().bottomLeft());
    QTRY_VERIFY(menu->isVisible());
}

void TestLabTray::closeBalloons()
{
    while (QWidget *balloon = visibleTopLevel("QBalloonTip"))
        balloon->hide();
}

void TestLabTray::initTestCase()
{
    registerContractTypes();
    QVERIFY(::getuid() != 0);
    m_shots = qEnvironmentVariable("LAB_TRAY_SHOTS");
    QVERIFY(QDir(m_shots).exists());
    QVERIFY(QDBusConnection::systemBus().isConnected());
    QVERIFY(QSystemTrayIcon::isSystemTrayAvailable());
    QSettings settings(sharedSettingsPath(), QSettings::IniFormat);
    QCOMPARE(settings.value(QStringLiteral("backup/tunnel")).toString(), QStringLiteral("vps"));
    QCOMPARE(settings.value(QStringLiteral("probes/ipv4-http")).toString(),
        QStringLiteral("http://203.0.113.80/generate_204"));
    m_controller = start();
}

void TestLabTray::iconAppears()
{
    // Embedded in trayer: the icon has a place on the screen.
    QTRY_VERIFY_WITH_TIMEOUT(m_controller->trayIcon()->geometry().isValid(), 20000);
    QVERIFY(m_controller->trayIcon()->isVisible());
    QCOMPARE(m_controller->trayIcon()->geometry().size(), QSize(22, 22));
}

void TestLabTray::saysIPv4IsDown()
{
    QTRY_COMPARE_WITH_TIMEOUT(state().verdict, Verdict::IPv4Broken, LongMs);
    QTRY_COMPARE_WITH_TIMEOUT(state().backup.state, QStringLiteral("down"), LongMs);
    QCOMPARE(state().backup.name, QStringLiteral("vps"));
    QCOMPARE(iconName(m_controller->shownIcon()), iconName(IconKind::PartlyBroken));
    QCOMPARE(state().sentence, Broken);
    QCOMPARE(m_controller->trayIcon()->toolTip(), Broken);
    QCOMPARE(action(Entry::Status)->text(), Broken);
    QVERIFY(!action(Entry::Status)->isEnabled());
    QVERIFY(action(Entry::Backup)->isVisible());
    QVERIFY(action(Entry::Backup)->isEnabled());
    QVERIFY(!action(Entry::Backup)->isChecked());
    QVERIFY(!action(Entry::Repair)->isEnabled());
    QVERIFY(!action(Entry::RunBackup)->isEnabled());
    QCOMPARE(action(Entry::RunNative)->text(), QStringLiteral("Run a program with IPv6 only…"));
}

void TestLabTray::runsAProgramIPv6Only()
{
    const QString home = QDir::homePath();
    QFile::remove(home + QStringLiteral("/fetched-v6.txt"));
    action(Entry::RunNative)->trigger();
    AppPickerDialog *picker = m_controller->picker();
    QVERIFY(picker);
    QTRY_VERIFY(picker->isVisible());
    QCOMPARE(picker->mode(), QStringLiteral("ipv6-only"));
    QTest::keyClicks(picker->searchField(), QStringLiteral("lab fetch ipv6"));
    QCOMPARE(picker->shownEntries().size(), 1);
    closeBalloons();
    screenshot(QStringLiteral("tray-app-picker.png"), picker->frameGeometry());
    QTest::keyClick(picker->searchField(), Qt::Key_Return);
    QTRY_VERIFY(!m_controller->picker());
    // The program ran as the user, in the home directory, with only IPv6: the
    // IPv6 site loaded, the IPv4 one (broken at the ISP anyway) had no route.
    QTRY_VERIFY_WITH_TIMEOUT(readFile(home + QStringLiteral("/fetched-v6.txt")).contains(QStringLiteral("lifeline-lab-v6")), 20000);
    QTRY_COMPARE_WITH_TIMEOUT(readFile(home + QStringLiteral("/cwd-v6.txt")).trimmed(), home, 20000);
    QTRY_VERIFY_WITH_TIMEOUT(readFile(home + QStringLiteral("/routes-v6.txt")).contains(QStringLiteral("none")), 20000);
}

void TestLabTray::notificationTurnsOnTheBackup()
{
    // The broken family was confirmed by a second round: the notification offers the backup.
    QTRY_COMPARE_WITH_TIMEOUT(m_controller->pendingOffer(), Notice::Offer::TurnOnBackup, LongMs);
    QWidget *balloon = nullptr;
    QTRY_VERIFY((balloon = visibleTopLevel("QBalloonTip")) != nullptr);
    screenshot(QStringLiteral("tray-notification.png"), balloon->geometry());
    QTest::mouseClick(balloon, Qt::LeftButton, {}, QPoint(20, balloon->height() / 2));
    QTRY_COMPARE_WITH_TIMEOUT(state().backup.state, QStringLiteral("up"), LongMs);
    QCOMPARE(state().backup.families, QStringList { QStringLiteral("ipv4") });
    QTRY_COMPARE_WITH_TIMEOUT(iconName(m_controller->shownIcon()), iconName(IconKind::BackupOn), LongMs);
    QVERIFY(action(Entry::Backup)->isChecked());
    QVERIFY(action(Entry::Repair)->isEnabled());
    QVERIFY(action(Entry::RunBackup)->isEnabled());
    // The state change brought a new check: IPv4 covered by the backup.
    QTRY_COMPARE_WITH_TIMEOUT(state().sentence, Covered, LongMs);
    QCOMPARE(m_controller->trayIcon()->toolTip(), Covered);
    QCOMPARE(action(Entry::Status)->text(), Covered);
    QCOMPARE(iconName(m_controller->shownIcon()), iconName(IconKind::BackupOn));
    showMenu();
    screenshot(QStringLiteral("tray-menu-backup-on.png"), m_controller->menu()->geometry());
    m_controller->menu()->hide();
}

void TestLabTray::repairs()
{
    QSignalSpy notified(m_controller, &TrayController::notified);
    action(Entry::Repair)->trigger();
    QVERIFY(state().repairing);
    QVERIFY(!action(Entry::Repair)->isEnabled());
    QTRY_VERIFY_WITH_TIMEOUT(!state().repairing, LongMs);
    QVERIFY(!notified.isEmpty());
    QCOMPARE(notified.last().at(0).toString(), QStringLiteral("Repaired"));
    QVERIFY2(notified.last().at(1).toString().contains(QStringLiteral("at most")),
        qPrintable(notified.last().at(1).toString()));
    QVERIFY(action(Entry::Repair)->isEnabled());
}

void TestLabTray::runsAProgramThroughTheBackup()
{
    const QString home = QDir::homePath();
    QFile::remove(home + QStringLiteral("/fetched-v4.txt"));
    action(Entry::RunBackup)->trigger();
    AppPickerDialog *picker = m_controller->picker();
    QVERIFY(picker);
    QCOMPARE(picker->mode(), QStringLiteral("tunnel:vps"));
    QTest::keyClicks(picker->searchField(), QStringLiteral("lab fetch ipv4"));
    QCOMPARE(picker->shownEntries().size(), 1);
    QTest::keyClick(picker->searchField(), Qt::Key_Return);
    // The IPv4-only site, which the ISP blocks, loads through the tunnel.
    QTRY_VERIFY_WITH_TIMEOUT(readFile(home + QStringLiteral("/fetched-v4.txt")).contains(QStringLiteral("lifeline-lab-v4")), 20000);
}

void TestLabTray::followsTheHelper()
{
    // Someone else (lifelinectl, another session) turns the backup off.
    QCOMPARE(helperCall(QStringLiteral("DisconnectTunnel"), { QStringLiteral("vps") }), QString());
    QTRY_COMPARE_WITH_TIMEOUT(state().backup.state, QStringLiteral("down"), LongMs);
    QVERIFY(!action(Entry::Backup)->isChecked());
    QTRY_COMPARE_WITH_TIMEOUT(iconName(m_controller->shownIcon()), iconName(IconKind::PartlyBroken), LongMs);
    QTRY_COMPARE_WITH_TIMEOUT(m_controller->trayIcon()->toolTip(), Broken, LongMs);
    QCOMPARE(action(Entry::Status)->text(), Broken);
    // This outage was announced already: no second notification to wait for.
    showMenu();
    screenshot(QStringLiteral("tray-menu-ipv4-broken.png"), m_controller->menu()->geometry());
    m_controller->menu()->hide();
}

void TestLabTray::menuSwitchesTheBackup()
{
    action(Entry::Backup)->trigger(); // on
    QTRY_COMPARE_WITH_TIMEOUT(state().backup.state, QStringLiteral("up"), LongMs);
    QTRY_COMPARE_WITH_TIMEOUT(iconName(m_controller->shownIcon()), iconName(IconKind::BackupOn), LongMs);
    QVERIFY(action(Entry::Backup)->isChecked());
    QTRY_VERIFY_WITH_TIMEOUT(!state().backup.busy, LongMs);
    action(Entry::Backup)->trigger(); // off
    QTRY_COMPARE_WITH_TIMEOUT(state().backup.state, QStringLiteral("down"), LongMs);
    QVERIFY(!action(Entry::Backup)->isChecked());
    // The round that follows the switch says IPv4 is down again.
    QTRY_COMPARE_WITH_TIMEOUT(iconName(m_controller->shownIcon()), iconName(IconKind::PartlyBroken), LongMs);
}

void TestLabTray::automaticTurnsItOn()
{
    delete std::exchange(m_controller, nullptr);
    {
        QSettings settings(sharedSettingsPath(), QSettings::IniFormat);
        settings.setValue(QStringLiteral("backup/automatic"), true);
    }
    // A fresh start, as at login: nobody chose anything in this outage.
    m_controller = start();
    QSignalSpy notified(m_controller, &TrayController::notified);
    QTRY_COMPARE_WITH_TIMEOUT(state().backup.state, QStringLiteral("up"), 2 * LongMs);
    QCOMPARE(state().backup.families, QStringList { QStringLiteral("ipv4") });
    QTRY_VERIFY_WITH_TIMEOUT(!notified.isEmpty(), LongMs);
    QCOMPARE(notified.last().at(0).toString(), QStringLiteral("The backup connection is on"));
    // No "turn it on?" question: automatic mode answered it.
    QVERIFY(m_controller->pendingOffer() != Notice::Offer::TurnOnBackup);
}

void TestLabTray::cleanupTestCase()
{
    helperCall(QStringLiteral("DisconnectTunnel"), { QStringLiteral("vps") });
    delete m_controller;
}

QTEST_MAIN(TestLabTray)
#include "TestLabTray.moc"
