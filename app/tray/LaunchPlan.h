// What RunIsolated gets for one picked application: the argv from its Exec line
// with the program resolved to an absolute path on the session's PATH, the
// session's environment, and the working directory (the entry's Path, else
// home). Pure, so it is unit-tested with made-up entries.
#pragma once

#include "Contract.h"
#include "DesktopEntry.h"

namespace Lifeline::Tray {

struct LaunchPlan {
    QStringList argv;          // argv[0] absolute
    StringMap environment;
    QString workingDirectory;
    QString logName;           // file name for its output log, from the desktop-file ID
    QString error;             // set when it cannot be launched, for a person
};

LaunchPlan planLaunch(const DesktopEntry &entry, const StringMap &environment, const QString &home);

} // namespace Lifeline::Tray
