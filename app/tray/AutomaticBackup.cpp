#include "AutomaticBackup.h"

namespace Lifeline::Tray {

using Diagnosis::Family;
using Diagnosis::Verdict;

AutomaticBackup::AutomaticBackup(const Timing &timing)
    : m_timing(timing)
{
}

AutomaticBackup::Situation AutomaticBackup::situationOf(const Diagnosis::Report &report)
{
    if (report.verdict == Verdict::IPv4Broken)
        return Situation::IPv4Broken;
    if (report.verdict == Verdict::IPv6Broken)
        return Situation::IPv6Broken;
    return Situation::Fine;
}

void AutomaticBackup::personSwitched(const Diagnosis::Report &report)
{
    m_personChose = true;
    m_personChoseIn = situationOf(report);
    m_brokenRounds = 0;
    m_backRounds = 0;
}

void AutomaticBackup::connectFailed(qint64 nowMs)
{
    m_retryAt = nowMs + m_timing.retryMs;
    m_brokenRounds = 0;
}

void AutomaticBackup::count(const Diagnosis::Report &report, const BackupState &backup, qint64 nowMs)
{
    const Situation situation = situationOf(report);
    if (backup.on()) {
        if (!m_wasOn)
            m_onSince = nowMs;
        m_wasOn = true;
        m_brokenRounds = 0;
        // Back natively: every family it carries answers outside the tunnel again.
        bool back = !backup.families.isEmpty();
        for (const Family family : { Family::IPv4, Family::IPv6 }) {
            if (backup.carries(family) && !Diagnosis::nativeBack(report.findings, family))
                back = false;
        }
        m_backRounds = back ? m_backRounds + 1 : 0;
        return;
    }
    m_wasOn = false;
    m_backRounds = 0;
    if (situation == Situation::Fine || situation != m_brokenSituation)
        m_brokenRounds = 0;
    m_brokenSituation = situation;
    if (situation != Situation::Fine)
        ++m_brokenRounds;
}

AutomaticBackup::Decision AutomaticBackup::onRound(
    const Diagnosis::Report &report, const BackupState &backup, qint64 nowMs)
{
    count(report, backup, nowMs);
    // A person's choice holds while the situation they chose it in lasts.
    if (m_personChose && situationOf(report) != m_personChoseIn)
        m_personChose = false;
    if (!m_enabled || m_personChose || !backup.configured() || backup.busy || backup.state.isEmpty())
        return {};
    if (m_minimumOnMs < 0)
        m_minimumOnMs = m_timing.minimumOnMs;

    if (!backup.on()) {
        if (m_brokenRounds < m_timing.breakRounds || nowMs < m_retryAt)
            return {};
        // Breaking again soon after an automatic "off" means off was too early:
        // stay on longer next time.
        if (m_autoOffValid && nowMs - m_autoOffAt < m_minimumOnMs)
            m_minimumOnMs = qMin(m_minimumOnMs * 2, m_timing.maximumMinimumOnMs);
        else
            m_minimumOnMs = m_timing.minimumOnMs;
        m_brokenRounds = 0;
        return { Step::Connect,
            m_brokenSituation == Situation::IPv4Broken ? QStringLiteral("ipv4") : QStringLiteral("ipv6") };
    }
    if (m_backRounds >= m_timing.backRounds && nowMs - m_onSince >= m_minimumOnMs) {
        m_backRounds = 0;
        m_autoOffValid = true;
        m_autoOffAt = nowMs;
        return { Step::Disconnect, QString() };
    }
    return {};
}

} // namespace Lifeline::Tray
