// One application's .desktop file, read as the Desktop Entry Specification
// says: the [Desktop Entry] group only, localised keys for the given locale,
// values unescaped. Whether it belongs in a picker is decided here too.
#pragma once

#include <QStringList>

namespace Lifeline::Tray {

struct DesktopEntry {
    QString id;            // desktop-file ID, e.g. "org.gnome.Nautilus.desktop"
    QString file;          // absolute path
    QString type;
    QString name;
    QString genericName;
    QString comment;
    QString icon;
    QString exec;          // value after the file-level unescaping
    QString tryExec;
    QString path;          // working directory, when set
    QStringList keywords;
    QStringList onlyShowIn;
    QStringList notShowIn;
    bool noDisplay = false;
    bool hidden = false;   // deleted: also hides entries of the same ID further down the path
    bool terminal = false;

    // `locale` like "de_DE" (QLocale::name()); modifiers are not used.
    static DesktopEntry parse(const QByteArray &contents, const QString &locale);
    static DesktopEntry read(const QString &file, const QString &id, const QString &locale);

    // Worth offering in a launcher: an application with a program to run, not
    // hidden, meant for this desktop (`desktops`: XDG_CURRENT_DESKTOP's parts),
    // not needing a terminal. TryExec is checked by the caller (it needs PATH).
    bool launchable(const QStringList &desktops) const;
};

} // namespace Lifeline::Tray
