#include "TcpProbe.h"

#include <QNetworkProxy>
#include <QTcpSocket>

namespace Lifeline::Diagnosis {

TcpProbe::TcpProbe(const QList<TcpTarget> &targets, QObject *parent)
    : QObject(parent)
    , m_targets(targets)
{
}

void TcpProbe::start()
{
    m_pending = int(m_targets.size());
    if (m_pending == 0) {
        m_done = true;
        Q_EMIT done(false);
        return;
    }
    for (const TcpTarget &target : std::as_const(m_targets)) {
        auto *socket = new QTcpSocket(this);
        // The question is whether this family works directly, never through a proxy.
        socket->setProxy(QNetworkProxy::NoProxy);
        connect(socket, &QTcpSocket::connected, this, [this, socket] {
            socket->abort();
            if (!m_done) {
                m_done = true;
                Q_EMIT done(true);
            }
        });
        connect(socket, &QTcpSocket::errorOccurred, this, &TcpProbe::onFailed);
        socket->connectToHost(target.address, target.port);
    }
}

void TcpProbe::onFailed()
{
    if (--m_pending == 0 && !m_done) {
        m_done = true;
        Q_EMIT done(false);
    }
}

} // namespace Lifeline::Diagnosis
