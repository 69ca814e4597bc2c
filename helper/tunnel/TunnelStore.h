// The imported tunnels under <config dir>/tunnels: <name>.conf holds the
// configuration without secrets, <name>.key the PrivateKey and any
// PresharedKeys, both 0600 in the helper's 0700 directory; <name>.settings,
// also 0600, what was chosen for it since (TunnelSettings), absent while
// nothing was. A tunnel exists
// once its .conf does; the .key is written first and removed last, so a
// crash in between never leaves a listed tunnel without its key, only an
// unlisted .key that cleanUp() (or the next save of that name) removes.
//
// The store assumes one writer, the helper, which runs its calls one at a
// time; every file is still opened relative to the directory, without
// following symlinks, so nothing planted there is written through.
#pragma once

#include "TunnelSettings.h"
#include "WgQuickConfig.h"

#include <QString>
#include <QStringList>
#include <QStringView>

#include <optional>

namespace Lifeline::Tunnel {

class TunnelStore {
public:
    enum class Status { Ok, InvalidName, InvalidConfig, NotFound, Exists, Failed };
    struct Result {
        Status status = Status::Ok;
        QString error; // a sentence for the caller; never holds a secret
        bool ok() const { return status == Status::Ok; }
    };

    // `directory` is the tunnels directory itself (ConfigDir prepares it).
    explicit TunnelStore(QString directory);

    // The names of stored tunnels (regular <name>.conf files), sorted.
    QStringList list() const;
    bool exists(const QString &name) const;
    // ImportTunnel's work after authorisation: checks the name, parses the
    // whole wg-quick text (InvalidConfig with the parser's "line N: …") and
    // saves. Nothing is written unless all of it is valid.
    Result import(const QString &name, QStringView wgQuickText);
    // Refuses (Exists) when `name` is taken: replacing is remove + import.
    // Refuses (Failed) when the directory is readable by others, or a
    // symlink or other non-regular file sits at either file's name.
    Result save(const QString &name, const WgQuickConfig &config);
    Result remove(const QString &name);
    // The stored configuration without its secrets; the key file stays closed.
    std::optional<WgQuickConfig> loadPublic(const QString &name, Result *result = nullptr) const;
    // With its secrets, for the helper's own use (bringing a tunnel up).
    std::optional<WgQuickConfig> load(const QString &name, Result *result = nullptr) const;
    // The tunnel's settings; defaults when none were chosen. NotFound when
    // there is no such tunnel, Failed when the file is damaged.
    std::optional<TunnelSettings> loadSettings(const QString &name, Result *result = nullptr) const;
    // Replaces the tunnel's settings atomically (defaults remove the file).
    // NotFound when there is no such tunnel: settings never outlive one.
    Result saveSettings(const QString &name, const TunnelSettings &settings);
    // What a crash mid-save or mid-remove can leave: temporary files and
    // .key and .settings files without their .conf. Removes them and returns their names.
    // For the helper's start, before it serves calls.
    QStringList cleanUp();

private:
    std::optional<WgQuickConfig> read(
        const QString &name, bool includeSecrets, Result *result) const;

    QString m_directory;
};

} // namespace Lifeline::Tunnel
