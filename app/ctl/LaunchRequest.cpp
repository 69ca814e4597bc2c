#include "LaunchRequest.h"

#include "CommandLine.h"
#include "CommandResolver.h"
#include "ExitCodes.h"
#include "Output.h"

#include <QCoreApplication>
#include <QFile>
#include <QProcessEnvironment>

#include <cerrno>
#include <cstring>
#include <unistd.h>

namespace Lifeline {

namespace {

// The physical directory (what the program would inherit), not $PWD.
QString currentDirectory(int &error)
{
    QByteArray buffer(4096, Qt::Uninitialized);
    for (;;) {
        if (::getcwd(buffer.data(), static_cast<size_t>(buffer.size())) != nullptr)
            return QFile::decodeName(buffer.constData());
        if (errno != ERANGE || buffer.size() > (1 << 20)) {
            error = errno;
            return {};
        }
        buffer.resize(buffer.size() * 2);
    }
}

QString errorText(int error)
{
    return QString::fromLocal8Bit(std::strerror(error));
}

} // namespace

int prepareLaunch(const Invocation &invocation, LaunchRequest &request)
{
    int error = 0;
    const QString cwd = currentDirectory(error);
    if (cwd.isEmpty()) {
        Output::error(
            QCoreApplication::translate("lifelinectl", "cannot tell the current directory: %1")
                .arg(errorText(error)));
        return Exit::Failed;
    }

    const QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    const QString path = environment.contains(QStringLiteral("PATH"))
        ? environment.value(QStringLiteral("PATH"))
        : QString();
    const QString name = invocation.command.constFirst();
    const ResolvedCommand resolved = resolveCommand(name, path, cwd);
    switch (resolved.status) {
    case ResolvedCommand::Status::NotFound:
        Output::error(QCoreApplication::translate("lifelinectl", "%1: no such command").arg(name));
        return Exit::NoSuchCommand;
    case ResolvedCommand::Status::NotExecutable:
        Output::error(QCoreApplication::translate("lifelinectl", "cannot run %1: %2")
                          .arg(resolved.path, errorText(resolved.error)));
        return Exit::CannotRun;
    case ResolvedCommand::Status::Found:
        break;
    }

    request.mode = invocation.mode;
    request.argv = invocation.command;
    request.argv.first() = resolved.path;
    request.workingDirectory = cwd;
    request.environment.clear();
    const QStringList keys = environment.keys();
    for (const QString &key : keys)
        request.environment.insert(key, environment.value(key));
    return Exit::Ok;
}

} // namespace Lifeline
