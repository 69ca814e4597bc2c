// The Exec key of a .desktop file turned into an argv, as the Desktop Entry
// Specification says: arguments split on unquoted spaces; inside double
// quotes a backslash escapes ", `, $ and \ (single quotes and a bare
// backslash read as a shell reads them, as GLib does); field codes expanded for a launch
// without files (%f %F %u %U vanish, %i is --icon ICON, %c the name, %k the
// file, %% a percent sign; the deprecated %d %D %n %N %v %m vanish).
#pragma once

#include <QStringList>

namespace Lifeline::Tray {

struct ExecContext {
    QString name;          // for %c
    QString icon;          // for %i
    QString desktopFile;   // for %k
};

struct ExecResult {
    QStringList argv;      // empty on error
    QString error;         // why the line was refused, for a person
};

// `exec` is the key's value after the file-level unescaping (\s \n \t \r \\).
ExecResult parseExec(const QString &exec, const ExecContext &context = {});

// The file-level escapes of a string value: \s \n \t \r \\ (and \; left for lists).
QString unescapeValue(const QString &raw);

} // namespace Lifeline::Tray
