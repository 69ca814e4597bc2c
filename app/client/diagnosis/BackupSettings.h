// Which tunnel is the backup connection, and whether Lifeline turns it on and
// off by itself: group "backup" of the settings lifeline and lifelinectl share
// (sharedSettingsPath()). Read fresh each time: a hand edit of the file, or
// the settings window, takes effect without a restart.
#pragma once

#include <QString>

namespace Lifeline {

struct BackupSettings {
    QString tunnel;         // "tunnel": empty while none is chosen
    bool automatic = false; // "automatic"

    static BackupSettings load();
    void save() const;
};

} // namespace Lifeline
