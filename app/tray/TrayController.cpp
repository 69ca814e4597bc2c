#include "TrayController.h"

#include "AppPickerDialog.h"
#include "ApplicationCatalog.h"
#include "BackupSettings.h"
#include "BackupTunnel.h"
#include "IsolatedLauncher.h"
#include "TrayIcons.h"
#include "TrayPresentation.h"
#include "TrayWindows.h"

#include <QApplication>
#include <QCursor>
#include <QDesktopServices>
#include "SharedSettings.h"

#include <QSettings>

#include <utility>

namespace Lifeline::Tray {

using Diagnosis::Verdict;

namespace {

// A second look this soon after the verdict changed confirms it (notifications
// and the automatic backup wait for two rounds) without waiting a whole interval.
constexpr int ConfirmMs = 5000;
constexpr int DefaultIntervalSeconds = 60;
constexpr int MinimumIntervalSeconds = 10;
constexpr int MessageMs = 15000;

QString tr(const char *text)
{
    return QCoreApplication::translate("Lifeline::Tray", text);
}

QSettings appSettings()
{
    return QSettings(sharedSettingsPath(), QSettings::IniFormat);
}

QString familiesText(const QString &families)
{
    if (families == QLatin1String("ipv4"))
        return QStringLiteral("IPv4");
    if (families == QLatin1String("ipv6"))
        return QStringLiteral("IPv6");
    return tr("the connection");
}

} // namespace

TrayController::TrayController(
    Diagnosis::Diagnoser *diagnoser, const QDBusConnection &bus, QObject *parent)
    : QObject(parent)
    , m_bus(bus)
    , m_diagnoser(diagnoser)
    , m_backup(new BackupTunnel(bus, this))
    , m_launcher(new IsolatedLauncher(bus, this))
    , m_windows(new TrayWindows(bus, this))
    , m_menu(new TrayMenu)
    , m_tray(new QSystemTrayIcon(this))
{
    m_clock.start();
    m_diagnoser->setParent(this);
    m_state.sentence = m_diagnoser->report().sentence;
    m_confirm.setSingleShot(true);
    m_confirm.setInterval(ConfirmMs);
    m_tray->setContextMenu(m_menu);

    connect(&m_confirm, &QTimer::timeout, m_diagnoser, &Diagnosis::Diagnoser::recheck);
    connect(m_diagnoser, &Diagnosis::Diagnoser::checkStarted, this, [this] {
        m_state.checking = true;
        render();
    });
    connect(m_diagnoser, &Diagnosis::Diagnoser::checked, this, &TrayController::onChecked);
    connect(m_diagnoser, &Diagnosis::Diagnoser::verdictChanged, this, &TrayController::onVerdictChanged);

    connect(m_backup, &BackupTunnel::changed, this, &TrayController::onBackupChanged);
    connect(m_backup, &BackupTunnel::helperReachableChanged, this, [this](bool reachable) {
        m_state.helperReachable = reachable;
        render();
    });
    connect(m_backup, &BackupTunnel::failed, this, [this](const QString &sentence) {
        if (m_autoStep == AutoStep::TurningOn)
            m_automatic.connectFailed(now());
        m_autoStep = AutoStep::None;
        inform(tr("The backup connection"), sentence, QSystemTrayIcon::Warning);
    });
    connect(m_backup, &BackupTunnel::repairStarted, this, [this] {
        m_state.repairing = true;
        render();
    });
    connect(m_backup, &BackupTunnel::repaired, this, [this](uint mtu) {
        m_state.repairing = false;
        render();
        inform(tr("Repaired"),
            tr("The backup connection now sends packets of at most %1 bytes, so pages should "
               "load completely.")
                .arg(mtu));
        m_diagnoser->recheck();
    });
    connect(m_backup, &BackupTunnel::repairFailed, this, [this](const QString &sentence) {
        m_state.repairing = false;
        render();
        inform(tr("Repair"), sentence, QSystemTrayIcon::Warning);
    });

    connect(m_launcher, &IsolatedLauncher::failed, this,
        [this](const QString &sentence) { inform(tr("Run a program"), sentence, QSystemTrayIcon::Warning); });
    connect(m_launcher, &IsolatedLauncher::handedOff, this, [this](const QString &name) {
        inform(tr("%1 was already running").arg(name),
            tr("%1 handed the request to its window that is already open, so it does not run "
               "the way you asked. Quit %1 completely, then try again.")
                .arg(name),
            QSystemTrayIcon::Warning);
    });
    connect(m_launcher, &IsolatedLauncher::quitEarly, this, [this](const QString &name, const QString &log) {
        inform(tr("%1 stopped").arg(name),
            log.isEmpty() ? tr("%1 stopped right after it started.").arg(name)
                          : tr("%1 stopped right after it started. What it said is in %2.").arg(name, log),
            QSystemTrayIcon::Warning);
    });

    connect(m_windows, &TrayWindows::backupTunnelChanged, m_backup, &BackupTunnel::refresh);
    connect(m_windows, &TrayWindows::automaticChanged, this, [this](bool on) { m_automatic.setEnabled(on); });
    connect(m_windows, &TrayWindows::probeTargetsSaved, this, [this](const Diagnosis::ProbeTargets &targets) {
        m_diagnoser->setTargets(targets);
        m_diagnoser->recheck();
    });
    connect(m_windows, &TrayWindows::unavailable, this,
        [this](const QString &sentence) { inform(tr("Lifeline"), sentence, QSystemTrayIcon::Warning); });

    connect(m_menu, &TrayMenu::backupSwitched, this, &TrayController::switchBackup);
    connect(m_menu, &TrayMenu::chosen, this, &TrayController::onChosen);
    connect(m_menu, &QMenu::aboutToShow, this, [this] {
        // The settings window or lifelinectl may have chosen another backup.
        if (BackupTunnel::configuredName() != m_state.backup.name)
            m_backup->refresh();
    });
    connect(m_tray, &QSystemTrayIcon::activated, this, [this](QSystemTrayIcon::ActivationReason reason) {
        // No main window: a left click opens the menu too.
        if (reason == QSystemTrayIcon::Trigger)
            m_menu->popup(QCursor::pos());
    });
    connect(m_tray, &QSystemTrayIcon::messageClicked, this, &TrayController::acceptNotification);
}

TrayController::~TrayController()
{
    delete m_picker;
    delete m_menu; // not a QObject child: a QMenu is a top-level widget
}

void TrayController::start()
{
    const int seconds = appSettings().value(QStringLiteral("tray/check-interval"), DefaultIntervalSeconds).toInt();
    m_automatic.setEnabled(automaticSetting());
    render();
    m_tray->show();
    m_backup->refresh();
    m_diagnoser->watchNetworkChanges();
    m_diagnoser->setInterval(qMax(seconds, MinimumIntervalSeconds) * 1000);
    m_diagnoser->checkNow();
}

bool TrayController::automaticSetting() const
{
    return BackupSettings::load().automatic;
}

void TrayController::onVerdictChanged(const Diagnosis::Report &report)
{
    if (report.verdict != Verdict::AllFine && report.verdict != Verdict::Checking)
        m_confirm.start();
}

void TrayController::onChecked(const Diagnosis::Report &report)
{
    m_state.verdict = report.verdict;
    m_state.sentence = report.sentence;
    m_state.checking = false;
    render();

    const BackupState &backup = m_state.backup;
    const bool automatic = automaticSetting();
    m_automatic.setEnabled(automatic);
    const AutomaticBackup::Decision decision = m_automatic.onRound(report, backup, now());
    if (decision.step == AutomaticBackup::Step::Connect) {
        m_autoStep = AutoStep::TurningOn;
        m_backup->turnOn(decision.families);
    } else if (decision.step == AutomaticBackup::Step::Disconnect) {
        m_autoStep = AutoStep::TurningOff;
        m_backup->turnOff();
    }
    if (const auto notice = m_notices.onRound(report, backup, automatic))
        showNotice(*notice);
}

void TrayController::onBackupChanged(const BackupState &backup)
{
    const BackupState previous = m_state.backup;
    m_state.backup = backup;
    render();
    if (backup.name != previous.name || backup.state == previous.state)
        return;
    // The tunnel switched: what works now is a new question.
    m_diagnoser->recheck();
    const QString carried = familiesText(backup.families.size() == 1 ? backup.families.constFirst() : QString());
    if (backup.state == QLatin1String("up") && m_autoStep == AutoStep::TurningOn) {
        m_autoStep = AutoStep::None;
        inform(tr("The backup connection is on"),
            tr("Your provider's %1 is down, so Lifeline turned on the backup connection.").arg(carried));
    } else if (backup.state == QLatin1String("down") && m_autoStep == AutoStep::TurningOff) {
        m_autoStep = AutoStep::None;
        inform(tr("The backup connection is off"),
            tr("Your provider's connection works again, so Lifeline turned the backup connection off."));
    } else if (backup.state == QLatin1String("failed")) {
        if (m_autoStep == AutoStep::TurningOn)
            m_automatic.connectFailed(now());
        m_autoStep = AutoStep::None;
        inform(tr("The backup connection is not working"),
            backup.error.isEmpty() ? tr("The backup connection could not be established.")
                                   : tr("The backup connection could not be established: %1").arg(backup.error),
            QSystemTrayIcon::Warning);
    }
}

void TrayController::switchBackup(bool on)
{
    Diagnosis::Report report = m_diagnoser->report();
    m_automatic.personSwitched(report);
    m_autoStep = AutoStep::None;
    if (on)
        m_backup->turnOn(connectFamilies(m_state));
    else
        m_backup->turnOff();
    render(); // the check mark follows the helper, not the click
}

void TrayController::onChosen(TrayMenu::Entry entry)
{
    switch (entry) {
    case TrayMenu::Entry::SetUp:
        m_windows->openSetUp();
        break;
    case TrayMenu::Entry::Repair:
        m_backup->repair();
        break;
    case TrayMenu::Entry::RunNative:
        openPicker(nativeRunMode(m_state));
        break;
    case TrayMenu::Entry::RunBackup:
        openPicker(QStringLiteral("tunnel:") + m_state.backup.name);
        break;
    case TrayMenu::Entry::CheckAgain:
        m_diagnoser->recheck();
        break;
    case TrayMenu::Entry::Settings:
        m_windows->openSettings();
        break;
    case TrayMenu::Entry::Quit:
        QCoreApplication::quit();
        break;
    case TrayMenu::Entry::Status:
    case TrayMenu::Entry::Backup:
        break;
    }
}

void TrayController::openPicker(const QString &mode)
{
    if (m_picker)
        m_picker->close();
    QString title;
    QString explanation;
    if (mode == QLatin1String("ipv4-only")) {
        title = tr("Run a program with IPv4 only");
        explanation = tr("The program you pick sees only IPv4. Pick one that is not running yet.");
    } else if (mode == QLatin1String("ipv6-only")) {
        title = tr("Run a program with IPv6 only");
        explanation = tr("The program you pick sees only IPv6, which works now. "
                         "Pick one that is not running yet.");
    } else {
        title = tr("Run a program through the backup connection");
        explanation = tr("Everything the program you pick sends goes through the backup connection, "
                         "or nowhere. Pick one that is not running yet.");
    }
    m_picker = new AppPickerDialog(title, explanation, mode, ApplicationCatalog::scanInstalled());
    connect(m_picker, &AppPickerDialog::picked, m_launcher, &IsolatedLauncher::launch);
    m_picker->show();
    m_picker->raise();
    m_picker->activateWindow();
}

void TrayController::render()
{
    const IconKind kind = iconKind(m_state);
    // Setting the same icon again would make some trays redraw (and flicker).
    if (kind != m_shownIcon || m_tray->icon().isNull()) {
        m_shownIcon = kind;
        m_tray->setIcon(Tray::trayIcon(kind));
    }
    m_tray->setToolTip(toolTip(m_state));
    m_menu->apply(menuView(m_state));
    Q_EMIT rendered(m_state);
}

void TrayController::inform(const QString &title, const QString &message, QSystemTrayIcon::MessageIcon icon)
{
    m_offer = {};
    m_tray->showMessage(title, message, icon, MessageMs);
    Q_EMIT notified(title, message);
}

void TrayController::showNotice(const Notice &notice)
{
    m_tray->showMessage(notice.title, notice.message, QSystemTrayIcon::Information, MessageMs);
    m_offer = notice;
    Q_EMIT notified(notice.title, notice.message);
}

void TrayController::acceptNotification()
{
    const Notice notice = std::exchange(m_offer, {});
    carryOut(notice);
}

void TrayController::carryOut(const Notice &notice)
{
    switch (notice.offer) {
    case Notice::Offer::None:
        break;
    case Notice::Offer::TurnOnBackup:
        m_automatic.personSwitched(m_diagnoser->report());
        m_backup->turnOn(notice.families);
        break;
    case Notice::Offer::TurnOffBackup:
        m_automatic.personSwitched(m_diagnoser->report());
        m_backup->turnOff();
        break;
    case Notice::Offer::SetUpBackup:
        m_windows->openSetUp();
        break;
    case Notice::Offer::Repair:
        m_backup->repair();
        break;
    case Notice::Offer::OpenLoginPage: {
        const Diagnosis::ProbeTargets &targets = m_diagnoser->targets();
        QDesktopServices::openUrl(targets.ipv4Http.isValid() ? targets.ipv4Http : targets.ipv6Http);
        break;
    }
    }
}

void TrayController::runPicker(const QString &mode)
{
    if (mode == QLatin1String("ipv4-only") || mode == QLatin1String("ipv6-only")) {
        openPicker(mode);
        return;
    }
    if (mode != QLatin1String("tunnel")) {
        // Checked by the starting `lifeline`: only something else on our socket sends this.
        qWarning("lifeline: ignored a request for the picker with the unknown mode \"%s\"", qPrintable(mode));
        return;
    }
    // Right after start the helper may not have said yet which tunnel is the
    // backup; the setting names it in the usual case.
    const QString backup = m_state.backup.configured() ? m_state.backup.name : BackupTunnel::configuredName();
    if (backup.isEmpty()) {
        Notice notice;
        notice.title = tr("There is no backup connection yet");
        notice.message = tr("Click here to set one up; then programs can run through it.");
        notice.offer = Notice::Offer::SetUpBackup;
        showNotice(notice);
        return;
    }
    openPicker(QStringLiteral("tunnel:") + backup);
}

void TrayController::showYourself()
{
    const QRect where = m_tray->geometry();
    if (m_tray->isVisible() && where.isValid()) {
        m_menu->popup(where.bottomLeft());
        return;
    }
    inform(tr("Lifeline is running"), m_state.sentence);
}

} // namespace Lifeline::Tray
