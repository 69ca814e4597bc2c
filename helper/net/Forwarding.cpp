#include "Forwarding.h"

#include <QDebug>
#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QSaveFile>

#include <utility>

#include <cerrno>
#include <fcntl.h>
#include <unistd.h>

namespace Lifeline::Net {

// Plain system calls: a launch reads a dozen of these on its way, and
// QFile's extra look-ups cost as much as the reads themselves.
QString Sysctls::read(const QString &key, QString *error) const
{
    const QByteArray path = QFile::encodeName(m_root + u'/' + key);
    const int fd = ::open(path.constData(), O_RDONLY | O_CLOEXEC);
    QByteArray text;
    int failure = fd < 0 ? errno : 0;
    for (char buffer[256]; fd >= 0;) {
        const ssize_t n = ::read(fd, buffer, sizeof buffer);
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0) {
            failure = n < 0 ? errno : 0;
            break;
        }
        text.append(buffer, n);
    }
    if (fd >= 0)
        ::close(fd);
    if (failure != 0) {
        if (error)
            *error = QStringLiteral("cannot read %1: %2").arg(key, qt_error_string(failure));
        return {};
    }
    return QString::fromLatin1(text).trimmed();
}

QString Sysctls::write(const QString &key, const QString &value) const
{
    const QByteArray path = QFile::encodeName(m_root + u'/' + key);
    // The kernel wants the value in one write() and reports refusals from it.
    const int fd = ::open(path.constData(), O_WRONLY | O_CLOEXEC);
    if (fd < 0)
        return QStringLiteral("cannot write %1: %2").arg(key, qt_error_string(errno));
    const QByteArray bytes = value.toLatin1() + '\n';
    ssize_t written;
    while ((written = ::write(fd, bytes.constData(), size_t(bytes.size()))) < 0 && errno == EINTR) { }
    const int writeError = errno;
    ::close(fd);
    if (written != bytes.size())
        return QStringLiteral("cannot write %1: %2")
            .arg(key, written < 0 ? qt_error_string(writeError) : QStringLiteral("short write"));
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

namespace {

// A key the journal may name: a forwarding or accept_ra switch under net/.
bool journalKey(const QString &key)
{
    static const QRegularExpression shape(QStringLiteral(
        "^net/(ipv4/ip_forward|ipv(4|6)/conf/([^/\\s]{1,15})/(forwarding|accept_ra))$"));
    const QRegularExpressionMatch match = shape.match(key);
    return match.hasMatch() && match.captured(3) != u"." && match.captured(3) != u"..";
}

bool journalValue(const QString &value)
{
    static const QRegularExpression shape(QStringLiteral("^-?[0-9]{1,3}$"));
    return shape.match(value).hasMatch();
}

} // namespace

Forwarding::~Forwarding()
{
    restore(Family::IPv4, m_state[0].changes);
    restore(Family::IPv6, m_state[1].changes);
}

QString Forwarding::globalKey(Family family)
{
    return family == Family::IPv4 ? QStringLiteral("net/ipv4/ip_forward")
                                  : QStringLiteral("net/ipv6/conf/all/forwarding");
}

std::unique_ptr<Forwarding::Guard> Forwarding::acquire(Family family, QString *error)
{
    std::unique_ptr<Guard> guard = reserve(family, error);
    if (!guard)
        return nullptr;
    if (const QString why = guard->switchOn(); !why.isEmpty()) {
        if (error)
            *error = why;
        return nullptr;
    }
    return guard;
}

std::unique_ptr<Forwarding::Guard> Forwarding::reserve(Family family, QString *error)
{
    State &state = m_state[index(family)];
    if (state.users == 0) {
        bool takenOver = false;
        if (!state.recovered.isEmpty()) {
            // An earlier run's launches switched it on; ours take it over
            // while it is still on, else start afresh.
            QString readError;
            takenOver = m_sysctls.read(globalKey(family), &readError) == u"1";
            if (takenOver)
                state.changes = std::exchange(state.recovered, {});
            else
                restore(family, state.recovered);
        }
        if (const QString why = takenOver ? QString() : prepare(family); !why.isEmpty()) {
            restore(family, state.changes);
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
    if (--state.users > 0)
        return;
    if (std::exchange(state.due, false)) {
        // Reserved, never switched: nothing of ours to put back (what
        // differs now was changed by someone else).
        state.changes.clear();
        dropJournal(family);
        return;
    }
    restore(family, state.changes);
}

QString Forwarding::prepare(Family family)
{
    State &state = m_state[index(family)];
    QList<Change> &changes = state.changes;
    if (QString why = plan(family, changes); !why.isEmpty() || changes.isEmpty())
        return why; // nothing planned: the admin forwards already, nothing of ours to undo
    // What is to be put back is on disk before the first switch moves.
    if (QString why = writeJournal(family, changes); !why.isEmpty()) {
        changes.clear();
        return why;
    }
    state.due = true;
    return {};
}

QString Forwarding::switchOn(Family family)
{
    State &state = m_state[index(family)];
    if (!state.due)
        return {};
    state.due = false;
    for (const Change &change : std::as_const(state.changes)) {
        if (change.value.isEmpty())
            continue;
        if (QString why = m_sysctls.write(change.key, change.value); !why.isEmpty())
            return why;
    }
    return {};
}

QString Forwarding::plan(Family family, QList<Change> &changes) const
{
    QString error;
    const QString global = globalKey(family);
    const QString current = m_sysctls.read(global, &error);
    if (!error.isEmpty())
        return error;
    if (current == u"1")
        return {};

    if (family == Family::IPv6) {
        // With forwarding on, the kernel ignores router advertisements on
        // every interface whose accept_ra is 1: the desktop's native IPv6
        // (SLAAC address, default route) would expire within minutes.
        // accept_ra=2 accepts them even while forwarding. "default" is
        // included so interfaces that appear meanwhile (a USB adapter) behave
        // the same; "all" is skipped, the kernel does not read it for RAs.
        // NetworkManager-managed links usually have 0 (it does RAs itself).
        // Our own veths are skipped: no router advertises on them (and the
        // spare's would only be switched back and forth).
        for (const QString &entry : m_sysctls.confEntries(Family::IPv6)) {
            if (entry == u"all" || !launchIdOfHostInterface(entry).isEmpty())
                continue;
            const QString key = QStringLiteral("net/ipv6/conf/%1/accept_ra").arg(entry);
            if (m_sysctls.read(key, &error) == u"1")
                changes.append({key, QStringLiteral("1"), QStringLiteral("2")});
        }
    }
    // The global switch also rewrites every interface's own forwarding value
    // (and "default"); remember those first so that switching back does not
    // clear an interface the admin had made forward on its own.
    for (const QString &entry : m_sysctls.confEntries(family)) {
        const QString key = QStringLiteral("net/%1/conf/%2/forwarding").arg(familyName(family), entry);
        QString readError;
        const QString before = m_sysctls.read(key, &readError);
        if (readError.isEmpty() && key != global)
            changes.append({key, before, {}});
    }
    changes.append({global, current, QStringLiteral("1")});
    return {};
}

void Forwarding::restore(Family family, QList<Change> &changes)
{
    const bool journalled = !changes.isEmpty();
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
    if (journalled)
        dropJournal(family);
}

QStringList Forwarding::recover()
{
    QStringList lines;
    if (m_journalDirectory.isEmpty())
        return lines;
    for (const Family family : {Family::IPv4, Family::IPv6}) {
        QFile file(journalPath(family));
        if (!file.exists())
            continue;
        QList<Change> changes;
        QString problem;
        if (!file.open(QIODevice::ReadOnly)) {
            problem = file.errorString();
        } else {
            const QList<QByteArray> rows = file.readAll().split('\n');
            for (const QByteArray &row : rows) {
                if (row.isEmpty())
                    continue;
                const QList<QByteArray> fields = row.split('\t');
                const QString key = QString::fromLatin1(fields.value(0));
                const QString before = QString::fromLatin1(fields.value(1));
                const QString value = QString::fromLatin1(fields.value(2));
                if (fields.size() != 3 || !journalKey(key) || !journalValue(before)
                    || (!value.isEmpty() && !journalValue(value))) {
                    problem = QStringLiteral("malformed line \"%1\"")
                                  .arg(QString::fromLatin1(row.left(80)));
                    break;
                }
                changes.append({key, before, value});
            }
        }
        file.close();
        if (!problem.isEmpty() || changes.isEmpty() || changes.last().key != globalKey(family)) {
            if (problem.isEmpty())
                problem = QStringLiteral("it does not end with %1").arg(globalKey(family));
            lines << QStringLiteral("problem: the forwarding journal %1 is not used (%2); "
                                    "moved to %1.bad")
                         .arg(file.fileName(), problem);
            QFile::remove(file.fileName() + QStringLiteral(".bad"));
            QFile::rename(file.fileName(), file.fileName() + QStringLiteral(".bad"));
            continue;
        }
        lines << QStringLiteral("found %1 forwarding settings an earlier run changed (%2 values)")
                     .arg(familyName(family))
                     .arg(changes.size());
        m_state[index(family)].recovered = changes;
    }
    return lines;
}

QStringList Forwarding::settleRecovered()
{
    QStringList lines;
    for (const Family family : {Family::IPv4, Family::IPv6}) {
        State &state = m_state[index(family)];
        if (state.recovered.isEmpty())
            continue;
        restore(family, state.recovered);
        lines << QStringLiteral("put back the %1 forwarding settings an earlier run changed")
                     .arg(familyName(family));
    }
    return lines;
}

QString Forwarding::journalPath(Family family) const
{
    return m_journalDirectory + QStringLiteral("/forwarding-") + familyName(family);
}

QString Forwarding::writeJournal(Family family, const QList<Change> &changes) const
{
    if (m_journalDirectory.isEmpty())
        return {};
    if (!QDir().mkpath(m_journalDirectory))
        return QStringLiteral("cannot create %1").arg(m_journalDirectory);
    QByteArray text;
    for (const Change &change : changes)
        text += change.key.toLatin1() + '\t' + change.before.toLatin1() + '\t'
            + change.value.toLatin1() + '\n';
    QSaveFile file(journalPath(family));
    if (!file.open(QIODevice::WriteOnly) || file.write(text) != text.size() || !file.commit())
        return QStringLiteral("cannot write %1: %2").arg(journalPath(family), file.errorString());
    return {};
}

void Forwarding::dropJournal(Family family) const
{
    if (!m_journalDirectory.isEmpty())
        QFile::remove(journalPath(family));
}

} // namespace Lifeline::Net
