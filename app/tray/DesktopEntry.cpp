#include "DesktopEntry.h"

#include "ExecLine.h"

#include <QFile>
#include <QHash>

namespace Lifeline::Tray {

namespace {

// Splits a list value on unescaped ';' (a trailing one is customary).
QStringList listValue(const QString &value)
{
    QStringList items;
    QString current;
    for (qsizetype i = 0; i < value.size(); ++i) {
        const QChar c = value.at(i);
        if (c == u'\\' && i + 1 < value.size() && value.at(i + 1) == u';') {
            current += u';';
            ++i;
        } else if (c == u';') {
            items << current;
            current.clear();
        } else {
            current += c;
        }
    }
    if (!current.isEmpty())
        items << current;
    items.removeAll(QString());
    return items;
}

bool boolValue(const QString &value)
{
    return value == QLatin1String("true");
}

// How well a key's locale suffix matches: 2 lang_COUNTRY, 1 lang, 0 none, -1 other.
int localeMatch(const QString &suffix, const QString &locale)
{
    if (suffix.isEmpty())
        return 0;
    QString wanted = locale.section(u'.', 0, 0);
    if (suffix == wanted)
        return 2;
    if (suffix == wanted.section(u'_', 0, 0))
        return 1;
    return -1;
}

} // namespace

DesktopEntry DesktopEntry::parse(const QByteArray &contents, const QString &locale)
{
    DesktopEntry entry;
    QHash<QString, int> bestMatch; // per localised key, the best suffix seen
    bool inGroup = false;
    for (const QByteArray &rawLine : contents.split('\n')) {
        const QString line = QString::fromUtf8(rawLine).trimmed();
        if (line.isEmpty() || line.startsWith(u'#'))
            continue;
        if (line.startsWith(u'[')) {
            inGroup = line == QLatin1String("[Desktop Entry]");
            continue;
        }
        if (!inGroup)
            continue;
        const qsizetype equals = line.indexOf(u'=');
        if (equals <= 0)
            continue;
        QString key = line.left(equals).trimmed();
        const QString value = unescapeValue(line.mid(equals + 1).trimmed());
        QString suffix;
        if (const qsizetype bracket = key.indexOf(u'['); bracket > 0 && key.endsWith(u']')) {
            suffix = key.mid(bracket + 1, key.size() - bracket - 2);
            key = key.left(bracket);
        }
        const int match = localeMatch(suffix, locale);
        if (match < 0)
            continue;
        if (match < bestMatch.value(key, -1))
            continue;
        bestMatch.insert(key, match);
        if (key == QLatin1String("Type"))
            entry.type = value;
        else if (key == QLatin1String("Name"))
            entry.name = value;
        else if (key == QLatin1String("GenericName"))
            entry.genericName = value;
        else if (key == QLatin1String("Comment"))
            entry.comment = value;
        else if (key == QLatin1String("Icon"))
            entry.icon = value;
        else if (key == QLatin1String("Exec"))
            entry.exec = value;
        else if (key == QLatin1String("TryExec"))
            entry.tryExec = value;
        else if (key == QLatin1String("Path"))
            entry.path = value;
        else if (key == QLatin1String("Keywords"))
            entry.keywords = listValue(value);
        else if (key == QLatin1String("OnlyShowIn"))
            entry.onlyShowIn = listValue(value);
        else if (key == QLatin1String("NotShowIn"))
            entry.notShowIn = listValue(value);
        else if (key == QLatin1String("NoDisplay"))
            entry.noDisplay = boolValue(value);
        else if (key == QLatin1String("Hidden"))
            entry.hidden = boolValue(value);
        else if (key == QLatin1String("Terminal"))
            entry.terminal = boolValue(value);
    }
    return entry;
}

DesktopEntry DesktopEntry::read(const QString &file, const QString &id, const QString &locale)
{
    QFile input(file);
    DesktopEntry entry;
    // Desktop files are small; a huge one is not one.
    if (input.open(QIODevice::ReadOnly) && input.size() < 1024 * 1024)
        entry = parse(input.readAll(), locale);
    entry.id = id;
    entry.file = file;
    return entry;
}

bool DesktopEntry::launchable(const QStringList &desktops) const
{
    if (type != QLatin1String("Application") || hidden || noDisplay || terminal)
        return false;
    if (name.isEmpty() || exec.isEmpty())
        return false;
    for (const QString &desktop : desktops) {
        if (notShowIn.contains(desktop, Qt::CaseInsensitive))
            return false;
    }
    if (!onlyShowIn.isEmpty()) {
        for (const QString &desktop : desktops) {
            if (onlyShowIn.contains(desktop, Qt::CaseInsensitive))
                return true;
        }
        return false;
    }
    return true;
}

} // namespace Lifeline::Tray
