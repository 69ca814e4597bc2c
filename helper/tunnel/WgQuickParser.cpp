#include "WgQuickParser.h"

#include "WgQuickFields.h"

#include <algorithm>

namespace Lifeline::Tunnel {
namespace {

// Key names are echoed only when they look like one: a line holding a bare
// base64 key before its '=' must not end up in an error message.
bool isIdentifier(QStringView text)
{
    if (text.isEmpty() || text.size() > 32)
        return false;
    for (const QChar c : text) {
        if (!((c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z')))
            return false;
    }
    return true;
}

bool hasControlCharacter(QStringView text)
{
    for (const QChar c : text) {
        if ((c < u' ' && c != u'\t') || c == QChar(0x7f))
            return true;
    }
    return false;
}

// QString::fromUtf8 turns every invalid byte sequence into U+FFFD.
bool hasReplacementCharacter(QStringView text)
{
    return text.contains(QChar::ReplacementCharacter);
}

QString sectionName(bool interface)
{
    return interface ? QStringLiteral("[Interface]") : QStringLiteral("[Peer]");
}

} // namespace

const QList<Parser::KeyInfo> &Parser::keys()
{
    static const QList<KeyInfo> table {
        { QStringLiteral("PrivateKey"), Section::Interface, &Parser::setPrivateKey, false,
            Kind::Secret },
        { QStringLiteral("Address"), Section::Interface, &Parser::addAddress, true, Kind::Plain },
        { QStringLiteral("DNS"), Section::Interface, &Parser::addDns, true, Kind::Plain },
        { QStringLiteral("MTU"), Section::Interface, &Parser::setMtu, false, Kind::Plain },
        { QStringLiteral("ListenPort"), Section::Interface, &Parser::setListenPort, false,
            Kind::Plain },
        { QStringLiteral("FwMark"), Section::Interface, &Parser::setFwMark, false, Kind::Plain },
        { QStringLiteral("Table"), Section::Interface, &Parser::setTable, false, Kind::Plain },
        { QStringLiteral("PublicKey"), Section::Peer, &Parser::setPublicKey, false,
            Kind::PeerIdentity },
        { QStringLiteral("PresharedKey"), Section::Peer, &Parser::setPresharedKey, false,
            Kind::Secret },
        { QStringLiteral("Endpoint"), Section::Peer, &Parser::setEndpoint, false, Kind::Plain },
        { QStringLiteral("AllowedIPs"), Section::Peer, &Parser::addAllowedIps, true, Kind::Plain },
        { QStringLiteral("PersistentKeepalive"), Section::Peer, &Parser::setKeepalive, false,
            Kind::Plain },
    };
    return table;
}

bool Parser::fail(const QString &text)
{
    m_error = text;
    return false;
}

bool Parser::feed(QStringView line)
{
    if (!m_error.isEmpty())
        return false;
    ++m_line;
    if (m_line > MaxLines)
        return fail(QStringLiteral("line %1: the configuration is longer than %2 lines")
                        .arg(m_line)
                        .arg(MaxLines));
    if (line.endsWith(u'\r'))
        line.chop(1);
    if (line.size() > MaxLineLength)
        return fail(QStringLiteral("line %1: the line is longer than %2 characters")
                        .arg(m_line)
                        .arg(MaxLineLength));
    // Checked before comments are cut off: a NUL byte or a stray control
    // character anywhere means the file is not a text configuration at all.
    if (hasControlCharacter(line))
        return fail(
            QStringLiteral("line %1: contains a control character or NUL byte; this is not a "
                           "text configuration")
                .arg(m_line));
    // Like wg-quick, only '#' starts a comment.
    if (const qsizetype hash = line.indexOf(u'#'); hash >= 0)
        line.truncate(hash);
    // Comments may be in any encoding; keys and values must be text.
    if (hasReplacementCharacter(line))
        return fail(QStringLiteral("line %1: the text is not valid UTF-8").arg(m_line));
    line = line.trimmed();
    if (line.isEmpty())
        return true;
    if (line.startsWith(u'['))
        return enterSection(line);
    const qsizetype equals = line.indexOf(u'=');
    if (equals < 0)
        return fail(QStringLiteral("line %1: expected \"Key = value\" or a section header "
                                   "such as [Peer]")
                        .arg(m_line));
    const QStringView key = line.left(equals).trimmed();
    if (key.isEmpty())
        return fail(QStringLiteral("line %1: a value without a key").arg(m_line));
    return assign(key, line.mid(equals + 1).trimmed());
}

bool Parser::enterSection(QStringView header)
{
    if (!header.endsWith(u']'))
        return fail(QStringLiteral("line %1: a section header must look like [Interface] or [Peer]")
                        .arg(m_line));
    const QStringView name = header.mid(1, header.size() - 2).trimmed();
    m_keyLines.clear();
    if (name.compare(u"Interface", Qt::CaseInsensitive) == 0) {
        if (m_interfaceLine != 0)
            return fail(
                QStringLiteral("line %1: a second [Interface] section (the first is on line %2)")
                    .arg(m_line)
                    .arg(m_interfaceLine));
        m_section = Section::Interface;
        m_interfaceLine = m_line;
        return true;
    }
    if (name.compare(u"Peer", Qt::CaseInsensitive) == 0) {
        m_section = Section::Peer;
        m_config.peers.append(Peer());
        m_peerLines.append(m_line);
        return true;
    }
    return fail(QStringLiteral("line %1: unknown section [%2]; only [Interface] and [Peer] exist")
                    .arg(m_line)
                    .arg(isIdentifier(name) ? name.toString() : QStringLiteral("…")));
}

bool Parser::allowed(const KeyInfo &info) const
{
    switch (m_part) {
    case Part::Whole:
        return true;
    case Part::Public:
        return info.kind != Kind::Secret;
    case Part::Secrets:
        return info.kind != Kind::Plain;
    }
    return false;
}

bool Parser::assign(QStringView key, QStringView value)
{
    static const QStringList hooks { QStringLiteral("PreUp"), QStringLiteral("PostUp"),
        QStringLiteral("PreDown"), QStringLiteral("PostDown") };
    for (const QString &hook : hooks) {
        if (key.compare(hook, Qt::CaseInsensitive) == 0)
            return fail(
                QStringLiteral("line %1: %2 is refused: lifeline-helper never runs commands "
                               "from a configuration")
                    .arg(m_line)
                    .arg(hook));
    }
    if (key.compare(u"SaveConfig", Qt::CaseInsensitive) == 0)
        return fail(QStringLiteral("line %1: SaveConfig is refused: lifeline-helper keeps the "
                                   "configuration as imported and never writes it back")
                        .arg(m_line));

    const auto &table = keys();
    const auto info = std::find_if(table.begin(), table.end(), [key](const KeyInfo &candidate) {
        return key.compare(candidate.name, Qt::CaseInsensitive) == 0;
    });
    if (info == table.end())
        return fail(isIdentifier(key)
                ? QStringLiteral("line %1: unknown key \"%2\"").arg(m_line).arg(key)
                : QStringLiteral("line %1: unknown key").arg(m_line));
    if (m_section == Section::None)
        return fail(QStringLiteral("line %1: %2 comes before any [Interface] or [Peer] section")
                        .arg(m_line)
                        .arg(info->name));
    if (info->section != m_section)
        return fail(QStringLiteral("line %1: %2 belongs in %3, not in %4")
                        .arg(m_line)
                        .arg(info->name, sectionName(info->section == Section::Interface),
                            sectionName(m_section == Section::Interface)));
    if (!allowed(*info))
        return fail(m_part == Part::Public
                ? QStringLiteral("line %1: %2 is a secret and has no place in a public "
                                 "configuration")
                      .arg(m_line)
                      .arg(info->name)
                : QStringLiteral("line %1: %2 has no place in a key file")
                      .arg(m_line)
                      .arg(info->name));
    if (!info->repeatable) {
        const QString folded = info->name.toLower();
        if (const int first = m_keyLines.value(folded); first != 0)
            return fail(
                QStringLiteral("line %1: %2 is given twice in this section (first on line %3)")
                    .arg(m_line)
                    .arg(info->name)
                    .arg(first));
        m_keyLines.insert(folded, m_line);
    }
    if (const QString error = (this->*(info->handler))(value); !error.isEmpty())
        return fail(QStringLiteral("line %1: %2").arg(m_line).arg(error));
    return true;
}

QString Parser::setPrivateKey(QStringView value)
{
    m_config.interface.fields |= Interface::HasPrivateKey;
    return Fields::key(u"PrivateKey", value, &m_config.interface.privateKey);
}

QString Parser::addAddress(QStringView value)
{
    return Fields::prefixList(u"Address", value, false, &m_config.interface.addresses);
}

QString Parser::addDns(QStringView value)
{
    return Fields::dns(value, &m_config.interface.dnsServers, &m_config.interface.dnsSearch);
}

QString Parser::setMtu(QStringView value)
{
    m_config.interface.fields |= Interface::HasMtu;
    m_mtuLine = m_line;
    return Fields::mtu(value, &m_config.interface.mtu);
}

QString Parser::setListenPort(QStringView value)
{
    m_config.interface.fields |= Interface::HasListenPort;
    return Fields::listenPort(value, &m_config.interface.listenPort);
}

QString Parser::setFwMark(QStringView value)
{
    m_config.interface.fields |= Interface::HasFwMark;
    return Fields::fwMark(value, &m_config.interface.fwMark);
}

QString Parser::setTable(QStringView value)
{
    m_config.interface.fields |= Interface::HasTable;
    return Fields::table(value, &m_config.interface.table, &m_config.interface.tableNumber);
}

QString Parser::setPublicKey(QStringView value)
{
    Peer &peer = m_config.peers.last();
    peer.fields |= Peer::HasPublicKey;
    if (QString error = Fields::key(u"PublicKey", value, &peer.publicKey); !error.isEmpty())
        return error;
    // wg(8) would merge two sections with one key into one peer, silently
    // dropping half of what the file says.
    if (const int other = m_publicKeyLines.value(peer.publicKey); other != 0)
        return QStringLiteral("duplicate peer: this PublicKey was already given on line %1")
            .arg(other);
    m_publicKeyLines.insert(peer.publicKey, m_line);
    return {};
}

QString Parser::setPresharedKey(QStringView value)
{
    m_config.peers.last().fields |= Peer::HasPresharedKey;
    return Fields::key(u"PresharedKey", value, &m_config.peers.last().presharedKey);
}

QString Parser::setEndpoint(QStringView value)
{
    m_config.peers.last().fields |= Peer::HasEndpoint;
    return Fields::endpoint(value, &m_config.peers.last().endpoint);
}

QString Parser::addAllowedIps(QStringView value)
{
    QList<Net::Prefix> added;
    if (QString error = Fields::prefixList(u"AllowedIPs", value, true, &added); !error.isEmpty())
        return error;
    // The same prefix twice for one peer means nothing more; keep it once.
    // For two peers wg(8) would silently move the route to the later one.
    const qsizetype peerIndex = m_config.peers.size() - 1;
    QList<Net::Prefix> &allowed = m_config.peers.last().allowedIps;
    for (const Net::Prefix &prefix : added) {
        const QString text = prefix.text();
        const auto owner = m_allowedIpOwners.constFind(text);
        if (owner != m_allowedIpOwners.cend() && owner->peer != peerIndex)
            return QStringLiteral("AllowedIPs %1 already belongs to another [Peer] (line %2)")
                .arg(text)
                .arg(owner->line);
        if (owner == m_allowedIpOwners.cend()) {
            m_allowedIpOwners.insert(text, { peerIndex, m_line });
            allowed << prefix;
        }
    }
    return {};
}

QString Parser::setKeepalive(QStringView value)
{
    m_config.peers.last().fields |= Peer::HasKeepalive;
    return Fields::persistentKeepalive(value, &m_config.peers.last().persistentKeepalive);
}

std::optional<WgQuickConfig> Parser::finish()
{
    const auto refuse = [this](const QString &why) -> std::optional<WgQuickConfig> {
        fail(why);
        return std::nullopt;
    };
    if (!m_error.isEmpty())
        return std::nullopt;
    const Interface &interface = m_config.interface;
    if (m_interfaceLine == 0)
        return refuse(QStringLiteral("the configuration has no [Interface] section"));
    if (m_part != Part::Public && !(interface.fields & Interface::HasPrivateKey))
        return refuse(QStringLiteral("line %1: this [Interface] section has no PrivateKey")
                          .arg(m_interfaceLine));
    // wg-quick accepts an interface without peers, but such a tunnel carries
    // nothing; refusing it tells the user at import that the file is not
    // what the provider meant to send.
    if (m_part != Part::Secrets && m_config.peers.isEmpty())
        return refuse(QStringLiteral("the configuration has no [Peer] section; a tunnel needs at "
                                     "least one peer"));
    for (qsizetype i = 0; i < m_config.peers.size(); ++i) {
        if (!(m_config.peers.at(i).fields & Peer::HasPublicKey))
            return refuse(QStringLiteral("line %1: this [Peer] section has no PublicKey")
                              .arg(m_peerLines.at(i)));
    }
    if (QString error = checkKeyReuse(); !error.isEmpty())
        return refuse(error);
    if ((interface.fields & Interface::HasMtu) && interface.mtu < Fields::MinIPv6Mtu
        && carriesIPv6())
        return refuse(
            QStringLiteral("line %1: MTU %2 is below %3, the smallest IPv6 allows, and this "
                           "tunnel carries IPv6")
                .arg(m_mtuLine)
                .arg(interface.mtu)
                .arg(Fields::MinIPv6Mtu));
    return m_config;
}

QString Parser::checkKeyReuse() const
{
    // A PublicKey is stored and shown as public; a secret pasted there by
    // mistake would leak into <name>.conf. (Checked at the end: sections may
    // come in any order.)
    for (const Peer &peer : m_config.peers) {
        const int line = m_publicKeyLines.value(peer.publicKey);
        if ((m_config.interface.fields & Interface::HasPrivateKey)
            && peer.publicKey == m_config.interface.privateKey)
            return QStringLiteral(
                "line %1: this PublicKey is the PrivateKey of [Interface]; a peer's "
                "public key is never a private key")
                .arg(line);
        for (const Peer &other : m_config.peers) {
            if ((other.fields & Peer::HasPresharedKey) && peer.publicKey == other.presharedKey)
                return QStringLiteral(
                    "line %1: this PublicKey is also a PresharedKey; a secret key must "
                    "not be used as a public one")
                    .arg(line);
        }
    }
    return {};
}

bool Parser::carriesIPv6() const
{
    const auto isIPv6 = [](const Net::Prefix &p) { return p.family == Net::Family::IPv6; };
    if (std::any_of(
            m_config.interface.addresses.begin(), m_config.interface.addresses.end(), isIPv6))
        return true;
    return std::any_of(m_config.peers.begin(), m_config.peers.end(), [&](const Peer &peer) {
        return std::any_of(peer.allowedIps.begin(), peer.allowedIps.end(), isIPv6);
    });
}

std::optional<WgQuickConfig> parseWgQuick(QStringView text, QString *error, Parser::Part part)
{
    Parser parser(part);
    const auto refuse = [&](const QString &why) -> std::optional<WgQuickConfig> {
        if (error)
            *error = why;
        return std::nullopt;
    };
    if (text.size() > Parser::MaxBytes)
        return refuse(QStringLiteral("the configuration is larger than %1 KiB (%2 characters)")
                          .arg(Parser::MaxBytes / 1024)
                          .arg(text.size()));
    qsizetype start = 0;
    while (start < text.size()) {
        qsizetype end = text.indexOf(u'\n', start);
        if (end < 0)
            end = text.size();
        if (!parser.feed(text.mid(start, end - start)))
            break;
        start = end + 1;
    }
    auto config = parser.finish();
    if (!config)
        return refuse(parser.error());
    return config;
}

} // namespace Lifeline::Tunnel
