#include "ApplicationCatalog.h"

#include <QDir>
#include <QDirIterator>
#include <QFileInfo>
#include <QLocale>
#include <QSet>
#include <QStandardPaths>

#include <algorithm>

namespace Lifeline::Tray {

namespace {

QString environment(const char *name)
{
    return qEnvironmentVariable(name);
}

bool tryExecFound(const QString &tryExec, const QString &path)
{
    if (tryExec.isEmpty())
        return true;
    if (QDir::isAbsolutePath(tryExec))
        return QFileInfo(tryExec).isExecutable();
    return !QStandardPaths::findExecutable(tryExec, path.split(u':', Qt::SkipEmptyParts)).isEmpty();
}

} // namespace

QStringList ApplicationCatalog::applicationDirectories()
{
    QString home = environment("XDG_DATA_HOME");
    if (home.isEmpty() || !QDir::isAbsolutePath(home))
        home = QDir::homePath() + QStringLiteral("/.local/share");
    QString dirs = environment("XDG_DATA_DIRS");
    if (dirs.isEmpty())
        dirs = QStringLiteral("/usr/local/share:/usr/share");
    QStringList result { home + QStringLiteral("/applications") };
    for (const QString &dir : dirs.split(u':', Qt::SkipEmptyParts)) {
        if (QDir::isAbsolutePath(dir))
            result << QDir::cleanPath(dir) + QStringLiteral("/applications");
    }
    result.removeDuplicates();
    return result;
}

QStringList ApplicationCatalog::currentDesktops()
{
    return environment("XDG_CURRENT_DESKTOP").split(u':', Qt::SkipEmptyParts);
}

QList<DesktopEntry> ApplicationCatalog::scan(const QStringList &directories, const QString &locale,
    const QStringList &desktops, const QString &path)
{
    QSet<QString> seen;
    QList<DesktopEntry> entries;
    for (const QString &directory : directories) {
        const QString root = QDir(directory).absolutePath() + u'/';
        QDirIterator it(directory, { QStringLiteral("*.desktop") }, QDir::Files,
            QDirIterator::Subdirectories | QDirIterator::FollowSymlinks);
        QStringList files;
        while (it.hasNext())
            files << it.next();
        files.sort(); // the same order on every run
        for (const QString &file : std::as_const(files)) {
            // The ID: the path below applications/, '/' becoming '-'.
            QString id = file.mid(root.size());
            id.replace(u'/', u'-');
            if (seen.contains(id))
                continue;
            seen.insert(id);
            const DesktopEntry entry = DesktopEntry::read(file, id, locale);
            if (entry.launchable(desktops) && tryExecFound(entry.tryExec, path))
                entries << entry;
        }
    }
    std::sort(entries.begin(), entries.end(), [](const DesktopEntry &a, const DesktopEntry &b) {
        const int byName = QString::localeAwareCompare(a.name, b.name);
        return byName != 0 ? byName < 0 : a.id < b.id;
    });
    return entries;
}

QList<DesktopEntry> ApplicationCatalog::scanInstalled()
{
    return scan(applicationDirectories(), QLocale::system().name(), currentDesktops(),
        environment("PATH"));
}

bool ApplicationCatalog::matches(const DesktopEntry &entry, const QString &query)
{
    const QStringList words = query.split(u' ', Qt::SkipEmptyParts);
    const QString haystack = QStringList { entry.name, entry.genericName, entry.comment,
        entry.keywords.join(u' '), entry.id }
                                 .join(u'\n');
    return std::all_of(words.cbegin(), words.cend(),
        [&](const QString &word) { return haystack.contains(word, Qt::CaseInsensitive); });
}

} // namespace Lifeline::Tray
