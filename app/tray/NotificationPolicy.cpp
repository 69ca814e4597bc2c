#include "NotificationPolicy.h"

#include <QCoreApplication>

namespace Lifeline::Tray {

using Diagnosis::Family;
using Diagnosis::Verdict;

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Lifeline::Tray", text);
}

QString familyName(Family family)
{
    return family == Family::IPv4 ? QStringLiteral("IPv4") : QStringLiteral("IPv6");
}

QString familyArgument(Family family)
{
    return family == Family::IPv4 ? QStringLiteral("ipv4") : QStringLiteral("ipv6");
}

std::optional<Notice> brokenNotice(Family family, const BackupState &backup, bool automatic)
{
    const QString name = familyName(family);
    Notice notice;
    notice.title = tr("Some websites can't be reached");
    if (!backup.configured()) {
        notice.key = QStringLiteral("broken-%1-no-backup").arg(familyArgument(family));
        notice.message = tr("Your provider's %1 is down. Set up a backup connection?").arg(name);
        notice.offer = Notice::Offer::SetUpBackup;
        return notice;
    }
    if (backup.on() || automatic)
        return std::nullopt; // already on, or the automatic setting turns it on by itself
    notice.key = QStringLiteral("broken-%1").arg(familyArgument(family));
    notice.message = tr("%1 is down — turn on the backup connection?").arg(name);
    notice.offer = Notice::Offer::TurnOnBackup;
    notice.families = familyArgument(family);
    return notice;
}

std::optional<Notice> backNotice(
    const Diagnosis::Report &report, const BackupState &backup, bool automatic)
{
    if (!backup.up() || automatic || backup.families.isEmpty())
        return std::nullopt;
    QStringList back;
    for (const Family family : { Family::IPv4, Family::IPv6 }) {
        if (!backup.carries(family))
            continue;
        if (!Diagnosis::nativeBack(report.findings, family))
            return std::nullopt;
        back << familyName(family);
    }
    Notice notice;
    notice.key = QStringLiteral("back");
    notice.title = tr("Your provider's connection is back");
    notice.message = tr("%1 works again without the backup connection — turn it off?")
                         .arg(back.join(QStringLiteral(" + ")));
    notice.offer = Notice::Offer::TurnOffBackup;
    return notice;
}

} // namespace

NotificationPolicy::NotificationPolicy(int confirmRounds)
    : m_confirmRounds(qMax(1, confirmRounds))
{
}

// Member functions name their context as lupdate files their strings (the class),
// not the namespace's tr() above, or the translations would never be found.
std::optional<Notice> NotificationPolicy::noticeFor(
    const Diagnosis::Report &report, const BackupState &backup, bool automatic)
{
    switch (report.verdict) {
    case Verdict::IPv4Broken:
    case Verdict::IPv6Broken: {
        const Family family = report.verdict == Verdict::IPv4Broken ? Family::IPv4 : Family::IPv6;
        if (backup.up() && backup.carries(family))
            return backNotice(report, backup, automatic);
        return brokenNotice(family, backup, automatic);
    }
    case Verdict::AllFine:
        return backNotice(report, backup, automatic);
    case Verdict::TunnelNotPassing: {
        Notice notice;
        notice.key = QStringLiteral("tunnel-not-passing");
        notice.title = QCoreApplication::translate("Lifeline::Tray::NotificationPolicy", "The backup connection isn't working");
        notice.message = QCoreApplication::translate("Lifeline::Tray::NotificationPolicy", "The backup connection is on, but nothing gets through it — turn it off?");
        notice.offer = Notice::Offer::TurnOffBackup;
        return notice;
    }
    case Verdict::PagesHang: {
        if (!backup.up())
            return std::nullopt; // nothing here Lifeline could repair
        Notice notice;
        notice.key = QStringLiteral("pages-hang");
        notice.title = QCoreApplication::translate("Lifeline::Tray::NotificationPolicy", "Pages are not loading completely");
        notice.message = QCoreApplication::translate("Lifeline::Tray::NotificationPolicy", "Large pages stall through the backup connection — repair it?");
        notice.offer = Notice::Offer::Repair;
        return notice;
    }
    case Verdict::CaptivePortal: {
        Notice notice;
        notice.key = QStringLiteral("captive-portal");
        notice.title = QCoreApplication::translate("Lifeline::Tray::NotificationPolicy", "This network wants you to log in");
        notice.message = QCoreApplication::translate("Lifeline::Tray::NotificationPolicy", "A login page (hotel, train, café) stands between you and the "
                            "internet — open it?");
        notice.offer = Notice::Offer::OpenLoginPage;
        return notice;
    }
    case Verdict::Checking:
    case Verdict::DnsBroken:
    case Verdict::Offline:
        break; // the icon says it; there is nothing to offer
    }
    return std::nullopt;
}

std::optional<Notice> NotificationPolicy::onRound(
    const Diagnosis::Report &report, const BackupState &backup, bool automatic)
{
    const std::optional<Notice> notice = noticeFor(report, backup, automatic);
    const QString key = notice ? notice->key : QString();
    m_candidateRounds = key == m_candidate ? m_candidateRounds + 1 : 1;
    m_candidate = key;
    if (m_candidateRounds < m_confirmRounds)
        return std::nullopt;
    // Quiet for long enough: the episode is over, the next one may speak again.
    if (key.isEmpty()) {
        m_shown.clear();
        return std::nullopt;
    }
    if (key == m_shown)
        return std::nullopt;
    m_shown = key;
    return notice;
}

} // namespace Lifeline::Tray
