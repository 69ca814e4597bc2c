#include "TunnelStore.h"

#include "SecureFile.h"
#include "TunnelName.h"
#include "WgQuickParser.h"

#include <QFile>

#include <cerrno>
#include <cstring>
#include <dirent.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace Lifeline::Tunnel {
namespace {

using Status = TunnelStore::Status;
using Result = TunnelStore::Result;

const QString ConfSuffix = QStringLiteral(".conf");
const QString KeySuffix = QStringLiteral(".key");
const QString SettingsSuffix = QStringLiteral(".settings");
// Far more than "mtu = 9000": anything bigger was not written by us.
constexpr qsizetype MaxSettingsBytes = 4096;

Result failure(Status status, const QString &error)
{
    return { status, error };
}

Result notFound(const QString &name)
{
    return failure(Status::NotFound, QStringLiteral("there is no tunnel named \"%1\"").arg(name));
}

// The tunnels directory, for acting on tunnel `name`: refused (InvalidName)
// before anything is opened when the name is not one; Failed when the
// directory cannot be opened. Invalid with *result set on failure.
UniqueFd openFor(const QString &directory, const QString &name, Result *result)
{
    if (QString error = checkName(name); !error.isEmpty()) {
        *result = failure(Status::InvalidName, error);
        return UniqueFd();
    }
    QString error;
    UniqueFd dir = SecureFile::openDirectory(directory, &error);
    if (!dir.isValid())
        *result = failure(Status::Failed, error);
    return dir;
}

QString systemError()
{
    return QString::fromLocal8Bit(std::strerror(errno));
}

// The file type at `fileName` without following a symlink: 0 when nothing
// is there, -1 (errno set) when it cannot be told.
int fileType(int directory, const QString &fileName)
{
    struct stat info { };
    if (::fstatat(directory, QFile::encodeName(fileName).constData(), &info, AT_SYMLINK_NOFOLLOW)
        != 0)
        return errno == ENOENT ? 0 : -1;
    return int(info.st_mode & S_IFMT);
}

// Every entry name in the directory behind `directory` (which stays open).
QStringList entries(int directory)
{
    QStringList names;
    DIR *stream = ::fdopendir(::dup(directory));
    if (!stream)
        return names;
    while (const dirent *entry = ::readdir(stream))
        names << QFile::decodeName(entry->d_name);
    ::closedir(stream);
    return names;
}

} // namespace

TunnelStore::TunnelStore(QString directory)
    : m_directory(std::move(directory))
{
}

QStringList TunnelStore::list() const
{
    QStringList names;
    const UniqueFd dir = SecureFile::openDirectory(m_directory, nullptr);
    if (!dir.isValid())
        return names;
    for (const QString &entry : entries(dir.get())) {
        if (!entry.endsWith(ConfSuffix))
            continue;
        const QString name = entry.chopped(ConfSuffix.size());
        // A planted symlink or anything else odd is not a tunnel.
        if (checkName(name).isEmpty() && fileType(dir.get(), entry) == S_IFREG)
            names << name;
    }
    names.sort();
    return names;
}

bool TunnelStore::exists(const QString &name) const
{
    if (!checkName(name).isEmpty())
        return false;
    const UniqueFd dir = SecureFile::openDirectory(m_directory, nullptr);
    return dir.isValid() && fileType(dir.get(), name + ConfSuffix) == S_IFREG;
}

Result TunnelStore::import(const QString &name, QStringView wgQuickText)
{
    if (QString error = checkName(name); !error.isEmpty())
        return failure(Status::InvalidName, error);
    QString error;
    const auto config = parseWgQuick(wgQuickText, &error, Parser::Part::Whole);
    if (!config)
        return failure(Status::InvalidConfig, error);
    return save(name, *config);
}

Result TunnelStore::save(const QString &name, const WgQuickConfig &config)
{
    if (QString error = checkName(name); !error.isEmpty())
        return failure(Status::InvalidName, error);
    if (!(config.interface.fields & Interface::HasPrivateKey))
        return failure(
            Status::InvalidConfig, QStringLiteral("the configuration has no PrivateKey"));
    QString error;
    const UniqueFd dir = SecureFile::openDirectory(m_directory, &error);
    if (!dir.isValid())
        return failure(Status::Failed, error);
    if (error = SecureFile::checkPrivateDirectory(dir.get(), m_directory); !error.isEmpty())
        return failure(Status::Failed, error);
    const QString conf = name + ConfSuffix;
    const QString key = name + KeySuffix;
    switch (const int type = fileType(dir.get(), conf)) {
    case 0:
        break;
    case S_IFREG:
        return failure(Status::Exists,
            QStringLiteral("a tunnel named \"%1\" already exists; remove it first").arg(name));
    default:
        return failure(Status::Failed,
            type < 0 ? QStringLiteral("cannot inspect %1: %2").arg(conf, systemError())
                     : QStringLiteral("%1 is not a regular file; refusing to "
                                      "touch it")
                           .arg(conf));
    }
    // A regular .key without its .conf is a crashed import's and is
    // replaced; anything else there is refused rather than overwritten.
    if (const int type = fileType(dir.get(), key); type != 0 && type != S_IFREG)
        return failure(Status::Failed,
            type < 0 ? QStringLiteral("cannot inspect %1: %2").arg(key, systemError())
                     : QStringLiteral("%1 is not a regular file; refusing to touch it").arg(key));

    // Settings left by a crash mid-remove belong to the old tunnel of this
    // name, not to the new one.
    if (::unlinkat(dir.get(), QFile::encodeName(name + SettingsSuffix).constData(), 0) != 0
        && errno != ENOENT)
        return failure(Status::Failed,
            QStringLiteral("cannot remove the old %1%2: %3")
                .arg(name, SettingsSuffix, systemError()));

    QByteArray secrets = config.secretText();
    error = SecureFile::write(dir.get(), key, secrets, SecureFile::Replace::Allowed);
    wipe(secrets);
    if (!error.isEmpty())
        return failure(Status::Failed, error);
    error = SecureFile::write(
        dir.get(), conf, config.publicText().toUtf8(), SecureFile::Replace::Refused);
    if (!error.isEmpty()) {
        // Without a .conf the .key just written belongs to no tunnel. (Only
        // the final directory fsync can fail after the rename; then the
        // tunnel exists and keeps its key.)
        if (fileType(dir.get(), conf) == 0)
            ::unlinkat(dir.get(), QFile::encodeName(key).constData(), 0);
        return failure(Status::Failed, error);
    }
    return {};
}

Result TunnelStore::remove(const QString &name)
{
    Result opened;
    const UniqueFd dir = openFor(m_directory, name, &opened);
    if (!dir.isValid())
        return opened;
    const QByteArray conf = QFile::encodeName(name + ConfSuffix);
    const QByteArray key = QFile::encodeName(name + KeySuffix);
    // unlink never follows a symlink: a planted one is removed, not its target.
    if (::unlinkat(dir.get(), conf.constData(), 0) != 0) {
        if (errno != ENOENT)
            return failure(Status::Failed,
                QStringLiteral("cannot remove the tunnel \"%1\": %2").arg(name, systemError()));
        // A crashed import's key goes too, but the answer stays "no such tunnel".
        ::unlinkat(dir.get(), key.constData(), 0);
        return notFound(name);
    }
    if (::unlinkat(dir.get(), key.constData(), 0) != 0 && errno != ENOENT)
        return failure(Status::Failed,
            QStringLiteral("cannot remove the key of tunnel \"%1\": %2").arg(name, systemError()));
    // Last: without the .conf the tunnel is gone already, and a leftover is
    // removed by cleanUp() or the next import of the name.
    if (::unlinkat(dir.get(), QFile::encodeName(name + SettingsSuffix).constData(), 0) != 0
        && errno != ENOENT)
        qWarning("tunnel store: cannot remove %s%s: %s", qPrintable(name),
            qPrintable(SettingsSuffix), std::strerror(errno));
    ::fsync(dir.get());
    return {};
}

QStringList TunnelStore::cleanUp()
{
    QStringList removed;
    const UniqueFd dir = SecureFile::openDirectory(m_directory, nullptr);
    if (!dir.isValid())
        return removed;
    for (const QString &entry : entries(dir.get())) {
        bool stale = false;
        if (entry.startsWith(u'.') && entry.endsWith(QStringLiteral(".tmp")))
            stale = true; // SecureFile::write's temporary names
        else if (entry.endsWith(KeySuffix) || entry.endsWith(SettingsSuffix)) {
            const QString name = entry.section(u'.', 0, -2);
            stale = checkName(name).isEmpty() && fileType(dir.get(), name + ConfSuffix) == 0;
        }
        if (stale && ::unlinkat(dir.get(), QFile::encodeName(entry).constData(), 0) == 0)
            removed << entry;
    }
    if (!removed.isEmpty())
        ::fsync(dir.get());
    removed.sort();
    return removed;
}

std::optional<WgQuickConfig> TunnelStore::loadPublic(const QString &name, Result *result) const
{
    return read(name, false, result);
}

std::optional<WgQuickConfig> TunnelStore::load(const QString &name, Result *result) const
{
    return read(name, true, result);
}

std::optional<TunnelSettings> TunnelStore::loadSettings(const QString &name, Result *result) const
{
    const auto refuse = [&](const Result &why) -> std::optional<TunnelSettings> {
        if (result)
            *result = why;
        return std::nullopt;
    };
    Result opened;
    const UniqueFd dir = openFor(m_directory, name, &opened);
    if (!dir.isValid())
        return refuse(opened);
    QString error;
    if (fileType(dir.get(), name + ConfSuffix) != S_IFREG)
        return refuse(notFound(name));
    const QString file = name + SettingsSuffix;
    QByteArray text;
    bool missing = false;
    error = SecureFile::read(dir.get(), file, MaxSettingsBytes, &text, &missing);
    if (missing) {
        if (result)
            *result = {};
        return TunnelSettings();
    }
    if (!error.isEmpty())
        return refuse(failure(Status::Failed, error));
    auto settings = parseSettingsFile(text, &error);
    if (!settings)
        return refuse(
            failure(Status::Failed, QStringLiteral("%1 is damaged: %2").arg(file, error)));
    if (result)
        *result = {};
    return settings;
}

Result TunnelStore::saveSettings(const QString &name, const TunnelSettings &settings)
{
    Result opened;
    const UniqueFd dir = openFor(m_directory, name, &opened);
    if (!dir.isValid())
        return opened;
    QString error = SecureFile::checkPrivateDirectory(dir.get(), m_directory);
    if (!error.isEmpty())
        return failure(Status::Failed, error);
    if (fileType(dir.get(), name + ConfSuffix) != S_IFREG)
        return notFound(name);
    const QString file = name + SettingsSuffix;
    if (settings.isDefault()) {
        if (::unlinkat(dir.get(), QFile::encodeName(file).constData(), 0) != 0 && errno != ENOENT)
            return failure(
                Status::Failed, QStringLiteral("cannot remove %1: %2").arg(file, systemError()));
        ::fsync(dir.get());
        return {};
    }
    if (const int type = fileType(dir.get(), file); type != 0 && type != S_IFREG)
        return failure(Status::Failed,
            type < 0 ? QStringLiteral("cannot inspect %1: %2").arg(file, systemError())
                     : QStringLiteral("%1 is not a regular file; refusing to touch it").arg(file));
    if (error
        = SecureFile::write(dir.get(), file, settings.fileText(), SecureFile::Replace::Allowed);
        !error.isEmpty())
        return failure(Status::Failed, error);
    return {};
}

std::optional<WgQuickConfig> TunnelStore::read(
    const QString &name, bool includeSecrets, Result *result) const
{
    const auto refuse = [&](const Result &why) -> std::optional<WgQuickConfig> {
        if (result)
            *result = why;
        return std::nullopt;
    };
    Result opened;
    const UniqueFd dir = openFor(m_directory, name, &opened);
    if (!dir.isValid())
        return refuse(opened);
    QString error;
    const QString conf = name + ConfSuffix;
    const QString key = name + KeySuffix;
    QByteArray text;
    bool missing = false;
    error = SecureFile::read(dir.get(), conf, Parser::MaxBytes, &text, &missing);
    if (missing)
        return refuse(notFound(name));
    if (!error.isEmpty())
        return refuse(failure(Status::Failed, error));
    // What the helper wrote itself is still parsed, not trusted.
    auto config = parseWgQuick(QString::fromUtf8(text), &error, Parser::Part::Public);
    if (!config)
        return refuse(
            failure(Status::Failed, QStringLiteral("%1 is damaged: %2").arg(conf, error)));
    if (includeSecrets) {
        QByteArray secretBytes;
        error = SecureFile::read(dir.get(), key, Parser::MaxBytes, &secretBytes);
        if (!error.isEmpty())
            return refuse(failure(Status::Failed, error));
        QString secretText = QString::fromUtf8(secretBytes);
        wipe(secretBytes);
        const auto secrets = parseWgQuick(secretText, &error, Parser::Part::Secrets);
        explicit_bzero(secretText.data(), size_t(secretText.size()) * sizeof(QChar));
        if (!secrets)
            return refuse(
                failure(Status::Failed, QStringLiteral("%1 is damaged: %2").arg(key, error)));
        config = withSecrets(std::move(*config), *secrets, &error);
        if (!config)
            return refuse(
                failure(Status::Failed, QStringLiteral("%1 is damaged: %2").arg(key, error)));
    }
    if (result)
        *result = {};
    return config;
}

} // namespace Lifeline::Tunnel
