#include "ProbeTargets.h"

#include "DnsMessage.h"
#include "SharedSettings.h"

#include <QCoreApplication>
#include <QSettings>

namespace Lifeline::Diagnosis {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Lifeline::Diagnosis", text);
}

const QString Group = QStringLiteral("probes");
const QString KeyIPv4Tcp = QStringLiteral("ipv4-tcp");
const QString KeyIPv6Tcp = QStringLiteral("ipv6-tcp");
const QString KeyIPv4Http = QStringLiteral("ipv4-http");
const QString KeyIPv6Http = QStringLiteral("ipv6-http");
const QString KeyStatus = QStringLiteral("http-expected-status");
const QString KeyBody = QStringLiteral("http-expected-body");
const QString KeyIPv4Big = QStringLiteral("ipv4-big-http");
const QString KeyIPv6Big = QStringLiteral("ipv6-big-http");
const QString KeyDnsName = QStringLiteral("dns-name");
const QString KeyTimeout = QStringLiteral("timeout-ms");

QString familyName(Family family)
{
    return family == Family::IPv4 ? QStringLiteral("IPv4") : QStringLiteral("IPv6");
}

bool isFamily(const QHostAddress &address, Family family)
{
    return address.protocol()
        == (family == Family::IPv4 ? QAbstractSocket::IPv4Protocol : QAbstractSocket::IPv6Protocol);
}

QList<TcpTarget> readTcp(const QSettings &settings, const QString &key, Family family,
    const QList<TcpTarget> &fallback, QStringList *errors)
{
    if (!settings.contains(key))
        return fallback;
    QList<TcpTarget> targets;
    for (const QString &entry : settings.value(key).toStringList()) {
        if (entry.trimmed().isEmpty())
            continue;
        TcpTarget target;
        QString error;
        if (TcpTarget::parse(entry, family, &target, &error))
            targets.append(target);
        else if (errors)
            errors->append(QStringLiteral("%1: %2").arg(key, error));
    }
    return targets;
}

QUrl readUrl(const QSettings &settings, const QString &key, Family family, const QUrl &fallback,
    QStringList *errors)
{
    if (!settings.contains(key))
        return fallback;
    const QString text = settings.value(key).toString().trimmed();
    if (text.isEmpty())
        return {};
    const QUrl url(text, QUrl::StrictMode);
    QString error;
    if (ProbeTargets::checkUrl(url, family, &error))
        return url;
    if (errors)
        errors->append(QStringLiteral("%1: %2").arg(key, error));
    return {};
}

// Empty turns the DNS probe off; anything else must be a host name. A wrong
// one turns it off too: no fallback to a public name (as for the URLs).
QString readDnsName(const QSettings &settings, const QString &fallback, QStringList *errors)
{
    if (!settings.contains(KeyDnsName))
        return fallback;
    const QString name = settings.value(KeyDnsName).toString().trimmed();
    if (name.isEmpty() || !Dns::wireName(name).isEmpty())
        return name;
    if (errors)
        errors->append(
            QStringLiteral("%1: %2").arg(KeyDnsName, tr("\"%1\" is not a host name").arg(name)));
    return {};
}

int readInt(const QSettings &settings, const QString &key, int low, int high, int fallback,
    QStringList *errors)
{
    if (!settings.contains(key))
        return fallback;
    bool ok = false;
    const int value = settings.value(key).toString().trimmed().toInt(&ok);
    if (ok && value >= low && value <= high)
        return value;
    if (errors)
        errors->append(QStringLiteral("%1: %2").arg(key,
            tr("\"%1\" is not a number from %2 to %3")
                .arg(settings.value(key).toString())
                .arg(low)
                .arg(high)));
    return fallback;
}

QStringList toStrings(const QList<TcpTarget> &targets)
{
    QStringList strings;
    for (const TcpTarget &target : targets)
        strings.append(target.toString());
    return strings;
}

} // namespace

// Member functions name their context as lupdate files their strings (the class),
// not the namespace's tr() above, or the translations would never be found.
bool TcpTarget::parse(const QString &text, Family family, TcpTarget *target, QString *error)
{
    const QString trimmed = text.trimmed();
    QString host = trimmed;
    QString port;
    bool hasPort = false;
    if (trimmed.startsWith(QLatin1Char('['))) {
        const qsizetype close = trimmed.indexOf(QLatin1Char(']'));
        if (close < 0) {
            *error = QCoreApplication::translate("Lifeline::Diagnosis::TcpTarget", "\"%1\" has no closing \"]\"").arg(trimmed);
            return false;
        }
        host = trimmed.mid(1, close - 1);
        const QString rest = trimmed.mid(close + 1);
        if (!rest.isEmpty()) {
            if (!rest.startsWith(QLatin1Char(':'))) {
                *error = QCoreApplication::translate("Lifeline::Diagnosis::TcpTarget", "\"%1\" has something other than \":PORT\" after \"]\"").arg(trimmed);
                return false;
            }
            port = rest.mid(1);
            hasPort = true;
        }
    } else if (trimmed.count(QLatin1Char(':')) == 1) {
        host = trimmed.section(QLatin1Char(':'), 0, 0);
        port = trimmed.section(QLatin1Char(':'), 1);
        hasPort = true;
    }
    QHostAddress address;
    if (!address.setAddress(host) || !address.scopeId().isEmpty()) {
        *error = QCoreApplication::translate("Lifeline::Diagnosis::TcpTarget", "\"%1\" is not a literal IP address (host names are not used here, so "
                    "DNS trouble cannot hide a broken family)")
                     .arg(trimmed);
        return false;
    }
    if (!isFamily(address, family)) {
        *error = QCoreApplication::translate("Lifeline::Diagnosis::TcpTarget", "\"%1\" is not an %2 address").arg(trimmed, familyName(family));
        return false;
    }
    TcpTarget parsed { address, 443 };
    if (hasPort) {
        bool ok = false;
        const uint number = port.toUInt(&ok);
        if (!ok || number == 0 || number > 65535) {
            *error = QCoreApplication::translate("Lifeline::Diagnosis::TcpTarget", "\"%1\" has no valid port (1-65535)").arg(trimmed);
            return false;
        }
        parsed.port = quint16(number);
    }
    *target = parsed;
    return true;
}

QString TcpTarget::toString() const
{
    if (address.protocol() == QAbstractSocket::IPv6Protocol)
        return QStringLiteral("[%1]:%2").arg(address.toString()).arg(port);
    return QStringLiteral("%1:%2").arg(address.toString()).arg(port);
}

bool ProbeTargets::checkUrl(const QUrl &url, Family family, QString *error)
{
    if (url.isEmpty())
        return true;
    if (!url.isValid()
        || (url.scheme() != QLatin1String("http") && url.scheme() != QLatin1String("https"))) {
        *error = QCoreApplication::translate("Lifeline::Diagnosis::ProbeTargets", "\"%1\" is not an http:// or https:// URL").arg(url.toString());
        return false;
    }
    const QHostAddress address(url.host());
    if (address.isNull()) {
        *error = QCoreApplication::translate("Lifeline::Diagnosis::ProbeTargets", "\"%1\" does not name its server by literal IP address").arg(url.toString());
        return false;
    }
    if (!isFamily(address, family)) {
        *error = QCoreApplication::translate("Lifeline::Diagnosis::ProbeTargets", "\"%1\" is not an %2 address").arg(url.toString(), familyName(family));
        return false;
    }
    return true;
}

// Well-known anycast services that answer on literal addresses. For real desktops
// only: tests and the demo always write lab targets into the settings.
ProbeTargets ProbeTargets::defaults()
{
    ProbeTargets targets;
    const auto tcp = [](const char *address) {
        return TcpTarget { QHostAddress(QString::fromLatin1(address)), 443 };
    };
    targets.ipv4Tcp = { tcp("1.1.1.1"), tcp("8.8.8.8"), tcp("9.9.9.9") };
    targets.ipv6Tcp
        = { tcp("2606:4700:4700::1111"), tcp("2001:4860:4860::8888"), tcp("2620:fe::fe") };
    // Cloudflare answers /cdn-cgi/trace on its resolver addresses over plain HTTP with a
    // 200 whose body starts "fl="; a portal answers with a redirect or its own page.
    targets.ipv4Http = QUrl(QStringLiteral("http://1.1.1.1/cdn-cgi/trace"));
    targets.ipv6Http = QUrl(QStringLiteral("http://[2606:4700:4700::1111]/cdn-cgi/trace"));
    targets.httpExpectedStatus = 200;
    targets.httpExpectedBody = QByteArrayLiteral("fl=");
    // Its HTTPS handshake alone (certificate chain, valid for the literal address) is
    // several full-size packets: enough to meet a path-MTU black hole.
    targets.ipv4BigHttp = QUrl(QStringLiteral("https://1.1.1.1/"));
    targets.ipv6BigHttp = QUrl(QStringLiteral("https://[2606:4700:4700::1111]/"));
    targets.dnsName = QStringLiteral("one.one.one.one");
    return targets;
}

ProbeTargets ProbeTargets::fromSettings(QSettings &settings, QStringList *errors)
{
    const ProbeTargets fallback = defaults();
    ProbeTargets targets;
    settings.beginGroup(Group);
    targets.ipv4Tcp = readTcp(settings, KeyIPv4Tcp, Family::IPv4, fallback.ipv4Tcp, errors);
    targets.ipv6Tcp = readTcp(settings, KeyIPv6Tcp, Family::IPv6, fallback.ipv6Tcp, errors);
    targets.ipv4Http = readUrl(settings, KeyIPv4Http, Family::IPv4, fallback.ipv4Http, errors);
    targets.ipv6Http = readUrl(settings, KeyIPv6Http, Family::IPv6, fallback.ipv6Http, errors);
    targets.httpExpectedStatus
        = readInt(settings, KeyStatus, 100, 599, fallback.httpExpectedStatus, errors);
    targets.httpExpectedBody = settings.contains(KeyBody)
        ? settings.value(KeyBody).toString().toUtf8()
        : fallback.httpExpectedBody;
    targets.ipv4BigHttp = readUrl(settings, KeyIPv4Big, Family::IPv4, fallback.ipv4BigHttp, errors);
    targets.ipv6BigHttp = readUrl(settings, KeyIPv6Big, Family::IPv6, fallback.ipv6BigHttp, errors);
    targets.dnsName = readDnsName(settings, fallback.dnsName, errors);
    targets.timeoutMs
        = readInt(settings, KeyTimeout, MinTimeoutMs, MaxTimeoutMs, fallback.timeoutMs, errors);
    settings.endGroup();
    return targets;
}

ProbeTargets ProbeTargets::fromSettings(QStringList *errors)
{
    QSettings settings(sharedSettingsPath(), QSettings::IniFormat);
    return fromSettings(settings, errors);
}

void ProbeTargets::save(QSettings &settings) const
{
    settings.beginGroup(Group);
    settings.setValue(KeyIPv4Tcp, toStrings(ipv4Tcp));
    settings.setValue(KeyIPv6Tcp, toStrings(ipv6Tcp));
    settings.setValue(KeyIPv4Http, ipv4Http.toString());
    settings.setValue(KeyIPv6Http, ipv6Http.toString());
    settings.setValue(KeyStatus, httpExpectedStatus);
    settings.setValue(KeyBody, QString::fromUtf8(httpExpectedBody));
    settings.setValue(KeyIPv4Big, ipv4BigHttp.toString());
    settings.setValue(KeyIPv6Big, ipv6BigHttp.toString());
    settings.setValue(KeyDnsName, dnsName);
    settings.setValue(KeyTimeout, timeoutMs);
    settings.endGroup();
}

void ProbeTargets::save() const
{
    QSettings settings(sharedSettingsPath(), QSettings::IniFormat);
    save(settings);
}

} // namespace Lifeline::Diagnosis
