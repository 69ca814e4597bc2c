#include "TrayIcons.h"

#include <QMap>

namespace Lifeline::Tray {

QString trayIconPath(IconKind kind)
{
    return QStringLiteral(":/lifeline/tray/%1.svg").arg(iconName(kind));
}

QIcon trayIcon(IconKind kind)
{
    // One QIcon per kind: the engine caches its rendered pixmaps, so switching
    // back and forth does not re-render.
    static QMap<IconKind, QIcon> cache;
    auto it = cache.find(kind);
    if (it == cache.end())
        it = cache.insert(kind, QIcon(trayIconPath(kind)));
    return *it;
}

} // namespace Lifeline::Tray
