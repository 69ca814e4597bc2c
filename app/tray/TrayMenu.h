// The tray's menu: a disabled first line with the verdict, then the actions.
// It only shows a MenuView and says which entry was chosen.
#pragma once

#include "TrayPresentation.h"

#include <QMenu>

namespace Lifeline::Tray {

class TrayMenu : public QMenu
{
    Q_OBJECT
public:
    enum class Entry { Status, Backup, SetUp, Repair, RunNative, RunBackup, CheckAgain, Settings, Quit };
    Q_ENUM(Entry)

    explicit TrayMenu(QWidget *parent = nullptr);

    void apply(const MenuView &view);
    QAction *action(Entry entry) const;

Q_SIGNALS:
    void backupSwitched(bool on);
    void chosen(Lifeline::Tray::TrayMenu::Entry entry);

private:
    QAction *add(Entry entry);
    static void show(QAction *action, const ActionView &view);

    QList<QAction *> m_actions; // indexed by Entry
};

} // namespace Lifeline::Tray
