#include "SettingsWindow.h"

#include "AutostartOverride.h"
#include "BackupSettings.h"
#include "HelperCall.h"
#include "HelperErrors.h"
#include "MtuPanel.h"
#include "ProbeTargetsPanel.h"
#include "SetupWindow.h"
#include "TunnelTable.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDBusPendingCallWatcher>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QScreen>
#include <QScrollArea>
#include <QStyle>
#include <QToolButton>
#include <QTreeView>
#include <QVBoxLayout>

namespace Lifeline::Windows {

namespace {

template<typename Widget>
Widget *named(Widget *widget, const char *objectName, const QString &name,
    const QString &description)
{
    widget->setObjectName(QLatin1String(objectName));
    widget->setAccessibleName(name);
    widget->setAccessibleDescription(description);
    return widget;
}

} // namespace

SettingsWindow::SettingsWindow(const QDBusConnection &bus, QWidget *parent)
    : QDialog(parent)
    , m_bus(bus)
    , m_table(new TunnelTable(bus, this))
    , m_view(named(new QTreeView, "tunnelList", tr("Backup connections"),
          tr("The backup connections on this computer and their status")))
    , m_add(named(new QPushButton(tr("A&dd a backup connection…")), "addTunnel",
          tr("Add a backup connection"), tr("Opens the window to add a backup connection")))
    , m_remove(named(new QPushButton(tr("&Remove…")), "removeTunnel",
          tr("Remove the selected connection"),
          tr("Deletes the selected connection and its keys; asks first, and then for the "
             "administrator's password")))
    , m_backup(named(new QComboBox, "backupTunnel", tr("Backup connection"),
          tr("The connection Lifeline uses when IPv4 or IPv6 breaks")))
    , m_mtu(new MtuPanel)
    , m_automatic(named(new QCheckBox(tr("Turn the backup connection on and off au&tomatically")),
          "automatic", tr("Turn the backup connection on and off automatically"),
          tr("When IPv4 or IPv6 breaks, Lifeline turns the backup connection on by itself, and "
             "off again when it works again")))
    , m_autostart(named(new QCheckBox(tr("&Start Lifeline when I log in")), "autostart",
          tr("Start Lifeline when I log in"),
          tr("Starts Lifeline with your desktop session; only for you")))
    , m_advanced(named(new QToolButton, "advanced", tr("Advanced settings"),
          tr("Shows or hides where Lifeline checks the connection")))
    , m_probes(new ProbeTargetsPanel)
    , m_message(new QLabel(this))
{
    setWindowTitle(tr("Settings — Lifeline"));
    setObjectName(QStringLiteral("settingsWindow"));
    setAccessibleName(tr("Lifeline settings"));

    m_advanced->setText(tr("Ad&vanced: where Lifeline checks the connection"));
    m_advanced->setCheckable(true);
    m_advanced->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_advanced->setArrowType(Qt::RightArrow);
    m_advanced->setAutoRaise(true);
    m_probes->setObjectName(QStringLiteral("probeTargets"));
    m_probes->hide();
    connect(m_advanced, &QToolButton::toggled, this, [this](bool open) {
        m_advanced->setArrowType(open ? Qt::DownArrow : Qt::RightArrow);
        m_probes->setVisible(open);
    });
    connect(m_probes, &ProbeTargetsPanel::saved, this, &SettingsWindow::probeTargetsSaved);

    m_message->setObjectName(QStringLiteral("message"));
    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::PlainText);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_message->setAccessibleName(tr("Message"));
    m_message->hide();

    auto *content = new QWidget;
    auto *contentLayout = new QVBoxLayout(content);
    contentLayout->addWidget(makeTunnelsBox());
    contentLayout->addWidget(makeBehaviourBox());
    contentLayout->addWidget(m_advanced, 0, Qt::AlignLeft);
    contentLayout->addWidget(m_probes);
    contentLayout->addStretch();
    // Large fonts and the advanced fields make this taller than a screen: scroll.
    auto *scroll = new QScrollArea(this);
    scroll->setWidget(content);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    // Not a tab stop of its own: it scrolls to whichever field has the focus.
    scroll->setFocusPolicy(Qt::NoFocus);

    auto *close = named(new QPushButton(tr("Close")), "close", tr("Close"),
        tr("Closes the settings; everything is saved already"));
    close->setDefault(true);
    connect(close, &QPushButton::clicked, this, &QDialog::accept);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(close);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(scroll, 1);
    layout->addWidget(m_message);
    layout->addLayout(buttons);

    connect(m_table, &TunnelTable::unavailable, this, &SettingsWindow::showMessage);
    connect(m_table, &TunnelTable::tunnelUpdated, this, &SettingsWindow::onTunnelUpdated);
    connect(m_table, &QAbstractItemModel::rowsInserted, this, &SettingsWindow::fillBackupChoices);
    connect(m_table, &QAbstractItemModel::rowsRemoved, this, [this] {
        fillBackupChoices();
        onSelectionChanged();
    });
    connect(m_mtu, &MtuPanel::applyRequested, this, &SettingsWindow::applyMtu);

    m_probes->load();
    fillBackupChoices();
    onSelectionChanged();
    resize(initialSize(content, scroll));
}

QSize SettingsWindow::initialSize(const QWidget *content, const QWidget *scroll) const
{
    // Qt caps a scroll area's size hint at 24 lines, so the window would open
    // with scroll bars on a screen with room to spare: ask for what the content
    // wants instead, within the screen's free area (less a margin for the
    // window manager's frame).
    QSize wanted = sizeHint() + (content->sizeHint() - scroll->sizeHint()).expandedTo(QSize(0, 0));
    const QScreen *where = screen();
    if (!where)
        return wanted;
    const QSize room = where->availableSize() * 0.9;
    if (wanted.height() > room.height()) // it scrolls after all: leave room for the bar
        wanted.rwidth() += style()->pixelMetric(QStyle::PM_ScrollBarExtent, nullptr, this);
    return wanted.boundedTo(room);
}

QWidget *SettingsWindow::makeTunnelsBox()
{
    auto *box = new QGroupBox(tr("Backup connections"));
    m_view->setModel(m_table);
    m_view->setRootIsDecorated(false);
    m_view->setUniformRowHeights(true);
    m_view->setAllColumnsShowFocus(true);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->header()->setSectionResizeMode(TunnelTable::Status, QHeaderView::Stretch);
    m_view->header()->setStretchLastSection(false);
    m_view->header()->setSectionResizeMode(TunnelTable::Name, QHeaderView::ResizeToContents);
    m_view->header()->setSectionResizeMode(TunnelTable::Carries, QHeaderView::ResizeToContents);
    m_view->header()->setSectionResizeMode(TunnelTable::Mtu, QHeaderView::ResizeToContents);
    // A few rows of the view's own font, not pixels.
    m_view->setMinimumHeight(m_view->fontMetrics().lineSpacing() * 6);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
        &SettingsWindow::onSelectionChanged);

    m_add->setAutoDefault(false);
    m_remove->setAutoDefault(false);
    connect(m_add, &QPushButton::clicked, this, &SettingsWindow::addConnection);
    connect(m_remove, &QPushButton::clicked, this, &SettingsWindow::confirmRemove);
    connect(m_backup, &QComboBox::activated, this, &SettingsWindow::onBackupChosen);

    auto *listLabel = new QLabel(tr("&Connections:"));
    listLabel->setBuddy(m_view);
    auto *empty = new QLabel(tr("There is no backup connection yet. Add one with “Add a backup "
                                "connection…”."));
    empty->setObjectName(QStringLiteral("emptyHint"));
    empty->setWordWrap(true);
    connect(m_table, &TunnelTable::listed, empty,
        [empty](const QStringList &names) { empty->setVisible(names.isEmpty()); });
    const auto showEmpty = [this, empty] { empty->setVisible(m_table->rowCount() == 0); };
    connect(m_table, &QAbstractItemModel::rowsInserted, empty, showEmpty);
    connect(m_table, &QAbstractItemModel::rowsRemoved, empty, showEmpty);
    empty->hide(); // until the helper has answered
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_remove);
    buttons->addStretch();
    auto *backupLabel = new QLabel(tr("&Backup connection:"));
    backupLabel->setBuddy(m_backup);
    auto *backup = new QFormLayout;
    backup->setRowWrapPolicy(QFormLayout::WrapLongRows);
    backup->addRow(backupLabel, m_backup);

    auto *layout = new QVBoxLayout(box);
    layout->addWidget(listLabel);
    layout->addWidget(m_view);
    layout->addWidget(empty);
    layout->addLayout(buttons);
    layout->addLayout(backup);
    layout->addWidget(m_mtu);
    return box;
}

QWidget *SettingsWindow::makeBehaviourBox()
{
    auto *box = new QGroupBox(tr("Behaviour"));
    m_automatic->setChecked(BackupSettings::load().automatic);
    connect(m_automatic, &QCheckBox::toggled, this, [this](bool on) {
        BackupSettings settings = BackupSettings::load();
        settings.automatic = on;
        settings.save();
        Q_EMIT automaticChanged(on);
    });
    m_autostart->setChecked(AutostartOverride::forThisUser().isEnabled());
    connect(m_autostart, &QCheckBox::toggled, this, &SettingsWindow::setAutostart);
    auto *layout = new QVBoxLayout(box);
    layout->addWidget(m_automatic);
    layout->addWidget(m_autostart);
    return box;
}

void SettingsWindow::showEvent(QShowEvent *event)
{
    QDialog::showEvent(event);
    m_table->refresh();
    fillBackupChoices();
}

QString SettingsWindow::selectedTunnel() const
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    return rows.isEmpty() ? QString() : rows.first().data(Qt::UserRole).toString();
}

void SettingsWindow::onSelectionChanged()
{
    const QString name = selectedTunnel();
    m_remove->setEnabled(!name.isEmpty());
    m_mtu->setTunnel(name, m_table->status(name));
}

void SettingsWindow::onTunnelUpdated(const QString &name)
{
    if (name == selectedTunnel())
        m_mtu->setTunnel(name, m_table->status(name));
    // The first tunnel to appear is selected, so its MTU can be set at once.
    if (selectedTunnel().isEmpty() && m_table->rowCount() > 0)
        m_view->setCurrentIndex(m_table->index(0, 0));
}

void SettingsWindow::fillBackupChoices()
{
    const QString chosen = BackupSettings::load().tunnel;
    QStringList names = m_table->names();
    if (!chosen.isEmpty() && !names.contains(chosen))
        names.prepend(chosen); // not (yet) listed by the helper: still the setting
    m_backup->clear();
    m_backup->addItem(tr("None"), QString());
    for (const QString &name : names)
        m_backup->addItem(name, name);
    m_backup->setCurrentIndex(std::max(0, m_backup->findData(chosen)));
}

void SettingsWindow::onBackupChosen(int index)
{
    BackupSettings settings = BackupSettings::load();
    settings.tunnel = m_backup->itemData(index).toString();
    settings.save();
    Q_EMIT backupTunnelChanged(settings.tunnel);
}

void SettingsWindow::addConnection()
{
    if (!m_setup) {
        m_setup = new SetupWindow(m_bus, this);
        connect(m_setup, &SetupWindow::tunnelAdded, this, &SettingsWindow::onTunnelAdded);
    }
    m_setup->show();
    m_setup->raise();
    m_setup->activateWindow();
}

void SettingsWindow::onTunnelAdded(const QString &name)
{
    m_table->refreshTunnel(name);
    fillBackupChoices();
    // The set-up window makes the first connection the backup one.
    Q_EMIT backupTunnelChanged(BackupSettings::load().tunnel);
}

void SettingsWindow::confirmRemove()
{
    const QString name = selectedTunnel();
    if (name.isEmpty())
        return;
    // open(), not exec(): no nested event loop.
    auto *box = new QMessageBox(QMessageBox::Question, tr("Remove “%1”?").arg(name),
        tr("Remove the backup connection “%1”? Its keys are deleted from this computer, which "
           "cannot be undone. Removing asks for the administrator's password.")
            .arg(name),
        QMessageBox::NoButton, this);
    box->setObjectName(QStringLiteral("confirmRemove"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    QPushButton *remove = box->addButton(tr("&Remove"), QMessageBox::DestructiveRole);
    remove->setObjectName(QStringLiteral("confirmRemoveYes"));
    QPushButton *keep = box->addButton(tr("&Keep it"), QMessageBox::RejectRole);
    box->setDefaultButton(keep);
    box->setEscapeButton(keep);
    connect(box, &QMessageBox::buttonClicked, this, [this, name, remove](QAbstractButton *clicked) {
        if (clicked == remove)
            removeTunnel(name);
    });
    box->open();
}

void SettingsWindow::removeTunnel(const QString &name)
{
    showMessage(tr("Removing “%1”… Lifeline may ask for the administrator's password.").arg(name));
    const QDBusPendingCall call = callHelper(
        m_bus, QStringLiteral("RemoveTunnel"), { name }, Authorisation::Interactive);
    whenFinished(call, this, [this, name](const QDBusPendingCallWatcher &watcher) {
        if (watcher.isError()) {
            showMessage(describe(watcher.error()));
            return;
        }
        showMessage(tr("“%1” was removed.").arg(name));
        BackupSettings settings = BackupSettings::load();
        if (settings.tunnel == name) {
            settings.tunnel.clear();
            settings.save();
            Q_EMIT backupTunnelChanged({});
        }
        m_table->refresh();
        fillBackupChoices();
    });
}

void SettingsWindow::applyMtu(const QString &name, const QString &mtu)
{
    showMessage(tr("Setting the MTU of “%1”…").arg(name));
    const QDBusPendingCall call = callHelper(
        m_bus, QStringLiteral("SetTunnelMtu"), { name, mtu }, Authorisation::Interactive);
    whenFinished(call, this, [this, name](const QDBusPendingCallWatcher &watcher) {
        showMessage(watcher.isError() ? describe(watcher.error())
                                      : tr("The MTU of “%1” is set.").arg(name));
        m_table->refreshTunnel(name);
    });
}

void SettingsWindow::setAutostart(bool enabled)
{
    AutostartOverride autostart = AutostartOverride::forThisUser();
    const QString error = autostart.setEnabled(enabled);
    if (error.isEmpty()) {
        showMessage({});
        return;
    }
    showMessage(error);
    const QSignalBlocker blocker(m_autostart);
    m_autostart->setChecked(autostart.isEnabled());
}

void SettingsWindow::showMessage(const QString &text)
{
    m_message->setText(text);
    m_message->setVisible(!text.isEmpty());
}

} // namespace Lifeline::Windows
