// The files a launch shows inside its mount namespace instead of the host's:
// resolv.conf, gai.conf, nsswitch.conf, and an empty file that covers name
// service sockets. Written by the helper itself into a root-owned directory
// (<runDir>/<id>/etc), never taken from a caller's path.
#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <vector>

namespace Lifeline::Launcher {

// The host's nsswitch.conf with its hosts: line replaced by "files dns", so
// that nss-resolve (or mdns, myhostname...) cannot ask the host's resolver
// over D-Bus or varlink from inside the namespace. Other lines are kept.
QByteArray namespaceNsswitch(const QByteArray &hostNsswitch);

// Sockets through which a lookup would bypass the namespace's resolv.conf:
// nscd's, and systemd-resolved's varlink socket.
QStringList defaultHiddenSockets();

class PrivateEtc {
public:
    struct Contents {
        QByteArray resolvConf;
        QByteArray gaiConf; // empty: the host's gai.conf stays visible
        QByteArray nsswitchConf;
    };
    struct Bind {
        QString source;
        QString target;
    };

    PrivateEtc() = default;
    PrivateEtc(const PrivateEtc &) = delete;
    PrivateEtc &operator=(const PrivateEtc &) = delete;
    // Removes the directory. The bind mounts made from it stay valid: a
    // mount holds its source file, not its name.
    ~PrivateEtc();

    // Creates <runDir>/<id>/etc with the files. `runDir` is created if
    // missing and must be a root-owned directory nobody else can write to.
    // Returns an empty string on success, else why not.
    QString create(const QString &runDir, const QString &id, const Contents &contents,
        const QStringList &hiddenSockets);

    // What to bind where, for the targets that exist on this host.
    const std::vector<Bind> &binds() const { return m_binds; }

private:
    QString writeFile(const QString &name, const QByteArray &contents);

    QString m_launchDir;
    std::vector<Bind> m_binds;
};

} // namespace Lifeline::Launcher
