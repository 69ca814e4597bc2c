#include "LaunchPlan.h"

#include "ExecLine.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

namespace Lifeline::Tray {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Lifeline::Tray", text);
}

// A file name that cannot escape the log directory.
QString safeLogName(const QString &id)
{
    QString name = id;
    if (name.endsWith(QLatin1String(".desktop")))
        name.chop(8);
    for (QChar &c : name) {
        if (!(c.isLetterOrNumber() || c == u'.' || c == u'-' || c == u'_'))
            c = u'_';
    }
    if (name.isEmpty() || name.startsWith(u'.'))
        name.prepend(QStringLiteral("app"));
    return name + QStringLiteral(".log");
}

} // namespace

LaunchPlan planLaunch(const DesktopEntry &entry, const StringMap &environment, const QString &home)
{
    LaunchPlan plan;
    const ExecResult exec = parseExec(entry.exec, { entry.name, entry.icon, entry.file });
    if (!exec.error.isEmpty()) {
        plan.error = tr("%1 can't be started: its launcher entry is malformed (%2).")
                         .arg(entry.name, exec.error);
        return plan;
    }
    plan.argv = exec.argv;
    QString &program = plan.argv.first();
    if (!program.contains(u'/')) {
        const QString found = QStandardPaths::findExecutable(
            program, environment.value(QStringLiteral("PATH")).split(u':', Qt::SkipEmptyParts));
        if (found.isEmpty()) {
            plan.error = tr("%1 can't be started: the program “%2” is not installed.")
                             .arg(entry.name, program);
            return plan;
        }
        program = found;
    } else if (!QDir::isAbsolutePath(program) || !QFileInfo(program).isExecutable()) {
        plan.error = tr("%1 can't be started: “%2” is not a program.").arg(entry.name, program);
        return plan;
    }
    plan.environment = environment;
    plan.workingDirectory = !entry.path.isEmpty() && QDir::isAbsolutePath(entry.path)
            && QFileInfo(entry.path).isDir()
        ? entry.path
        : home;
    plan.logName = safeLogName(entry.id);
    return plan;
}

} // namespace Lifeline::Tray
