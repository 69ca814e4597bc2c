// A and AAAA queries for one name through the system's resolver configuration
// (QDnsLookup reads resolv.conf, as the resolver library does), at once.
#pragma once

#include <QObject>
#include <QString>

namespace Lifeline::Diagnosis {

class DnsProbe : public QObject {
    Q_OBJECT
public:
    DnsProbe(const QString &name, QObject *parent);
    void start();
    // So far: a round that ends before both answered keeps what did arrive.
    bool answersA() const { return m_answersA; }
    bool answersAAAA() const { return m_answersAAAA; }

Q_SIGNALS:
    // Once each query has answered (records present) or failed.
    void done(bool answersA, bool answersAAAA);

private:
    QString m_name;
    int m_pending = 2;
    bool m_answersA = false;
    bool m_answersAAAA = false;
};

} // namespace Lifeline::Diagnosis
