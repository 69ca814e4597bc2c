// Launches in transient systemd scopes: StartTransientUnit on the system
// manager (org.freedesktop.systemd1 on the system bus) with
// "lifeline-<id>.scope", the launch's pids, Slice "user-<uid>.slice" and
// CollectMode "inactive-or-failed".
//
// Why user-<uid>.slice: a scope in it is outside the helper's unit (stopping
// lifeline-helper.service kills only what is in its own cgroup), and the
// program is accounted and limited with the user's other programs, where
// the administrator's per-user limits apply; system.slice would make it a
// system service, and app.slice exists only in the user's own manager,
// which the helper (root, on the system bus) does not talk to. The system
// manager makes the slice if the user has no session (no logind login).
// CollectMode inactive-or-failed: a scope whose program failed is
// collected too, not kept around as a failed unit.
//
// Only where systemd is the init system (/run/systemd/system exists, as
// sd_booted() decides); elsewhere the helper makes no SystemdScopes at all.
#pragma once

#include "LaunchScopes.h"

#include <QDBusConnection>
#include <QDBusMessage>
#include <QObject>

namespace Lifeline {

class SystemdScopes : public QObject, public LaunchScopes {
    Q_OBJECT
public:
    struct Scope {
        QString unit; // "lifeline-<id>.scope"
        QString slice;
        QString description;
        QList<uint> pids;
    };

    // systemd is the init system of the machine whose root is `root`.
    static bool systemdRuns(const QString &root = QStringLiteral("/"));
    // The scope of launch `id` (8 hex digits, checked by the caller).
    static Scope forLaunch(const QString &id, uint uid, const QList<uint> &pids);
    // The StartTransientUnit call for `scope`: (s name, s mode "fail",
    // a(sv) properties, a(sa(sv)) no auxiliary units).
    static QDBusMessage startMessage(const Scope &scope);

    explicit SystemdScopes(QDBusConnection bus, QObject *parent = nullptr);

    void place(const QString &id, uint uid, const QList<uint> &pids) override;
    // Asks for `scope`; the answer comes as placed() or failed().
    void start(const Scope &scope);

Q_SIGNALS:
    void placed(const QString &unit);
    void failed(const QString &unit, const QString &error);

private:
    QDBusConnection m_bus;
};

} // namespace Lifeline
