#include "Forwarding.h"

#include <QDebug>
#include <QDir>
#include <QFile>

namespace Lifeline::Net {

QString Sysctls::read(const QString &key, QString *error) const
{
    QFile file(m_root + u'/' + key);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = QStringLiteral("cannot read %1: %2").arg(key, file.errorString());
        return {};
    }
    return QString::fromLatin1(file.readAll()).trimmed();
}

QString Sysctls::write(const QString &key, const QString &value) const
{
    QFile file(m_root + u'/' + key);
    // Unbuffered: the kernel wants the value in one write() and reports
    // refusals from it, which a buffered close would swallow.
    if (!file.open(QIODevice::WriteOnly | QIODevice::Unbuffered | QIODevice::ExistingOnly))
        return QStringLiteral("cannot write %1: %2").arg(key, file.errorString());
    const QByteArray bytes = value.toLatin1() + '\n';
    if (file.write(bytes) != bytes.size())
        return QStringLiteral("cannot write %1: %2").arg(key, file.errorString());
    file.close();
    QString error;
    const QString now = read(key, &error);
    if (!error.isEmpty())
        return error;
    if (now != value)
        return QStringLiteral("%1 reads %2 after writing %3").arg(key, now, value);
    return {};
}

QStringList Sysctls::confEntries(Family family) const
{
    return QDir(m_root + QStringLiteral("/net/") + familyName(family) + QStringLiteral("/conf"))
        .entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
}

Forwarding::~Forwarding()
{
    restore(m_state[0].changes);
    restore(m_state[1].changes);
}

std::unique_ptr<Forwarding::Guard> Forwarding::acquire(Family family, QString *error)
{
    State &state = m_state[index(family)];
    if (state.users == 0) {
        const QString why = enable(family, state.changes);
        if (!why.isEmpty()) {
            restore(state.changes);
            if (error)
                *error = why;
            return nullptr;
        }
    }
    ++state.users;
    return std::unique_ptr<Guard>(new Guard(*this, family));
}

void Forwarding::release(Family family)
{
    State &state = m_state[index(family)];
    if (--state.users == 0)
        restore(state.changes);
}

QString Forwarding::enable(Family family, QList<Change> &changes)
{
    QString error;
    const QString global = family == Family::IPv4 ? QStringLiteral("net/ipv4/ip_forward")
                                                  : QStringLiteral("net/ipv6/conf/all/forwarding");
    const QString current = m_sysctls.read(global, &error);
    if (!error.isEmpty())
        return error;
    if (current == u"1")
        return {}; // the admin forwards already; nothing of ours to undo later

    if (family == Family::IPv6) {
        // With forwarding on, the kernel ignores router advertisements on
        // every interface whose accept_ra is 1: the desktop's native IPv6
        // (SLAAC address, default route) would expire within minutes.
        // accept_ra=2 accepts them even while forwarding. "default" is
        // included so interfaces that appear meanwhile (a USB adapter) behave
        // the same; "all" is skipped, the kernel does not read it for RAs.
        // NetworkManager-managed links usually have 0 (it does RAs itself).
        for (const QString &entry : m_sysctls.confEntries(Family::IPv6)) {
            if (entry == u"all")
                continue;
            const QString key = QStringLiteral("net/ipv6/conf/%1/accept_ra").arg(entry);
            if (m_sysctls.read(key, &error) == u"1") {
                if (const QString why = change(key, QStringLiteral("2"), changes); !why.isEmpty())
                    return why;
            }
        }
    }
    // The global switch also rewrites every interface's own forwarding value
    // (and "default"); remember those first so that switching back does not
    // clear an interface the admin had made forward on its own.
    snapshotForwarding(family, changes);
    return change(global, QStringLiteral("1"), changes);
}

QString Forwarding::change(const QString &key, const QString &value, QList<Change> &changes)
{
    QString error;
    const QString before = m_sysctls.read(key, &error);
    if (!error.isEmpty())
        return error;
    changes.append({key, before});
    return m_sysctls.write(key, value);
}

void Forwarding::snapshotForwarding(Family family, QList<Change> &changes)
{
    for (const QString &entry : m_sysctls.confEntries(family)) {
        const QString key = QStringLiteral("net/%1/conf/%2/forwarding").arg(familyName(family), entry);
        QString error;
        const QString before = m_sysctls.read(key, &error);
        if (error.isEmpty())
            changes.append({key, before});
    }
}

void Forwarding::restore(QList<Change> &changes)
{
    while (!changes.isEmpty()) {
        const Change change = changes.takeLast();
        QString error;
        const QString now = m_sysctls.read(change.key, &error);
        if (!error.isEmpty())
            continue; // the interface went away meanwhile (our own veths do)
        if (now == change.before)
            continue;
        error = m_sysctls.write(change.key, change.before);
        if (!error.isEmpty())
            qWarning().noquote() << QStringLiteral("could not restore %1: %2").arg(change.key, error);
    }
}

} // namespace Lifeline::Net
