// wg-quick's format, fed one line at a time (the way wireguard-tools' own
// parser and a fuzzer drive it). Keys are matched case-insensitively against
// a fixed list; anything else, and every hook, is refused with the line named.
//
// Refused beyond what wg-quick refuses, each because it hides a mistake or
// would be silently reinterpreted: PreUp/PostUp/PreDown/PostDown/SaveConfig
// (a root helper never runs commands from a file), unknown keys and
// sections, a key given twice in one section, a second [Interface], no
// [Peer] at all, two peers with one PublicKey or one AllowedIPs prefix,
// Endpoint with an unbracketed IPv6 address, Table names other than main,
// control characters and invalid UTF-8. Every error about a place in the
// text starts with "line N: "; the others say what is missing.
#pragma once

#include "WgQuickConfig.h"

#include <QHash>
#include <QStringView>

namespace Lifeline::Tunnel {

class Parser {
public:
    // What the text is expected to hold.
    enum class Part {
        Whole, // an imported file: PrivateKey required, secrets allowed
        Public, // a stored <name>.conf: no secrets at all
        Secrets, // a stored <name>.key: PrivateKey, PublicKey, PresharedKey only
    };

    // Limits on caller input, far above any real file (a provider's config is
    // a dozen lines; even a hub with hundreds of peers fits), so the helper's
    // memory and time per import stay bounded whatever a caller sends.
    static constexpr int MaxLines = 1000;
    static constexpr int MaxLineLength = 4096;
    static constexpr qsizetype MaxBytes = 64 * 1024;

    explicit Parser(Part part = Part::Whole)
        : m_part(part)
    {
    }

    // One line, without its '\n' (a trailing '\r' is dropped). Returns false
    // once the input has been refused; later lines are then ignored.
    bool feed(QStringView line);
    // The result after the last line, or nothing (see error()).
    std::optional<WgQuickConfig> finish();
    // Why the input was refused: "line N: …", or what is missing.
    QString error() const { return m_error; }

private:
    enum class Section { None, Interface, Peer };
    using Handler = QString (Parser::*)(QStringView value);
    // Secrets live only in imported files and key files; a key file holds
    // nothing else but the PublicKey that says which peer a secret is for.
    enum class Kind { Plain, Secret, PeerIdentity };
    struct KeyInfo {
        QString name; // as wg-quick spells it
        Section section;
        Handler handler;
        bool repeatable;
        Kind kind;
    };

    bool fail(const QString &text);
    bool enterSection(QStringView header);
    bool assign(QStringView key, QStringView value);
    bool allowed(const KeyInfo &info) const;
    QString checkKeyReuse() const;
    bool carriesIPv6() const;
    static const QList<KeyInfo> &keys();

    QString setPrivateKey(QStringView value);
    QString addAddress(QStringView value);
    QString addDns(QStringView value);
    QString setMtu(QStringView value);
    QString setListenPort(QStringView value);
    QString setFwMark(QStringView value);
    QString setTable(QStringView value);
    QString setPublicKey(QStringView value);
    QString setPresharedKey(QStringView value);
    QString setEndpoint(QStringView value);
    QString addAllowedIps(QStringView value);
    QString setKeepalive(QStringView value);

    Part m_part;
    WgQuickConfig m_config;
    Section m_section = Section::None;
    int m_line = 0;
    int m_interfaceLine = 0;
    int m_mtuLine = 0;
    QList<int> m_peerLines;
    QHash<QString, int> m_keyLines; // key (lower case) → line, within this section
    QHash<QByteArray, int> m_publicKeyLines; // peer key → line of its PublicKey
    struct Owner {
        qsizetype peer;
        int line;
    };
    QHash<QString, Owner> m_allowedIpOwners; // AllowedIPs prefix text → where first given
    QString m_error;
};

// Feeds `text` line by line. Refuses more than Parser::MaxBytes up front.
std::optional<WgQuickConfig> parseWgQuick(
    QStringView text, QString *error, Parser::Part part = Parser::Part::Whole);

} // namespace Lifeline::Tunnel
