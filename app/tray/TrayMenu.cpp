#include "TrayMenu.h"

namespace Lifeline::Tray {

TrayMenu::TrayMenu(QWidget *parent)
    : QMenu(parent)
{
    setAccessibleName(tr("Lifeline"));
    // Disabled entries say why in their tooltip.
    setToolTipsVisible(true);
    m_actions.resize(int(Entry::Quit) + 1);
    add(Entry::Status)->setEnabled(false);
    addSeparator();
    QAction *backup = add(Entry::Backup);
    backup->setCheckable(true);
    connect(backup, &QAction::triggered, this, &TrayMenu::backupSwitched);
    add(Entry::SetUp);
    add(Entry::Repair);
    addSeparator();
    add(Entry::RunNative);
    add(Entry::RunBackup);
    addSeparator();
    add(Entry::CheckAgain);
    add(Entry::Settings);
    addSeparator();
    add(Entry::Quit);
}

QAction *TrayMenu::add(Entry entry)
{
    QAction *action = addAction(QString());
    m_actions[int(entry)] = action;
    if (entry != Entry::Status && entry != Entry::Backup)
        connect(action, &QAction::triggered, this, [this, entry] { Q_EMIT chosen(entry); });
    return action;
}

QAction *TrayMenu::action(Entry entry) const
{
    return m_actions.at(int(entry));
}

void TrayMenu::show(QAction *action, const ActionView &view)
{
    // '&' would become a mnemonic: show sentences as written.
    QString text = view.text;
    action->setText(text.replace(u'&', QStringLiteral("&&")));
    action->setToolTip(view.hint.isEmpty() ? view.text : view.hint);
    action->setVisible(view.visible);
    action->setEnabled(view.enabled);
    if (action->isCheckable())
        action->setChecked(view.checked);
}

void TrayMenu::apply(const MenuView &view)
{
    ActionView status;
    status.text = view.status;
    status.enabled = false;
    show(action(Entry::Status), status);
    show(action(Entry::Backup), view.backup);
    show(action(Entry::SetUp), view.setUp);
    show(action(Entry::Repair), view.repair);
    show(action(Entry::RunNative), view.runNative);
    show(action(Entry::RunBackup), view.runBackup);
    show(action(Entry::CheckAgain), view.checkAgain);
    show(action(Entry::Settings), view.settings);
    show(action(Entry::Quit), view.quit);
}

} // namespace Lifeline::Tray
