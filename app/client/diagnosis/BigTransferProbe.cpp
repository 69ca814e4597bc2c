#include "BigTransferProbe.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>

namespace Lifeline::Diagnosis {

namespace {

// Dozens of full-size packets: a black hole cannot let this much through. A bigger
// configured resource is cut off here, so a round never downloads more.
constexpr qint64 Enough = 128 * 1024;

} // namespace

BigTransferProbe::BigTransferProbe(QNetworkAccessManager *manager, const QUrl &url, QObject *parent)
    : QObject(parent)
    , m_manager(manager)
    , m_url(url)
{
}

void BigTransferProbe::start()
{
    QNetworkRequest request(m_url);
    request.setAttribute(
        QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    request.setAttribute(
        QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
    m_reply = m_manager->get(request);
    m_reply->setParent(this);
    connect(m_reply, &QNetworkReply::sslErrors, m_reply,
        [reply = m_reply] { reply->ignoreSslErrors(); });
    connect(m_reply, &QNetworkReply::readyRead, this, &BigTransferProbe::onReadyRead);
    connect(m_reply, &QNetworkReply::finished, this, &BigTransferProbe::onFinished);
}

void BigTransferProbe::onReadyRead()
{
    m_received += m_reply->readAll().size();
    if (m_received >= Enough)
        finish(true);
}

void BigTransferProbe::onFinished()
{
    const QNetworkReply::NetworkError error = m_reply->error();
    // HTTP-level errors (404, 500, ...) are answers that arrived in full; transport
    // errors (reset, timeout, aborted) are not.
    const bool httpAnswer = error == QNetworkReply::NoError
        || (error >= QNetworkReply::ContentAccessDenied
            && error <= QNetworkReply::UnknownContentError)
        || (error >= QNetworkReply::InternalServerError
            && error <= QNetworkReply::UnknownServerError);
    const bool answered = m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).isValid();
    finish(httpAnswer && answered);
}

void BigTransferProbe::finish(bool passed)
{
    if (m_done)
        return;
    m_done = true;
    // Aborting would emit finished() again; it is ignored above.
    m_reply->abort();
    Q_EMIT done(passed);
}

} // namespace Lifeline::Diagnosis
