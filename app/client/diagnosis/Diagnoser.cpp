#include "Diagnoser.h"

#include "Prober.h"

#include <QNetworkInformation>

#include <utility>

namespace Lifeline::Diagnosis {

namespace {

// A cable plugged in or a Wi-Fi roam brings several changes within a second.
constexpr int SettleMs = 1000;

} // namespace

Diagnoser::Diagnoser(Prober *prober, ProbeTargets targets, QObject *parent)
    : QObject(parent)
    , m_prober(prober)
    , m_targets(std::move(targets))
{
    m_prober->setParent(this);
    m_report.sentence = sentence(Verdict::Checking, m_report.findings);
    m_timer.setSingleShot(true);
    m_settle.setSingleShot(true);
    m_settle.setInterval(SettleMs);
    connect(&m_timer, &QTimer::timeout, this, &Diagnoser::checkNow);
    connect(&m_settle, &QTimer::timeout, this, &Diagnoser::checkNow);
    connect(m_prober, &Prober::finished, this, &Diagnoser::onFinished);
}

void Diagnoser::setTargets(const ProbeTargets &targets)
{
    m_targets = targets;
}

void Diagnoser::setInterval(int milliseconds)
{
    m_interval = qMax(0, milliseconds);
    if (m_interval == 0) {
        m_timer.stop();
        return;
    }
    m_timer.setInterval(m_interval);
    if (!running())
        m_timer.start();
}

bool Diagnoser::watchNetworkChanges()
{
    if (!QNetworkInformation::instance() && !QNetworkInformation::loadDefaultBackend())
        return false;
    QNetworkInformation *information = QNetworkInformation::instance();
    connect(information, &QNetworkInformation::reachabilityChanged, this,
        &Diagnoser::onNetworkChanged, Qt::UniqueConnection);
    connect(information, &QNetworkInformation::transportMediumChanged, this,
        &Diagnoser::onNetworkChanged, Qt::UniqueConnection);
    return true;
}

bool Diagnoser::running() const
{
    return m_prober->running();
}

void Diagnoser::checkNow()
{
    if (m_prober->running())
        return;
    m_timer.stop();
    m_settle.stop();
    m_againAfterRound = false;
    Q_EMIT checkStarted();
    m_prober->start(m_targets);
}

void Diagnoser::recheck()
{
    if (m_prober->running())
        m_recheckAfterRound = true;
    else
        checkNow();
}

void Diagnoser::onNetworkChanged()
{
    if (m_prober->running())
        m_againAfterRound = true;
    else
        m_settle.start();
}

void Diagnoser::onFinished(const Findings &findings)
{
    const Verdict previous = m_report.verdict;
    m_report.findings = findings;
    m_report.verdict = decide(findings);
    m_report.sentence = sentence(m_report.verdict, findings);
    if (m_againAfterRound)
        m_settle.start();
    else if (m_interval > 0)
        m_timer.start(m_interval);
    Q_EMIT checked(m_report);
    if (std::exchange(m_recheckAfterRound, false))
        checkNow();
    if (m_report.verdict != previous)
        Q_EMIT verdictChanged(m_report, previous);
}

} // namespace Lifeline::Diagnosis
