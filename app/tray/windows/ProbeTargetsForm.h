// The probe targets as the settings window shows them (text fields), checked,
// and turned back into Diagnosis::ProbeTargets. No widgets here.
#pragma once

#include "diagnosis/ProbeTargets.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace Lifeline::Windows {

struct ProbeTargetsForm {
    Q_DECLARE_TR_FUNCTIONS(ProbeTargetsForm)
public:
    enum class Field {
        Ipv4Tcp, Ipv6Tcp, Ipv4Http, Ipv6Http, ExpectedStatus, ExpectedBody,
        Ipv4BigHttp, Ipv6BigHttp, DnsName, Timeout,
    };
    struct Problem {
        Field field;
        QString message;
    };

    // Empty fields switch that probe off, as in the settings file.
    QString ipv4Tcp; // "192.0.2.1:443, 198.51.100.1:53"; the port defaults to 443
    QString ipv6Tcp; // "[2001:db8::1]:443"
    QString ipv4Http;
    QString ipv6Http;
    int expectedStatus = 204;
    QString expectedBody;
    QString ipv4BigHttp;
    QString ipv6BigHttp;
    QString dnsName;
    int timeoutMs = 2500;

    static ProbeTargetsForm from(const Diagnosis::ProbeTargets &targets);
    QList<Problem> problems() const;
    // What the form says; meaningful when problems() is empty.
    Diagnosis::ProbeTargets targets() const;
};

} // namespace Lifeline::Windows
