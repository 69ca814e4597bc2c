#include "ProbeTargetsForm.h"

#include "FormChecks.h"

#include <QUrl>

namespace Lifeline::Windows {

namespace {

using Diagnosis::Family;
using Diagnosis::ProbeTargets;
using Diagnosis::TcpTarget;

// Every item parsed, or the first one's error.
QList<TcpTarget> parseTargets(const QString &text, Family family, QString *error)
{
    QList<TcpTarget> result;
    for (const QString &item : FormChecks::splitList(text)) {
        TcpTarget target;
        QString problem;
        if (!TcpTarget::parse(item, family, &target, &problem)) {
            if (error)
                *error = problem;
            return {};
        }
        result.append(target);
    }
    return result;
}

QString targetsText(const QList<TcpTarget> &targets)
{
    QStringList items;
    for (const TcpTarget &target : targets)
        items.append(target.toString());
    return items.join(QStringLiteral(", "));
}

QString urlText(const QUrl &url)
{
    return url.isEmpty() ? QString() : url.toString();
}

QUrl url(const QString &text)
{
    return QUrl(text.trimmed(), QUrl::StrictMode);
}

} // namespace

ProbeTargetsForm ProbeTargetsForm::from(const ProbeTargets &targets)
{
    ProbeTargetsForm form;
    form.ipv4Tcp = targetsText(targets.ipv4Tcp);
    form.ipv6Tcp = targetsText(targets.ipv6Tcp);
    form.ipv4Http = urlText(targets.ipv4Http);
    form.ipv6Http = urlText(targets.ipv6Http);
    form.expectedStatus = targets.httpExpectedStatus;
    form.expectedBody = QString::fromUtf8(targets.httpExpectedBody);
    form.ipv4BigHttp = urlText(targets.ipv4BigHttp);
    form.ipv6BigHttp = urlText(targets.ipv6BigHttp);
    form.dnsName = targets.dnsName;
    form.timeoutMs = targets.timeoutMs;
    return form;
}

QList<ProbeTargetsForm::Problem> ProbeTargetsForm::problems() const
{
    QList<Problem> result;
    // The diagnosis library's own parsers, so the form takes exactly what it reads back.
    const auto tcp = [&](Field field, const QString &text, Family family) {
        QString error;
        if (!FormChecks::splitList(text).isEmpty() && parseTargets(text, family, &error).isEmpty())
            result.append({ field, error });
    };
    const auto http = [&](Field field, const QString &text, Family family) {
        QString error;
        if (!ProbeTargets::checkUrl(url(text), family, &error))
            result.append({ field, error });
    };
    tcp(Field::Ipv4Tcp, ipv4Tcp, Family::IPv4);
    tcp(Field::Ipv6Tcp, ipv6Tcp, Family::IPv6);
    http(Field::Ipv4Http, ipv4Http, Family::IPv4);
    http(Field::Ipv6Http, ipv6Http, Family::IPv6);
    if (expectedStatus < 100 || expectedStatus > 599)
        result.append({ Field::ExpectedStatus,
            tr("The expected status must be an HTTP status, from 100 to 599.") });
    if (expectedBody.size() > 1024)
        result.append({ Field::ExpectedBody,
            tr("The expected start of the answer can be at most 1024 characters long.") });
    http(Field::Ipv4BigHttp, ipv4BigHttp, Family::IPv4);
    http(Field::Ipv6BigHttp, ipv6BigHttp, Family::IPv6);
    const QString name = dnsName.trimmed();
    if (!name.isEmpty() && (!FormChecks::isHostName(name) || !name.contains(u'.')))
        result.append({ Field::DnsName,
            tr("“%1” is not a host name; use one with both an IPv4 and an IPv6 address, "
               "like example.org.")
                .arg(name) });
    if (timeoutMs < ProbeTargets::MinTimeoutMs || timeoutMs > ProbeTargets::MaxTimeoutMs)
        result.append({ Field::Timeout,
            tr("The time to wait must be from %1 to %2 milliseconds.")
                .arg(ProbeTargets::MinTimeoutMs)
                .arg(ProbeTargets::MaxTimeoutMs) });
    return result;
}

ProbeTargets ProbeTargetsForm::targets() const
{
    ProbeTargets targets;
    targets.ipv4Tcp = parseTargets(ipv4Tcp, Family::IPv4, nullptr);
    targets.ipv6Tcp = parseTargets(ipv6Tcp, Family::IPv6, nullptr);
    targets.ipv4Http = url(ipv4Http);
    targets.ipv6Http = url(ipv6Http);
    targets.httpExpectedStatus = expectedStatus;
    targets.httpExpectedBody = expectedBody.toUtf8();
    targets.ipv4BigHttp = url(ipv4BigHttp);
    targets.ipv6BigHttp = url(ipv6BigHttp);
    targets.dnsName = dnsName.trimmed();
    targets.timeoutMs = timeoutMs;
    return targets;
}

} // namespace Lifeline::Windows
