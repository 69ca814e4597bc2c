// "Start Lifeline when I log in", per user, by the XDG autostart rules:
// packaging installs the entry system-wide (…/xdg/autostart/); a file of the
// same name in ~/.config/autostart/ overrides it, and one with Hidden=true
// turns it off. Turning it back on removes that override, so the user follows
// the system entry again (and its updates); only where there is no system
// entry does the user get an entry of their own.
#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace Lifeline::Windows {

class AutostartOverride
{
    Q_DECLARE_TR_FUNCTIONS(AutostartOverride)
public:
    static constexpr auto FileName = "io.github.lifeline.Lifeline.desktop";

    // userConfigDir is $XDG_CONFIG_HOME; systemConfigDirs is $XDG_CONFIG_DIRS, in order.
    AutostartOverride(QString userConfigDir, QStringList systemConfigDirs);
    // The directories QStandardPaths gives for this user.
    static AutostartOverride forThisUser();

    // Whether the session will start Lifeline: the user's file if there is one,
    // else the first system one; none, Hidden=true or
    // X-GNOME-Autostart-enabled=false mean no.
    bool isEnabled() const;
    // The entry that applies exists and says not to run (Hidden=true…): a session
    // that starts `lifeline --autostart` anyway ignored it. Unlike !isEnabled(),
    // no entry at all is not "off": a window manager's own start-up list may run it.
    bool isTurnedOff() const;
    // Empty on success, else a sentence saying what failed.
    QString setEnabled(bool enabled);

    QString userFilePath() const;

private:
    QString systemFilePath() const; // the first that exists, or empty
    QString writeUserFile(bool hidden) const;

    QString m_userConfigDir;
    QStringList m_systemConfigDirs;
};

} // namespace Lifeline::Windows
