#include "NativeProbe.h"

#include "HelperCall.h"

#include <QDBusPendingCallWatcher>
#include <QDBusPendingReply>

namespace Lifeline::Diagnosis {

namespace {

// Each call costs the helper a socket and polkit a check, and the helper takes at most
// four at a time from one caller (NativeProbes::MaxPendingPerCaller): two per family
// keep both families within that while the tunnel carries both.
constexpr qsizetype MaxTargets = 2;

} // namespace

NativeProbe::NativeProbe(
    const QDBusConnection &bus, Family family, const QList<TcpTarget> &targets, QObject *parent)
    : QObject(parent)
    , m_bus(bus)
    , m_family(family)
    , m_targets(targets.mid(0, MaxTargets))
{
}

void NativeProbe::start()
{
    m_pending = m_targets.size();
    if (m_pending == 0 || !m_bus.isConnected()) {
        m_done = true;
        Q_EMIT done(false, false);
        return;
    }
    const QString family
        = m_family == Family::IPv4 ? QStringLiteral("ipv4") : QStringLiteral("ipv6");
    for (const TcpTarget &target : std::as_const(m_targets)) {
        const QVariantList arguments { family, target.address.toString(),
            QVariant::fromValue<quint16>(target.port) };
        whenFinished(
            callHelper(m_bus, QStringLiteral("ProbeNative"), arguments, Authorisation::None), this,
            [this](const QDBusPendingCallWatcher &watcher) {
                const QDBusPendingReply<bool> reply = watcher;
                onReply(!reply.isError(), !reply.isError() && reply.value());
            });
    }
}

void NativeProbe::onReply(bool answered, bool reachable)
{
    m_answered = m_answered || answered;
    m_reachable = m_reachable || reachable;
    --m_pending;
    // One reachable target answers the question; the others need not be awaited.
    if (!m_done && (m_reachable || m_pending == 0)) {
        m_done = true;
        Q_EMIT done(m_answered, m_reachable);
    }
}

} // namespace Lifeline::Diagnosis
