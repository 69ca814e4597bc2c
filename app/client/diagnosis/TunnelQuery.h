// Which backup connection is up and which families it carries, asked of the
// helper with read-only calls (ListTunnels, GetTunnel; no authorisation). The
// configured backup (settings "backup/tunnel") wins when it is up; otherwise the
// first tunnel that is up. No helper on the bus simply means no tunnel: the
// helper is never started just to be asked.
#pragma once

#include "Findings.h"

#include <QDBusConnection>
#include <QObject>
#include <QVariantMap>

namespace Lifeline::Diagnosis {

class TunnelQuery : public QObject {
    Q_OBJECT
public:
    TunnelQuery(const QDBusConnection &bus, const QString &backupName, QObject *parent);
    void start();

    // Pure: picks the tunnel from GetTunnel answers (name → status), in ListTunnels order.
    static TunnelFindings choose(
        const QString &backupName, const QStringList &names, const QList<QVariantMap> &statuses);

Q_SIGNALS:
    void done(const Lifeline::Diagnosis::TunnelFindings &tunnel);

private:
    void list();
    void onListed(const QStringList &names);
    void finish();

    QDBusConnection m_bus;
    QString m_backupName;
    QStringList m_names;
    QList<QVariantMap> m_statuses;
    qsizetype m_pending = 0;
};

} // namespace Lifeline::Diagnosis
