#include "BackupSettings.h"

#include "SharedSettings.h"

#include <QSettings>

namespace Lifeline {

namespace {

const QString TunnelKey = QStringLiteral("backup/tunnel");
const QString AutomaticKey = QStringLiteral("backup/automatic");

} // namespace

BackupSettings BackupSettings::load()
{
    const QSettings settings(sharedSettingsPath(), QSettings::IniFormat);
    return { settings.value(TunnelKey).toString().trimmed(),
             settings.value(AutomaticKey, false).toBool() };
}

void BackupSettings::save() const
{
    QSettings settings(sharedSettingsPath(), QSettings::IniFormat);
    settings.setValue(TunnelKey, tunnel);
    settings.setValue(AutomaticKey, automatic);
}

} // namespace Lifeline
