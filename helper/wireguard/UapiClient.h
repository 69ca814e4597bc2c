// The client side of wireguard-go's control socket: one request, one whole
// reply, bounded in time and size, so a hung or hostile daemon can never
// hang the helper or fill its memory. Takes the socket's path, so tests talk
// to a fake daemon in a temporary directory.
#pragma once

#include "UniqueFd.h"

#include <QByteArray>
#include <QString>

#include <chrono>
#include <optional>
#include <sys/types.h>

namespace Lifeline::WireGuard::Uapi {

constexpr std::chrono::milliseconds DefaultTimeout { 5000 };
// Replies are small (a few hundred bytes a peer); more is a broken daemon.
constexpr qsizetype MaxReply = 8 * 1024 * 1024;

// A connected, non-blocking socket; invalid (and `error` set) on failure.
// `errorNumber`, if given, gets connect()'s errno.
UniqueFd connectTo(const QString &path, QString *error, int *errorNumber = nullptr);

// Sends `request` and reads up to the end of one reply (an empty line),
// all within `timeout`.
std::optional<QByteArray> exchange(const QString &path, const QByteArray &request, QString *error,
    std::chrono::milliseconds timeout = DefaultTimeout);

// Something accepts connections on `path`: a live daemon, not a stale file.
bool isServed(const QString &path);
// The pid of the process serving `path` (SO_PEERCRED), 0 if none does: tells
// our daemon from another one that took the same name.
pid_t serverPid(const QString &path);

// Unlinks `path` if it is a socket nobody serves (what a killed daemon
// leaves); a live daemon's socket and any other file are left alone.
// Empty when done or nothing was there, else why not.
QString removeIfStale(const QString &path);

} // namespace Lifeline::WireGuard::Uapi
