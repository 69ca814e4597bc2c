// The installed applications a person can pick from: every launchable
// .desktop file under $XDG_DATA_HOME/applications and each of
// $XDG_DATA_DIRS/applications, the first of each desktop-file ID winning (so a
// user's Hidden=true copy hides the system's), sorted by name.
#pragma once

#include "DesktopEntry.h"

#include <QList>

namespace Lifeline::Tray {

class ApplicationCatalog
{
public:
    // The application directories in precedence order, from the environment.
    static QStringList applicationDirectories();
    // XDG_CURRENT_DESKTOP's parts.
    static QStringList currentDesktops();

    // Scans `directories` (in precedence order) for launchable entries whose
    // TryExec (if any) is found on `path` (a PATH value).
    static QList<DesktopEntry> scan(const QStringList &directories, const QString &locale,
        const QStringList &desktops, const QString &path);
    static QList<DesktopEntry> scanInstalled();

    // Whether an entry matches what was typed: every word of `query` appears in its
    // name, generic name, comment, keywords or ID (case-insensitive).
    static bool matches(const DesktopEntry &entry, const QString &query);
};

} // namespace Lifeline::Tray
