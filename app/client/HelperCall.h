// Method calls on lifeline-helper, asynchronous: the reply arrives in the
// event loop (no nested loop), as the polkit agent may take its time.
#pragma once

#include <QDBusConnection>
#include <QDBusPendingCall>
#include <QVariantList>

#include <functional>

class QDBusPendingCallWatcher;

namespace Lifeline {

enum class Authorisation {
    None, // read-only: the helper asks nobody
    Interactive, // polkit may ask for a password: allow it, and wait for it
};

// On a bus that is not connected the call fails (asynchronously, like any
// other) with org.freedesktop.DBus.Error.Disconnected and the bus's last error.
QDBusPendingCall callHelper(const QDBusConnection &bus, const QString &member,
    const QVariantList &arguments, Authorisation authorisation);

// Calls `handler` exactly once, from the event loop, once `call` has finished
// (at once if it has; a null call, as Qt gives on an unconnected bus, counts as
// finished with a Disconnected error); the watcher is deleted afterwards.
// `context` going away first drops the handler.
void whenFinished(const QDBusPendingCall &call, QObject *context,
    std::function<void(const QDBusPendingCallWatcher &)> handler);

} // namespace Lifeline
