// Starts a picked application with RunIsolated: stdin /dev/null, stdout and
// stderr into a log under $XDG_STATE_HOME/lifeline/logs (else /dev/null), the
// session's environment, home (or the entry's Path) as working directory. Says
// when a program exited at once: a browser that handed its window to an
// instance already running outside the namespace, or a program that failed.
#pragma once

#include "DesktopEntry.h"

#include <QDBusConnection>
#include <QElapsedTimer>
#include <QHash>
#include <QObject>

namespace Lifeline::Tray {

class IsolatedLauncher : public QObject
{
    Q_OBJECT
public:
    IsolatedLauncher(const QDBusConnection &bus, QObject *parent = nullptr);

    // mode: ipv4-only, ipv6-only or tunnel:NAME.
    void launch(const QString &mode, const DesktopEntry &entry);
    // Where programs' output goes, per desktop-file ID.
    static QString logDirectory();

Q_SIGNALS:
    void started(const QString &name, const QString &id);
    // A sentence for a person: the helper refused, the entry is broken, ...
    void failed(const QString &sentence);
    // The program exited within a few seconds with status 0: it most likely handed
    // off to a running instance, so it is not isolated.
    void handedOff(const QString &name);
    // The program exited within a few seconds with an error.
    void quitEarly(const QString &name, const QString &logFile);

private Q_SLOTS:
    void onIsolatedExited(const QString &id, int exitStatus, int signal);

private:
    struct Running {
        QString name;
        QString logFile;
        QElapsedTimer clock;
    };
    struct Exit {
        int status = 0;
        int signal = 0;
    };
    void subscribe();
    void exited(const Running &running, const Exit &exit);
    int openLog(const QString &fileName, QString *path);

    QDBusConnection m_bus;
    bool m_subscribed = false;
    QHash<QString, Running> m_running;
    QHash<QString, Exit> m_earlyExits;  // exits whose RunIsolated reply has not arrived yet
};

} // namespace Lifeline::Tray
