#include "HttpCheckProbe.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>

namespace Lifeline::Diagnosis {

namespace {

// A connectivity answer is tiny; a portal's page need not be read to the end.
constexpr qint64 MaxBody = 64 * 1024;

} // namespace

HttpCheckProbe::HttpCheckProbe(QNetworkAccessManager *manager, const QUrl &url, int expectedStatus,
    const QByteArray &expectedBody, QObject *parent)
    : QObject(parent)
    , m_manager(manager)
    , m_url(url)
    , m_expectedStatus(expectedStatus)
    , m_expectedBody(expectedBody)
{
}

void HttpCheckProbe::start()
{
    QNetworkRequest request(m_url);
    request.setAttribute(
        QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    request.setAttribute(
        QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
    request.setMaximumRedirectsAllowed(0);
    m_reply = m_manager->get(request);
    m_reply->setParent(this);
    m_reply->setReadBufferSize(MaxBody);
    connect(m_reply, &QNetworkReply::finished, this, &HttpCheckProbe::onFinished);
}

HttpCheck HttpCheckProbe::classify(
    int httpStatus, const QByteArray &body, int expectedStatus, const QByteArray &expectedBody)
{
    if (httpStatus <= 0)
        return HttpCheck::Failed;
    if (httpStatus == expectedStatus && body.startsWith(expectedBody))
        return HttpCheck::Passed;
    return HttpCheck::Portal;
}

void HttpCheckProbe::onFinished()
{
    const QVariant status = m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
    // No status: no HTTP answer at all (refused, reset, unreachable, aborted).
    const int httpStatus = status.isValid() ? status.toInt() : 0;
    const QByteArray body = m_reply->read(MaxBody);
    Q_EMIT done(classify(httpStatus, body, m_expectedStatus, m_expectedBody));
}

} // namespace Lifeline::Diagnosis
