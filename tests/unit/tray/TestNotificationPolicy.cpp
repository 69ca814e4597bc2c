// Notifications only on changes that matter, confirmed by a second round,
// once per episode, with an offer the click carries out.
#include "NotificationPolicy.h"
#include "TrayFixtures.h"

#include <QTest>

using namespace Lifeline::Tray;
using namespace TrayFixtures;
using Offer = Notice::Offer;

// One round as a test row (a local type: the library's own types declare no meta-types).
struct Round {
    Report report;
    BackupState backup;
};

Q_DECLARE_METATYPE(Lifeline::Tray::Notice::Offer)
Q_DECLARE_METATYPE(Round)

class TestNotificationPolicy : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void brokenOffersTheBackup();
    void notOnEveryProbe();
    void flappingSaysItOnce();
    void newEpisodeSpeaksAgain();
    void noticeFor_data();
    void noticeFor();
};

void TestNotificationPolicy::brokenOffersTheBackup()
{
    NotificationPolicy policy;
    const Report down = report(ipv4Down());
    QVERIFY(!policy.onRound(down, backup("down"), false)); // one round: not yet
    const auto notice = policy.onRound(down, backup("down"), false);
    QVERIFY(notice);
    QCOMPARE(notice->message, QStringLiteral("IPv4 is down — turn on the backup connection?"));
    QCOMPARE(notice->offer, Offer::TurnOnBackup);
    QCOMPARE(notice->families, QStringLiteral("ipv4"));
}

void TestNotificationPolicy::notOnEveryProbe()
{
    NotificationPolicy policy;
    const Report down = report(ipv4Down());
    int shown = 0;
    for (int round = 0; round < 30; ++round)
        shown += policy.onRound(down, backup("down"), false) ? 1 : 0;
    QCOMPARE(shown, 1);
    const Report fine = report(bothWork());
    for (int round = 0; round < 30; ++round)
        QVERIFY(!policy.onRound(fine, backup("down"), false));
}

void TestNotificationPolicy::flappingSaysItOnce()
{
    NotificationPolicy policy;
    const Report down = report(ipv4Down());
    const Report fine = report(bothWork());
    int shown = 0;
    policy.onRound(down, backup("down"), false);
    shown += policy.onRound(down, backup("down"), false) ? 1 : 0;
    // Down, fine, down, fine, ...: never fine for two rounds, so no new episode.
    for (int round = 0; round < 20; ++round)
        shown += policy.onRound(round % 2 ? down : fine, backup("down"), false) ? 1 : 0;
    QCOMPARE(shown, 1);
}

void TestNotificationPolicy::newEpisodeSpeaksAgain()
{
    NotificationPolicy policy;
    const Report down = report(ipv4Down());
    const Report fine = report(bothWork());
    policy.onRound(down, backup("down"), false);
    QVERIFY(policy.onRound(down, backup("down"), false));
    policy.onRound(fine, backup("down"), false);
    policy.onRound(fine, backup("down"), false);
    policy.onRound(down, backup("down"), false);
    QVERIFY(policy.onRound(down, backup("down"), false));
}

void TestNotificationPolicy::noticeFor_data()
{
    QTest::addColumn<Round>("round");
    QTest::addColumn<bool>("automatic");
    QTest::addColumn<bool>("expected");
    QTest::addColumn<Offer>("offer");
    const QStringList v4 { QStringLiteral("ipv4") };
    QTest::newRow("fine") << Round { report(bothWork()), backup("down") } << false << false << Offer::None;
    QTest::newRow("broken, backup down") << Round { report(ipv4Down()), backup("down") } << false << true << Offer::TurnOnBackup;
    QTest::newRow("broken, backup failed") << Round { report(ipv4Down()), backup("failed") } << false << true << Offer::TurnOnBackup;
    QTest::newRow("broken, automatic turns it on itself") << Round { report(ipv4Down()), backup("down") } << true << false << Offer::None;
    QTest::newRow("broken, no backup: set one up") << Round { report(ipv4Down()), BackupState() } << false << true << Offer::SetUpBackup;
    QTest::newRow("broken, covered") << Round { report(ipv4ThroughTunnel(false)), backup("up", v4) } << false << false << Offer::None;
    QTest::newRow("back natively: turn it off?") << Round { report(ipv4ThroughTunnel(true)), backup("up", v4) } << false << true << Offer::TurnOffBackup;
    QTest::newRow("back natively, automatic") << Round { report(ipv4ThroughTunnel(true)), backup("up", v4) } << true << false << Offer::None;
    Findings notPassing = ipv4ThroughTunnel(false);
    notPassing.ipv4.tunnel = failing();
    QTest::newRow("tunnel not passing") << Round { report(notPassing), backup("up", v4) } << false << true << Offer::TurnOffBackup;
    Findings hang = ipv4ThroughTunnel(false);
    hang.ipv4.tunnel.bigTransferTried = true;
    hang.ipv4.tunnel.bigTransferPassed = false;
    hang.ipv4.native = working();
    hang.ipv4.native.bigTransferTried = true;
    hang.ipv4.native.bigTransferPassed = true;
    QTest::newRow("pages hang through the tunnel") << Round { report(hang), backup("up", v4) } << false << true << Offer::Repair;
    Findings hangNoTunnel = bothWork();
    hangNoTunnel.ipv4.native.bigTransferTried = true;
    QTest::newRow("pages hang, nothing to repair") << Round { report(hangNoTunnel), backup("down") } << false << false << Offer::None;
    Findings portal = bothWork();
    portal.ipv4.native.http = HttpCheck::Portal;
    portal.ipv6.native.http = HttpCheck::Portal;
    QTest::newRow("captive portal") << Round { report(portal), BackupState() } << false << true << Offer::OpenLoginPage;
    Findings offline;
    offline.ipv4.native = failing();
    offline.ipv6.native = failing();
    QTest::newRow("offline: the icon says it") << Round { report(offline), backup("down") } << false << false << Offer::None;
    Findings dns = bothWork();
    dns.dns = { true, false, false };
    QTest::newRow("dns broken: nothing to offer") << Round { report(dns), backup("down") } << false << false << Offer::None;
}

void TestNotificationPolicy::noticeFor()
{
    QFETCH(Round, round);
    QFETCH(bool, automatic);
    QFETCH(bool, expected);
    const auto notice = NotificationPolicy::noticeFor(round.report, round.backup, automatic);
    QCOMPARE(bool(notice), expected);
    if (notice) {
        QTEST(notice->offer, "offer");
        QVERIFY(!notice->title.isEmpty());
        QVERIFY(!notice->message.isEmpty());
        QVERIFY(!notice->key.isEmpty());
    }
}

QTEST_GUILESS_MAIN(TestNotificationPolicy)
#include "TestNotificationPolicy.moc"
