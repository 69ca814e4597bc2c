// The automatic backup's hysteresis, round by round with a made-up clock:
// on only after the break held, off only after the family was back for
// several rounds and a minimum time, longer after flapping; a person's own
// switch wins until the situation changes; a failed attempt waits.
#include "AutomaticBackup.h"
#include "TrayFixtures.h"

#include <QTest>

using namespace Lifeline::Tray;
using namespace TrayFixtures;
using Step = AutomaticBackup::Step;

namespace {

constexpr qint64 Minute = 60 * 1000;

AutomaticBackup::Timing timing()
{
    AutomaticBackup::Timing timing;
    timing.breakRounds = 2;
    timing.backRounds = 3;
    timing.minimumOnMs = 5 * Minute;
    timing.maximumMinimumOnMs = 20 * Minute;
    timing.retryMs = 2 * Minute;
    return timing;
}

const QStringList IPv4 { QStringLiteral("ipv4") };

} // namespace

class TestAutomaticBackup : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void disabledDoesNothing();
    void onAfterTwoBrokenRounds();
    void oneBadRoundIsNotEnough();
    void noBackupConfigured();
    void offOnlyAfterBackRoundsAndMinimumTime();
    void notBackKeepsItOn();
    void flappingDoublesTheMinimum();
    void personTurningOffWinsUntilItRecovers();
    void failedAttemptWaits();
    void busyWaits();
    void ipv6();
};

void TestAutomaticBackup::disabledDoesNothing()
{
    AutomaticBackup automatic(timing());
    for (int round = 0; round < 5; ++round)
        QCOMPARE(automatic.onRound(report(ipv4Down()), backup("down"), round * Minute).step, Step::None);
}

void TestAutomaticBackup::onAfterTwoBrokenRounds()
{
    AutomaticBackup automatic(timing());
    automatic.setEnabled(true);
    QCOMPARE(automatic.onRound(report(ipv4Down()), backup("down"), 0).step, Step::None);
    const auto decision = automatic.onRound(report(ipv4Down()), backup("down"), 5000);
    QCOMPARE(decision.step, Step::Connect);
    QCOMPARE(decision.families, QStringLiteral("ipv4"));
}

void TestAutomaticBackup::oneBadRoundIsNotEnough()
{
    AutomaticBackup automatic(timing());
    automatic.setEnabled(true);
    // Broken, fine, broken, fine: never two in a row.
    for (int round = 0; round < 8; ++round) {
        const Findings findings = round % 2 == 0 ? ipv4Down() : bothWork();
        QCOMPARE(automatic.onRound(report(findings), backup("down"), round * Minute).step, Step::None);
    }
}

void TestAutomaticBackup::noBackupConfigured()
{
    AutomaticBackup automatic(timing());
    automatic.setEnabled(true);
    BackupState none;
    for (int round = 0; round < 4; ++round)
        QCOMPARE(automatic.onRound(report(ipv4Down()), none, round * Minute).step, Step::None);
}

void TestAutomaticBackup::offOnlyAfterBackRoundsAndMinimumTime()
{
    AutomaticBackup automatic(timing());
    automatic.setEnabled(true);
    automatic.onRound(report(ipv4Down()), backup("down"), 0);
    QCOMPARE(automatic.onRound(report(ipv4Down()), backup("down"), 1000).step, Step::Connect);
    // On, covering IPv4; IPv4 comes back natively at once.
    const Report back = report(ipv4ThroughTunnel(true));
    QVERIFY(nativeBack(back.findings, Family::IPv4));
    qint64 now = 2000;
    for (int round = 0; round < 3; ++round, now += 10000)
        QCOMPARE(automatic.onRound(back, backup("up", IPv4), now).step, Step::None);
    // Back for three rounds, but on for less than five minutes: stays on.
    QCOMPARE(automatic.onRound(back, backup("up", IPv4), 4 * Minute).step, Step::None);
    QCOMPARE(automatic.onRound(back, backup("up", IPv4), 5 * Minute + 3000).step, Step::Disconnect);
}

void TestAutomaticBackup::notBackKeepsItOn()
{
    AutomaticBackup automatic(timing());
    automatic.setEnabled(true);
    const Report covered = report(ipv4ThroughTunnel(false));
    QVERIFY(!nativeBack(covered.findings, Family::IPv4));
    for (int round = 0; round < 20; ++round)
        QCOMPARE(automatic.onRound(covered, backup("up", IPv4), round * Minute).step, Step::None);
    // Back, back, not back, back, back: the count starts again.
    const Report back = report(ipv4ThroughTunnel(true));
    qint64 now = 30 * Minute;
    for (const Report &r : { back, back, covered, back, back })
        QCOMPARE(automatic.onRound(r, backup("up", IPv4), now += Minute).step, Step::None);
    QCOMPARE(automatic.onRound(back, backup("up", IPv4), now += Minute).step, Step::Disconnect);
}

void TestAutomaticBackup::flappingDoublesTheMinimum()
{
    AutomaticBackup automatic(timing());
    automatic.setEnabled(true);
    const Report down = report(ipv4Down());
    const Report back = report(ipv4ThroughTunnel(true));
    qint64 now = 0;
    auto breakAndConnect = [&] {
        QCOMPARE(automatic.onRound(down, backup("down"), now += 1000).step, Step::None);
        QCOMPARE(automatic.onRound(down, backup("down"), now += 1000).step, Step::Connect);
    };
    // Returns the on-time after which it turned off.
    auto onTimeUntilOff = [&]() -> qint64 {
        const qint64 since = now;
        for (int round = 0; round < 100; ++round) {
            now += Minute;
            if (automatic.onRound(back, backup("up", IPv4), now).step == Step::Disconnect)
                return now - since;
        }
        return -1;
    };
    breakAndConnect();
    const qint64 first = onTimeUntilOff();
    QVERIFY2(first >= 5 * Minute && first < 7 * Minute, qPrintable(QString::number(first)));
    // Breaks again at once: the next "on" lasts at least twice as long.
    breakAndConnect();
    const qint64 second = onTimeUntilOff();
    QVERIFY2(second >= 10 * Minute && second < 12 * Minute, qPrintable(QString::number(second)));
    breakAndConnect();
    const qint64 third = onTimeUntilOff();
    QVERIFY2(third >= 20 * Minute && third < 22 * Minute, qPrintable(QString::number(third)));
    // Capped at the maximum.
    breakAndConnect();
    const qint64 fourth = onTimeUntilOff();
    QVERIFY2(fourth >= 20 * Minute && fourth < 22 * Minute, qPrintable(QString::number(fourth)));
    // A long quiet spell resets it.
    now += 3 * 60 * Minute;
    breakAndConnect();
    const qint64 fifth = onTimeUntilOff();
    QVERIFY2(fifth >= 5 * Minute && fifth < 7 * Minute, qPrintable(QString::number(fifth)));
}

void TestAutomaticBackup::personTurningOffWinsUntilItRecovers()
{
    AutomaticBackup automatic(timing());
    automatic.setEnabled(true);
    const Report down = report(ipv4Down());
    automatic.onRound(down, backup("down"), 0);
    QCOMPARE(automatic.onRound(down, backup("down"), 1000).step, Step::Connect);
    // The person turns it off while IPv4 is still down: it stays off.
    automatic.personSwitched(down);
    for (int round = 0; round < 10; ++round)
        QCOMPARE(automatic.onRound(down, backup("down"), 2000 + round * Minute).step, Step::None);
    // IPv4 recovers, then breaks again: a new situation, automatic acts again.
    automatic.onRound(report(bothWork()), backup("down"), 20 * Minute);
    automatic.onRound(down, backup("down"), 21 * Minute);
    QCOMPARE(automatic.onRound(down, backup("down"), 22 * Minute).step, Step::Connect);
}

void TestAutomaticBackup::failedAttemptWaits()
{
    AutomaticBackup automatic(timing());
    automatic.setEnabled(true);
    const Report down = report(ipv4Down());
    automatic.onRound(down, backup("down"), 0);
    QCOMPARE(automatic.onRound(down, backup("down"), 1000).step, Step::Connect);
    automatic.connectFailed(2000);
    QCOMPARE(automatic.onRound(down, backup("failed"), 30000).step, Step::None);
    QCOMPARE(automatic.onRound(down, backup("failed"), 60000).step, Step::None);
    // After the retry delay it tries again.
    QCOMPARE(automatic.onRound(down, backup("failed"), 2000 + 2 * Minute).step, Step::Connect);
}

void TestAutomaticBackup::busyWaits()
{
    AutomaticBackup automatic(timing());
    automatic.setEnabled(true);
    BackupState busy = backup("down");
    busy.busy = true;
    const Report down = report(ipv4Down());
    for (int round = 0; round < 4; ++round)
        QCOMPARE(automatic.onRound(down, busy, round * 1000).step, Step::None);
    QCOMPARE(automatic.onRound(down, backup("down"), 5000).step, Step::Connect);
}

void TestAutomaticBackup::ipv6()
{
    AutomaticBackup automatic(timing());
    automatic.setEnabled(true);
    Findings findings = bothWork();
    findings.ipv6.native = failing();
    automatic.onRound(report(findings), backup("down"), 0);
    const auto decision = automatic.onRound(report(findings), backup("down"), 1000);
    QCOMPARE(decision.step, Step::Connect);
    QCOMPARE(decision.families, QStringLiteral("ipv6"));
}

QTEST_GUILESS_MAIN(TestAutomaticBackup)
#include "TestAutomaticBackup.moc"
