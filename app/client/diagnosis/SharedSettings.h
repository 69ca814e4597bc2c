// The settings file `lifeline` and `lifelinectl` share:
// $XDG_CONFIG_HOME/lifeline/lifeline.conf (contract-ext.md). Spelled out once,
// because QSettings(IniFormat, UserScope, "lifeline", "lifeline") would name it
// lifeline.ini. Open it as QSettings(sharedSettingsPath(), QSettings::IniFormat).
#pragma once

#include <QString>

namespace Lifeline {

QString sharedSettingsPath();

} // namespace Lifeline
