#include "AutostartOverride.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QStandardPaths>

namespace Lifeline::Windows {

namespace {

QString autostartDir(const QString &configDir)
{
    return configDir + QStringLiteral("/autostart");
}

// Only the two keys that decide whether the entry runs, from [Desktop Entry].
bool entryRuns(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
        return false;
    bool inEntry = false;
    bool runs = true;
    while (!file.atEnd()) {
        const QString line = QString::fromUtf8(file.readLine()).trimmed();
        if (line.startsWith(u'[')) {
            inEntry = line == QLatin1String("[Desktop Entry]");
            continue;
        }
        const qsizetype equals = line.indexOf(u'=');
        if (!inEntry || line.startsWith(u'#') || equals < 0)
            continue;
        const QString key = line.left(equals).trimmed();
        const QString value = line.mid(equals + 1).trimmed();
        if (key == QLatin1String("Hidden") && value == QLatin1String("true"))
            runs = false;
        if (key == QLatin1String("X-GNOME-Autostart-enabled") && value == QLatin1String("false"))
            runs = false;
    }
    return runs;
}

} // namespace

AutostartOverride::AutostartOverride(QString userConfigDir, QStringList systemConfigDirs)
    : m_userConfigDir(std::move(userConfigDir))
    , m_systemConfigDirs(std::move(systemConfigDirs))
{
}

AutostartOverride AutostartOverride::forThisUser()
{
    const QString user = QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation);
    QStringList system = QStandardPaths::standardLocations(QStandardPaths::GenericConfigLocation);
    system.removeAll(user);
    return { user, system };
}

QString AutostartOverride::userFilePath() const
{
    return autostartDir(m_userConfigDir) + u'/' + QLatin1String(FileName);
}

QString AutostartOverride::systemFilePath() const
{
    for (const QString &dir : m_systemConfigDirs) {
        const QString path = autostartDir(dir) + u'/' + QLatin1String(FileName);
        if (QFileInfo::exists(path))
            return path;
    }
    return {};
}

bool AutostartOverride::isEnabled() const
{
    const QString user = userFilePath();
    if (QFileInfo::exists(user))
        return entryRuns(user);
    const QString system = systemFilePath();
    return !system.isEmpty() && entryRuns(system);
}

bool AutostartOverride::isTurnedOff() const
{
    QString applies = userFilePath();
    if (!QFileInfo::exists(applies))
        applies = systemFilePath();
    return !applies.isEmpty() && !entryRuns(applies);
}

QString AutostartOverride::setEnabled(bool enabled)
{
    if (isEnabled() == enabled)
        return {};
    if (!enabled)
        return writeUserFile(true);
    const QString user = userFilePath();
    if (QFileInfo::exists(user) && !QFile::remove(user))
        return tr("Could not remove %1, which keeps Lifeline from starting at login.").arg(user);
    if (isEnabled())
        return {};
    // No system entry (or one that is itself off): the user needs their own.
    return writeUserFile(false);
}

QString AutostartOverride::writeUserFile(bool hidden) const
{
    const QString dir = autostartDir(m_userConfigDir);
    if (!QDir().mkpath(dir))
        return tr("Could not create the folder %1.").arg(dir);
    QSaveFile file(userFilePath());
    if (!file.open(QIODevice::WriteOnly | QIODevice::Text))
        return tr("Could not write %1: %2.").arg(file.fileName(), file.errorString());
    // As packaging/autostart's entry says, so both read the same.
    QByteArray text = "[Desktop Entry]\n"
                      "Type=Application\n"
                      "Name=Lifeline\n"
                      "Exec=lifeline --autostart\n"
                      "Icon=io.github.lifeline.Lifeline\n"
                      "Terminal=false\n"
                      "NoDisplay=true\n";
    if (hidden)
        text += "Hidden=true\n";
    file.write(text);
    if (!file.commit())
        return tr("Could not write %1: %2.").arg(file.fileName(), file.errorString());
    return {};
}

} // namespace Lifeline::Windows
