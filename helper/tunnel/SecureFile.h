// Files that hold secrets, inside a directory the helper alone may write:
// written atomically (temp file, fsync, rename, fsync of the directory) and
// read without ever following a symlink an attacker might have planted.
#pragma once

#include "UniqueFd.h"

#include <QByteArray>
#include <QString>

namespace Lifeline::Tunnel {

namespace SecureFile {

// Opens `path` as a directory, refusing a symlink in its last component.
UniqueFd openDirectory(const QString &path, QString *error);

// Refuses a directory that is not ours alone: owned by someone else, or
// readable, writable or searchable by group or others. `path` is for the
// message only.
QString checkPrivateDirectory(int directory, const QString &path);

enum class Replace { Allowed, Refused };

// Writes `content` to `fileName` inside `directory`, mode 0600. Readers see
// either the old file or the whole new one, never a part. With
// Replace::Refused an existing file (or symlink) of that name stays and the
// write fails. Returns an empty string, or why it failed.
QString write(int directory, const QString &fileName, const QByteArray &content, Replace replace);

// Reads a regular file of at most `maxBytes` owned by us. A symlink, FIFO or
// device is refused without being followed or opened for real. `missing` is
// set when there is no such file.
QString read(int directory, const QString &fileName, qsizetype maxBytes, QByteArray *content,
    bool *missing = nullptr);

} // namespace SecureFile
} // namespace Lifeline::Tunnel
