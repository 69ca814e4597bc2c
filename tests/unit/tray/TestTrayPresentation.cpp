// State -> icon, tooltip and menu: every verdict, with and without a backup
// connection, and the menu widget showing exactly that.
#include "TrayFixtures.h"
#include "TrayMenu.h"
#include "TrayPresentation.h"

#include <QApplication>
#include <QSignalSpy>
#include <QTest>

using namespace Lifeline::Tray;
using namespace TrayFixtures;
using Lifeline::Diagnosis::Verdict;

Q_DECLARE_METATYPE(Lifeline::Tray::IconKind)
Q_DECLARE_METATYPE(Lifeline::Diagnosis::Verdict)

class TestTrayPresentation : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void icon_data();
    void icon();
    void toolTipIsTheSentence();
    void backupEntry_data();
    void backupEntry();
    void runEntries();
    void checkAgain();
    void helperUnavailable();
    void connectFamilies_data();
    void connectFamilies();
    void menuWidget();
};

namespace {

TrayState stateOf(Verdict verdict, const QString &backupState, const QStringList &families = {})
{
    TrayState state;
    state.verdict = verdict;
    state.sentence = QStringLiteral("sentence for %1").arg(Lifeline::Diagnosis::verdictName(verdict));
    if (!backupState.isNull())
        state.backup = backup(backupState, families);
    return state;
}

const QString NoBackup; // null: none configured

} // namespace

void TestTrayPresentation::icon_data()
{
    QTest::addColumn<Verdict>("verdict");
    QTest::addColumn<QString>("backupState");
    QTest::addColumn<QStringList>("families");
    QTest::addColumn<IconKind>("expected");
    const QStringList v4 { QStringLiteral("ipv4") };
    const QStringList v6 { QStringLiteral("ipv6") };
    QTest::newRow("checking") << Verdict::Checking << NoBackup << QStringList() << IconKind::Checking;
    QTest::newRow("checking, backup up") << Verdict::Checking << "up" << v4 << IconKind::BackupOn;
    QTest::newRow("fine") << Verdict::AllFine << NoBackup << QStringList() << IconKind::Fine;
    QTest::newRow("fine, backup down") << Verdict::AllFine << "down" << QStringList() << IconKind::Fine;
    QTest::newRow("fine, backup up") << Verdict::AllFine << "up" << v4 << IconKind::BackupOn;
    QTest::newRow("fine, backup connecting") << Verdict::AllFine << "connecting" << QStringList() << IconKind::BackupOn;
    QTest::newRow("ipv4 broken, no backup") << Verdict::IPv4Broken << NoBackup << QStringList() << IconKind::PartlyBroken;
    QTest::newRow("ipv4 broken, backup down") << Verdict::IPv4Broken << "down" << QStringList() << IconKind::PartlyBroken;
    QTest::newRow("ipv4 broken, backup failed") << Verdict::IPv4Broken << "failed" << QStringList() << IconKind::PartlyBroken;
    QTest::newRow("ipv4 broken, covered") << Verdict::IPv4Broken << "up" << v4 << IconKind::BackupOn;
    QTest::newRow("ipv4 broken, backup carries only ipv6") << Verdict::IPv4Broken << "up" << v6 << IconKind::PartlyBroken;
    QTest::newRow("ipv6 broken, covered") << Verdict::IPv6Broken << "up" << v6 << IconKind::BackupOn;
    QTest::newRow("ipv6 broken") << Verdict::IPv6Broken << "down" << QStringList() << IconKind::PartlyBroken;
    QTest::newRow("dns broken") << Verdict::DnsBroken << NoBackup << QStringList() << IconKind::PartlyBroken;
    QTest::newRow("dns broken, backup up") << Verdict::DnsBroken << "up" << v4 << IconKind::PartlyBroken;
    QTest::newRow("portal") << Verdict::CaptivePortal << NoBackup << QStringList() << IconKind::PartlyBroken;
    QTest::newRow("tunnel not passing") << Verdict::TunnelNotPassing << "up" << v4 << IconKind::PartlyBroken;
    QTest::newRow("pages hang") << Verdict::PagesHang << "up" << v4 << IconKind::PartlyBroken;
    QTest::newRow("offline") << Verdict::Offline << NoBackup << QStringList() << IconKind::Offline;
    QTest::newRow("offline, backup up") << Verdict::Offline << "up" << v4 << IconKind::Offline;
}

void TestTrayPresentation::icon()
{
    QFETCH(Verdict, verdict);
    QFETCH(QString, backupState);
    QFETCH(QStringList, families);
    QFETCH(IconKind, expected);
    const IconKind kind = iconKind(stateOf(verdict, backupState, families));
    QCOMPARE(iconName(kind), iconName(expected));
}

void TestTrayPresentation::toolTipIsTheSentence()
{
    for (const Findings &findings : { bothWork(), ipv4Down(), ipv4ThroughTunnel(false) }) {
        TrayState state;
        const Report r = report(findings);
        state.verdict = r.verdict;
        state.sentence = r.sentence;
        QVERIFY(!state.sentence.isEmpty());
        QCOMPARE(toolTip(state), r.sentence);
        QCOMPARE(menuView(state).status, r.sentence);
    }
}

void TestTrayPresentation::backupEntry_data()
{
    QTest::addColumn<QString>("backupState");
    QTest::addColumn<bool>("busy");
    QTest::addColumn<bool>("visible");
    QTest::addColumn<bool>("checked");
    QTest::addColumn<bool>("enabled");
    QTest::addColumn<bool>("setUpVisible");
    QTest::addColumn<bool>("repairEnabled");
    QTest::addColumn<QString>("textHas");
    QTest::newRow("none configured") << NoBackup << false << false << false << false << true << false << "";
    QTest::newRow("not yet known") << "" << false << true << false << false << false << false << "";
    QTest::newRow("down") << "down" << false << true << false << true << false << false << "";
    QTest::newRow("connecting") << "connecting" << false << true << true << true << false << false << "connecting";
    QTest::newRow("up") << "up" << false << true << true << true << false << true << "";
    QTest::newRow("up, switching") << "up" << true << true << true << false << false << true << "";
    QTest::newRow("failed") << "failed" << false << true << false << true << false << false << "failed";
}

void TestTrayPresentation::backupEntry()
{
    QFETCH(QString, backupState);
    QFETCH(bool, busy);
    TrayState state = stateOf(Verdict::IPv4Broken, backupState, { QStringLiteral("ipv4") });
    state.backup.busy = busy;
    const MenuView view = menuView(state);
    QTEST(view.backup.visible, "visible");
    QTEST(view.backup.checked, "checked");
    QTEST(view.backup.enabled, "enabled");
    QTEST(view.setUp.visible, "setUpVisible");
    QTEST(view.repair.enabled, "repairEnabled");
    QFETCH(QString, textHas);
    QVERIFY2(view.backup.text.contains(textHas), qPrintable(view.backup.text));
    // Setting up tunnels asks for an administrator's password: the entry says so.
    QVERIFY(view.setUp.text.contains(QStringLiteral("password")));
    // A disabled entry says why.
    if (!view.repair.enabled)
        QVERIFY(!view.repair.hint.isEmpty());
}

void TestTrayPresentation::runEntries()
{
    // IPv4 down and uncovered: a program is better off with IPv6 only.
    TrayState broken = stateOf(Verdict::IPv4Broken, "down");
    QCOMPARE(nativeRunMode(broken), QStringLiteral("ipv6-only"));
    QVERIFY(menuView(broken).runNative.text.contains(QStringLiteral("IPv6 only")));
    QVERIFY(!menuView(broken).runBackup.enabled);
    QVERIFY(menuView(broken).runBackup.visible);

    TrayState covered = stateOf(Verdict::IPv4Broken, "up", { QStringLiteral("ipv4") });
    QCOMPARE(nativeRunMode(covered), QStringLiteral("ipv4-only"));
    QVERIFY(menuView(covered).runNative.text.contains(QStringLiteral("IPv4 only")));
    QVERIFY(menuView(covered).runBackup.enabled);

    TrayState ipv6Down = stateOf(Verdict::IPv6Broken, NoBackup);
    QCOMPARE(nativeRunMode(ipv6Down), QStringLiteral("ipv4-only"));
    QVERIFY(!menuView(ipv6Down).runBackup.visible);
}

void TestTrayPresentation::checkAgain()
{
    TrayState state = stateOf(Verdict::AllFine, NoBackup);
    QVERIFY(menuView(state).checkAgain.enabled);
    QCOMPARE(menuView(state).checkAgain.text, QStringLiteral("Check again"));
    state.checking = true;
    QVERIFY(!menuView(state).checkAgain.enabled);
    QVERIFY(menuView(state).settings.enabled);
    QVERIFY(menuView(state).quit.enabled);
}

void TestTrayPresentation::helperUnavailable()
{
    TrayState state = stateOf(Verdict::IPv4Broken, "up", { QStringLiteral("ipv4") });
    state.helperReachable = false;
    const MenuView view = menuView(state);
    QVERIFY(!view.backup.enabled);
    QVERIFY(!view.repair.enabled);
    QVERIFY(!view.runNative.enabled);
    QVERIFY(!view.runBackup.enabled);
    QVERIFY(view.backup.hint.contains(QStringLiteral("helper")));
    state.backup = {};
    QVERIFY(menuView(state).setUp.visible);
    QVERIFY(!menuView(state).setUp.enabled);
    QVERIFY(menuView(state).setUp.hint.contains(QStringLiteral("helper")));
}

void TestTrayPresentation::connectFamilies_data()
{
    QTest::addColumn<Verdict>("verdict");
    QTest::addColumn<QString>("families");
    QTest::newRow("ipv4 broken") << Verdict::IPv4Broken << "ipv4";
    QTest::newRow("ipv6 broken") << Verdict::IPv6Broken << "ipv6";
    QTest::newRow("fine: what the configuration says") << Verdict::AllFine << "";
    QTest::newRow("offline") << Verdict::Offline << "";
}

void TestTrayPresentation::connectFamilies()
{
    QFETCH(Verdict, verdict);
    QTEST(Lifeline::Tray::connectFamilies(stateOf(verdict, "down")), "families");
}

void TestTrayPresentation::menuWidget()
{
    TrayMenu menu;
    TrayState state = stateOf(Verdict::IPv4Broken, "down");
    state.sentence = QStringLiteral("Pages & mail: IPv4 is down.");
    menu.apply(menuView(state));
    const QList<QAction *> actions = menu.actions();
    QCOMPARE(actions.first(), menu.action(TrayMenu::Entry::Status));
    QVERIFY(!actions.first()->isEnabled());
    // Shown as written: '&' is not taken for a keyboard mnemonic.
    QCOMPARE(actions.first()->text(), QStringLiteral("Pages && mail: IPv4 is down."));
    QAction *backup = menu.action(TrayMenu::Entry::Backup);
    QVERIFY(backup->isCheckable());
    QVERIFY(backup->isVisible());
    QVERIFY(!backup->isChecked());
    QVERIFY(!menu.action(TrayMenu::Entry::SetUp)->isVisible());
    QVERIFY(!menu.action(TrayMenu::Entry::Repair)->isEnabled());

    QSignalSpy switched(&menu, &TrayMenu::backupSwitched);
    backup->trigger();
    QCOMPARE(switched.size(), 1);
    QCOMPARE(switched.first().first().toBool(), true);

    QSignalSpy chosen(&menu, &TrayMenu::chosen);
    menu.action(TrayMenu::Entry::CheckAgain)->trigger();
    QCOMPARE(chosen.size(), 1);
    QCOMPARE(chosen.first().first().value<TrayMenu::Entry>(), TrayMenu::Entry::CheckAgain);

    state.backup.state = QStringLiteral("up");
    state.backup.families = { QStringLiteral("ipv4") };
    menu.apply(menuView(state));
    QVERIFY(backup->isChecked());
    QVERIFY(menu.action(TrayMenu::Entry::Repair)->isEnabled());
}

QTEST_MAIN(TestTrayPresentation)
#include "TestTrayPresentation.moc"
