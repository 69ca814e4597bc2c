// The MTU black-hole check: fetch something bigger than one packet from a
// literal-address URL. It passes when the transfer completes (any HTTP status:
// the question is whether full-size packets arrive, not what they say), or once
// enough has arrived to prove it. TLS errors are ignored for the same reason.
#pragma once

#include <QObject>
#include <QUrl>

class QNetworkAccessManager;
class QNetworkReply;

namespace Lifeline::Diagnosis {

class BigTransferProbe : public QObject {
    Q_OBJECT
public:
    BigTransferProbe(QNetworkAccessManager *manager, const QUrl &url, QObject *parent);
    void start();

Q_SIGNALS:
    void done(bool passed);

private:
    void onReadyRead();
    void onFinished();
    void finish(bool passed);

    QNetworkAccessManager *m_manager;
    QUrl m_url;
    QNetworkReply *m_reply = nullptr;
    qint64 m_received = 0;
    bool m_done = false;
};

} // namespace Lifeline::Diagnosis
