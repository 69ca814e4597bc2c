// The plain connectivity check: one GET of a literal-address URL, redirects never
// followed. The expected status (and opening of the body) passes; any other HTTP
// answer means something on the way answers in the server's place: a captive portal.
#pragma once

#include "Findings.h"

#include <QByteArray>
#include <QObject>
#include <QUrl>

class QNetworkAccessManager;
class QNetworkReply;

namespace Lifeline::Diagnosis {

class HttpCheckProbe : public QObject {
    Q_OBJECT
public:
    HttpCheckProbe(QNetworkAccessManager *manager, const QUrl &url, int expectedStatus,
        const QByteArray &expectedBody, QObject *parent);
    void start();

    // The verdict on a finished reply: pure, so tests can feed it answers.
    static HttpCheck classify(
        int httpStatus, const QByteArray &body, int expectedStatus, const QByteArray &expectedBody);

Q_SIGNALS:
    void done(Lifeline::Diagnosis::HttpCheck result);

private:
    void onFinished();

    QNetworkAccessManager *m_manager;
    QUrl m_url;
    int m_expectedStatus;
    QByteArray m_expectedBody;
    QNetworkReply *m_reply = nullptr;
};

} // namespace Lifeline::Diagnosis
