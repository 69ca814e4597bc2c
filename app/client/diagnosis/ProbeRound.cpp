#include "ProbeRound.h"

#include "BigTransferProbe.h"
#include "DefaultRoutes.h"
#include "DnsProbe.h"
#include "HttpCheckProbe.h"
#include "NativeProbe.h"
#include "TcpProbe.h"
#include "TunnelQuery.h"

#include <QNetworkAccessManager>
#include <QNetworkProxy>

namespace Lifeline::Diagnosis {

ProbeRound::ProbeRound(const QDBusConnection &bus, const QString &backupName,
    const ProbeTargets &targets, QObject *parent)
    : QObject(parent)
    , m_bus(bus)
    , m_backupName(backupName)
    , m_targets(targets)
{
    // Precise: a coarse timer may fire 5% early, cutting probes short of their timeout.
    m_deadline.setTimerType(Qt::PreciseTimer);
    m_nativeDeadline.setTimerType(Qt::PreciseTimer);
    m_deadline.setSingleShot(true);
    m_nativeDeadline.setSingleShot(true);
    connect(&m_deadline, &QTimer::timeout, this, &ProbeRound::onDeadline);
    connect(&m_nativeDeadline, &QTimer::timeout, this, [this] {
        m_pendingNative = 0; // late answers are ignored: the native paths stay untried
        maybeFinish();
    });
}

FamilyResults &ProbeRound::results(Family family)
{
    return family == Family::IPv4 ? m_results.ipv4 : m_results.ipv6;
}

void ProbeRound::start()
{
    m_results.ipv4.mainRoute = DefaultRoutes::present(Family::IPv4);
    m_results.ipv6.mainRoute = DefaultRoutes::present(Family::IPv6);
    m_network = new QObject(this);
    // A fresh manager per round: no connection kept alive from the last round can
    // answer for this one. Created after m_network, so its replies go first.
    m_manager = new QNetworkAccessManager(this);
    m_manager->setProxy(QNetworkProxy::NoProxy);
    m_deadline.start(m_targets.timeoutMs);

    // Everything is counted before anything starts: a probe may answer at once.
    QList<std::function<void()>> starts;
    const auto add = [&](auto *probe) {
        ++m_pendingNetwork;
        starts.append([probe] { probe->start(); });
    };
    for (const Family family : { Family::IPv4, Family::IPv6 }) {
        FamilyResults &r = results(family);
        const bool v4 = family == Family::IPv4;
        const QList<TcpTarget> &tcp = v4 ? m_targets.ipv4Tcp : m_targets.ipv6Tcp;
        const QUrl &http = v4 ? m_targets.ipv4Http : m_targets.ipv6Http;
        const QUrl &big = v4 ? m_targets.ipv4BigHttp : m_targets.ipv6BigHttp;
        r.targets = !tcp.isEmpty() || !http.isEmpty();
        if (!tcp.isEmpty()) {
            auto *probe = new TcpProbe(tcp, m_network);
            connect(probe, &TcpProbe::done, this, [this, &r](bool connected) {
                r.tcp = connected;
                networkProbeDone();
            });
            add(probe);
        }
        if (!http.isEmpty()) {
            r.http = HttpCheck::Failed; // until it answers
            auto *probe = new HttpCheckProbe(m_manager, http, m_targets.httpExpectedStatus,
                m_targets.httpExpectedBody, m_network);
            connect(probe, &HttpCheckProbe::done, this, [this, &r](HttpCheck result) {
                r.http = result;
                networkProbeDone();
            });
            add(probe);
        }
        if (!big.isEmpty()) {
            r.bigTransferTried = true;
            auto *probe = new BigTransferProbe(m_manager, big, m_network);
            connect(probe, &BigTransferProbe::done, this, [this, &r](bool passed) {
                r.bigTransferPassed = passed;
                networkProbeDone();
            });
            add(probe);
        }
    }
    if (!m_targets.dnsName.isEmpty()) {
        m_results.dns.tried = true;
        m_dns = new DnsProbe(m_targets.dnsName, m_network);
        connect(m_dns, &DnsProbe::done, this, [this](bool answersA, bool answersAAAA) {
            m_results.dns.answersA = answersA;
            m_results.dns.answersAAAA = answersAAAA;
            networkProbeDone();
        });
        add(m_dns);
    }
    auto *tunnel = new TunnelQuery(m_bus, m_backupName, m_network);
    connect(tunnel, &TunnelQuery::done, this, [this](const TunnelFindings &found) {
        m_results.tunnel = found;
        startNative(found);
        networkProbeDone();
    });
    add(tunnel);

    for (const auto &startProbe : std::as_const(starts))
        startProbe();
}

void ProbeRound::startNative(const TunnelFindings &tunnel)
{
    for (const Family family : { Family::IPv4, Family::IPv6 }) {
        const bool carried = family == Family::IPv4 ? tunnel.carriesIPv4 : tunnel.carriesIPv6;
        const QList<TcpTarget> &targets
            = family == Family::IPv4 ? m_targets.ipv4Tcp : m_targets.ipv6Tcp;
        if (!carried || targets.isEmpty() || !results(family).mainRoute)
            continue;
        // Parented to the round, not to the network probes: it may outlast their deadline.
        auto *probe = new NativeProbe(m_bus, family, targets, this);
        connect(probe, &NativeProbe::done, this, [this, family](bool answered, bool reachable) {
            if (m_pendingNative == 0)
                return; // after the allowance
            results(family).nativeAnswered = answered;
            results(family).nativeReachable = reachable;
            --m_pendingNative;
            maybeFinish();
        });
        ++m_pendingNative;
        probe->start();
    }
    if (m_pendingNative > 0)
        m_nativeDeadline.start(NativeAllowanceMs);
}

void ProbeRound::networkProbeDone()
{
    if (--m_pendingNetwork > 0)
        return;
    m_networkOver = true;
    m_deadline.stop();
    maybeFinish();
}

void ProbeRound::onDeadline()
{
    // Whatever has not answered counts as failed (the defaults); DNS keeps a
    // half-answered pair.
    if (m_dns) {
        m_results.dns.answersA = m_dns->answersA();
        m_results.dns.answersAAAA = m_dns->answersAAAA();
    }
    m_networkOver = true;
    m_dns = nullptr;
    delete m_network; // aborts connections, requests, lookups and the tunnel query
    m_network = nullptr;
    maybeFinish();
}

void ProbeRound::maybeFinish()
{
    if (m_finished || !m_networkOver || m_pendingNative > 0)
        return;
    m_finished = true;
    m_deadline.stop();
    m_nativeDeadline.stop();
    Q_EMIT finished(assemble(m_results));
}

} // namespace Lifeline::Diagnosis
