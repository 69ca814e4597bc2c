#include "SharedSettings.h"

#include <QStandardPaths>

namespace Lifeline {

QString sharedSettingsPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation)
        + QStringLiteral("/lifeline/lifeline.conf");
}

} // namespace Lifeline
