// Finds the program `lifelinectl run` is asked to start, the way env(1) and
// execvp(3) do: a name without '/' is searched on PATH, anything else is a
// path relative to the working directory. The helper needs an absolute path
// (it never searches PATH for a caller), and "no such command" must be told
// apart from "cannot run it" before the helper is bothered.
#pragma once

#include <QString>

namespace Lifeline {

struct ResolvedCommand {
    enum class Status {
        Found,
        NotFound, // exit 127, like env
        NotExecutable, // exit 126, like env: exists but cannot be executed
    };
    Status status = Status::NotFound;
    QString path; // absolute; for NotExecutable the first candidate that was refused
    int error = 0; // errno for NotExecutable
};

// `searchPath` is the value of PATH; a null QString means PATH is unset, which
// searches glibc's default (/bin:/usr/bin). Empty PATH entries mean `cwd`.
ResolvedCommand resolveCommand(const QString &name, const QString &searchPath, const QString &cwd);

} // namespace Lifeline
