// The helper's store under /etc/lifeline (or --config-dir for tests).
#pragma once

#include <QString>

namespace Lifeline::ConfigDir {

// Creates `path` and its tunnels/ subdirectory if missing, mode 0700, and
// checks that neither is a symlink nor owned by anyone but us. Returns an
// empty string on success, else why the directory cannot be used.
QString prepare(const QString &path);

} // namespace Lifeline::ConfigDir
