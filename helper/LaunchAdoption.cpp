#include "LaunchAdoption.h"

#include "AddressPool.h"
#include "Validation.h"

namespace Lifeline::LaunchAdoption {

namespace {

const QString LabelTag = QStringLiteral("lifeline-launch");
const QString TunnelPrefix = QStringLiteral("tunnel:");

bool isLinkLocal(const Net::Prefix &address)
{
    return address.family == Net::Family::IPv6 && address.bytes[0] == 0xfe
        && (address.bytes[1] & 0xc0) == 0x80;
}

// The host end's address of a launch subnet of `family` (any family when
// nullopt): the only address of the veth that is .1 / ::1 of a subnet of
// the pools' size.
std::optional<Net::Prefix> subnetOf(
    const QList<Net::Prefix> &addresses, std::optional<Net::Family> family, QString *why)
{
    std::optional<Net::Prefix> found;
    for (const Net::Prefix &address : addresses) {
        if (isLinkLocal(address) || (family && address.family != *family))
            continue;
        const int length = address.family == Net::Family::IPv4 ? Net::AddressPool::IPv4SubnetLength
                                                               : Net::AddressPool::IPv6SubnetLength;
        const Net::Prefix subnet = address.network();
        if (address.length != length || Net::AddressPool::hostAddress(subnet) != address)
            continue;
        if (found) {
            *why = QStringLiteral("its veth has more than one launch address");
            return std::nullopt;
        }
        found = subnet;
    }
    if (!found)
        *why = family
            ? QStringLiteral("its veth has no %1 launch address").arg(Net::familyName(*family))
            : QStringLiteral("its veth has no launch address");
    return found;
}

} // namespace

QString label(const QString &mode, uint uid)
{
    return QStringLiteral("%1 mode=%2 uid=%3").arg(LabelTag, mode).arg(uid);
}

bool parseLabel(const QString &text, QString *mode, uint *uid, QString *why)
{
    const QStringList fields = text.split(u' ');
    if (fields.size() != 3 || fields[0] != LabelTag || !fields[1].startsWith(u"mode=")
        || !fields[2].startsWith(u"uid=")) {
        *why = text.isEmpty() ? QStringLiteral("its veth carries no launch label")
                              : QStringLiteral("its veth's label is not a launch label");
        return false;
    }
    *mode = fields[1].mid(5);
    if (const QString wrong = Validation::isolationMode(*mode); !wrong.isEmpty()) {
        *why = QStringLiteral("its veth's label names no mode: %1").arg(wrong);
        return false;
    }
    bool ok = false;
    *uid = fields[2].mid(4).toUInt(&ok);
    if (!ok || *uid == 0) {
        *why = QStringLiteral("its veth's label names no user");
        return false;
    }
    return true;
}

std::optional<Plan> judge(const Trace &trace, QString *why)
{
    if (!trace.namespaceBound) {
        *why = QStringLiteral("its namespace is gone");
        return std::nullopt;
    }
    if (trace.processes.inside.isEmpty()) {
        *why = QStringLiteral("no process is left in its namespace");
        return std::nullopt;
    }
    // Everything below leaves programs running: they go on without network.
    const QString stranded = QStringLiteral("; its %1 process(es) go on without network")
                                 .arg(trace.processes.inside.size());
    if (trace.processes.supervisor == 0) {
        *why = trace.processes.problem + stranded;
        return std::nullopt;
    }
    if (trace.vethIndex == 0) {
        *why = QStringLiteral("its veth is gone") + stranded;
        return std::nullopt;
    }
    Plan plan;
    if (!parseLabel(trace.label, &plan.mode, &plan.uid, why)) {
        *why += stranded;
        return std::nullopt;
    }
    std::optional<Net::Family> family;
    if (plan.mode == u"ipv4-only")
        family = Net::Family::IPv4;
    else if (plan.mode == u"ipv6-only")
        family = Net::Family::IPv6;
    else
        plan.tunnel = plan.mode.mid(TunnelPrefix.size()); // the tunnel's family, either
    const auto subnet = subnetOf(trace.vethAddresses, family, why);
    if (!subnet) {
        *why += stranded;
        return std::nullopt;
    }
    plan.subnet = *subnet;
    plan.family = subnet->family;
    plan.processes = trace.processes;
    return plan;
}

} // namespace Lifeline::LaunchAdoption
