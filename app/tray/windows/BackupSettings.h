// Which tunnel is the backup connection, and whether Lifeline turns it on and
// off by itself: group "backup" of the settings lifeline and lifelinectl share
// (sharedSettingsPath()).
#pragma once

#include <QString>

namespace Lifeline::Windows {

struct BackupSettings {
    QString tunnel;         // "tunnel": empty while none is chosen
    bool automatic = false; // "automatic"

    static BackupSettings load();
    void save() const;
};

} // namespace Lifeline::Windows
