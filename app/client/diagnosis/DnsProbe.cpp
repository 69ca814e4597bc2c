#include "DnsProbe.h"

#include <QDnsLookup>

namespace Lifeline::Diagnosis {

DnsProbe::DnsProbe(const QString &name, QObject *parent)
    : QObject(parent)
    , m_name(name)
{
}

void DnsProbe::start()
{
    for (const QDnsLookup::Type type : { QDnsLookup::A, QDnsLookup::AAAA }) {
        auto *lookup = new QDnsLookup(type, m_name, this);
        connect(lookup, &QDnsLookup::finished, this, [this, lookup, type] {
            const bool answered
                = lookup->error() == QDnsLookup::NoError && !lookup->hostAddressRecords().isEmpty();
            (type == QDnsLookup::A ? m_answersA : m_answersAAAA) = answered;
            if (--m_pending == 0)
                Q_EMIT done(m_answersA, m_answersAAAA);
        });
        lookup->lookup();
    }
}

} // namespace Lifeline::Diagnosis
