// The tray-state icons (own SVGs under icons/, compiled into the binary).
// Needs Qt's SVG icon engine at run time (Debian: libqt6svg6).
#pragma once

#include "TrayPresentation.h"

#include <QIcon>

namespace Lifeline::Tray {

QIcon trayIcon(IconKind kind);
// The resource path of an icon, e.g. ":/lifeline/tray/fine.svg".
QString trayIconPath(IconKind kind);

} // namespace Lifeline::Tray
