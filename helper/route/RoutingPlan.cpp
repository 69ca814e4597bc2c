#include "RoutingPlan.h"

#include <algorithm>

namespace Lifeline::Route {
namespace {

using Net::Family;
using Net::Prefix;

QString hex(quint32 value)
{
    return QStringLiteral("0x") + QString::number(value, 16);
}

QString familyWord(Family family)
{
    return family == Family::IPv4 ? QStringLiteral("IPv4") : QStringLiteral("IPv6");
}

// Validated upstream already (ll-<name>); checked again because the name
// ends up in every message and must never carry anything odd.
bool isInterfaceName(const QString &name)
{
    if (name.isEmpty() || name.size() > 15)
        return false;
    return std::all_of(name.begin(), name.end(), [](QChar c) {
        return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9')
            || c == u'-' || c == u'_' || c == u'.';
    });
}

// Tables with a fixed meaning to the kernel: never ours to fill.
bool reservedTable(quint32 table)
{
    return table == 0 || table == 253 || table == MainTable || table == 255;
}

PlanItem address(const Prefix &prefix)
{
    PlanItem item;
    item.kind = PlanItem::Kind::Address;
    item.family = prefix.family;
    item.prefix = prefix;
    return item;
}

PlanItem route(const Prefix &destination, quint32 table)
{
    PlanItem item;
    item.kind = PlanItem::Kind::Route;
    item.family = destination.family;
    item.prefix = destination;
    item.table = table;
    return item;
}

PlanItem rule(Family family, quint32 priority, quint32 table)
{
    PlanItem item;
    item.kind = PlanItem::Kind::Rule;
    item.family = family;
    item.prefix.family = family;
    item.priority = priority;
    item.table = table;
    return item;
}

PlanItem srcValidMark()
{
    PlanItem item;
    item.kind = PlanItem::Kind::Sysctl;
    item.sysctlKey = QStringLiteral("net/ipv4/conf/all/src_valid_mark");
    item.sysctlValue = QStringLiteral("1");
    return item;
}

// wg-quick's technique for a /0: every packet without the tunnel's mark
// looks up the tunnel's own table; the main table still wins for anything
// more specific than a default route (the LAN, the endpoint's own routes);
// the device marks its encrypted packets, so they use the main table.
void addDefault(QList<PlanItem> &items, const Prefix &any, quint32 table)
{
    if (any.family == Family::IPv4) {
        // The reverse-path filter checks replies from the endpoint against
        // the marked route only with this on.
        items.append(srcValidMark());
    }
    PlanItem notMarked = rule(any.family, FwmarkRulePriority, table);
    notMarked.notFwmark = table;
    items.append(notMarked);
    PlanItem suppress = rule(any.family, SuppressRulePriority, MainTable);
    suppress.suppressPrefixLength = 0;
    items.append(suppress);
    items.append(route(any, table));
}

// The kernel already routes an address's own subnet to the interface (in
// main), so a second route there would clash; wg-quick skips these too
// (its `ip route show dev … match` check).
bool coveredByAddress(const Prefix &destination, const QList<Prefix> &addresses)
{
    return std::any_of(addresses.begin(), addresses.end(), [&](const Prefix &address) {
        // An IPv4 /32 makes only a local-table route.
        const bool makesPrefixRoute = address.family == Family::IPv6 || address.length < 32;
        return makesPrefixRoute && address.family == destination.family
            && address.length <= destination.length && address.overlaps(destination);
    });
}

std::optional<quint32> autoTable(const PlanInput &input, QString *error)
{
    if (input.adoptedTable != 0) {
        if (reservedTable(input.adoptedTable)
            || (input.fwMark != 0 && input.fwMark != input.adoptedTable)) {
            *error = QStringLiteral("the device's fwmark %1 is not the table this tunnel would use")
                         .arg(hex(input.adoptedTable));
            return std::nullopt;
        }
        return input.adoptedTable;
    }
    if (input.fwMark != 0) {
        // wg-quick uses a configured FwMark as the table number too.
        if (reservedTable(input.fwMark)) {
            *error
                = QStringLiteral("FwMark %1 cannot double as the tunnel's routing table (table %2 "
                                 "is the system's)")
                      .arg(hex(input.fwMark), tableName(input.fwMark));
            return std::nullopt;
        }
        if (input.tablesInUse.contains(input.fwMark)) {
            *error = QStringLiteral("routing table %1 (the config's FwMark %2) is already in use")
                         .arg(input.fwMark)
                         .arg(hex(input.fwMark));
            return std::nullopt;
        }
        return input.fwMark;
    }
    for (quint32 table = FirstAutoTable; table < FirstAutoTable + AutoTableSearch; ++table) {
        if (!input.tablesInUse.contains(table))
            return table;
    }
    *error = QStringLiteral("routing tables %1 to %2 are all in use")
                 .arg(FirstAutoTable)
                 .arg(FirstAutoTable + AutoTableSearch - 1);
    return std::nullopt;
}

// The families to route, or why the request cannot be met.
std::optional<QList<Family>> routedFamilies(const PlanInput &input, QString *error)
{
    QList<Family> covered;
    for (const Prefix &prefix : input.allowedIps) {
        if (!covered.contains(prefix.family))
            covered.append(prefix.family);
    }
    if (input.families.isEmpty()) {
        if (covered.isEmpty()) {
            *error = QStringLiteral("the tunnel's AllowedIPs are empty; there is nothing to route");
            return std::nullopt;
        }
        return covered;
    }
    QList<Family> families;
    for (const Family family : { Family::IPv4, Family::IPv6 }) {
        if (!input.families.contains(family))
            continue;
        if (!covered.contains(family)) {
            *error
                = QStringLiteral("the tunnel's AllowedIPs route no %1; cannot route %2 through it")
                      .arg(familyWord(family), Net::familyName(family));
            return std::nullopt;
        }
        // Packets would leave with the native source address, which the peer
        // drops: asked for explicitly, that is an error, not a black hole.
        const bool hasAddress = std::any_of(input.addresses.begin(), input.addresses.end(),
            [&](const Prefix &a) { return a.family == family; });
        if (!hasAddress) {
            *error = QStringLiteral("the tunnel has no %1 address; cannot route %2 through it")
                         .arg(familyWord(family), Net::familyName(family));
            return std::nullopt;
        }
        families.append(family);
    }
    return families;
}

} // namespace

QString tableName(quint32 table)
{
    switch (table) {
    case 253:
        return QStringLiteral("default");
    case MainTable:
        return QStringLiteral("main");
    case 255:
        return QStringLiteral("local");
    default:
        return QString::number(table);
    }
}

QString PlanItem::text(const QString &device) const
{
    const QString proto = QStringLiteral(" proto lifeline");
    switch (kind) {
    case Kind::Address:
        return QStringLiteral("address %1 dev %2").arg(prefix.text(), device);
    case Kind::Route:
        return QStringLiteral("route %1 dev %2 table %3")
                   .arg(prefix.text(), device, tableName(table))
            + proto;
    case Kind::Rule: {
        QString text = QStringLiteral("rule ") + Net::familyName(family);
        if (notFwmark != 0)
            text += QStringLiteral(" not fwmark ") + hex(notFwmark);
        text += QStringLiteral(" table ") + tableName(table);
        if (suppressPrefixLength >= 0)
            text += QStringLiteral(" suppress_prefixlength %1").arg(suppressPrefixLength);
        return text + QStringLiteral(" prio %1").arg(priority) + proto;
    }
    case Kind::Sysctl:
        return QStringLiteral("sysctl %1=%2")
            .arg(QString(sysctlKey).replace(u'/', u'.'), sysctlValue);
    }
    return {};
}

QStringList RoutingPlan::text() const
{
    QStringList lines;
    if (fwmark != 0)
        lines << QStringLiteral("wireguard fwmark ") + hex(fwmark);
    for (const PlanItem &item : items)
        lines << item.text(interfaceName);
    return lines;
}

std::optional<RoutingPlan> RoutingPlan::make(const PlanInput &input, QString *error)
{
    if (!isInterfaceName(input.interfaceName)) {
        *error
            = QStringLiteral("\"%1\" is not an interface name").arg(input.interfaceName.left(40));
        return std::nullopt;
    }
    if (input.table.mode == TableSetting::Mode::Number
        && (input.table.number == 0 || input.table.number == 255)) {
        *error
            = QStringLiteral("Table = %1 is not a table routes can go in").arg(input.table.number);
        return std::nullopt;
    }
    const auto families = routedFamilies(input, error);
    if (!families)
        return std::nullopt;

    RoutingPlan plan;
    plan.interfaceName = input.interfaceName;
    plan.fwmark = input.fwMark;

    // Only the routed families' addresses: an IPv6 address on an
    // ipv4-only connect would add its subnet's route and compete in source
    // address selection, and "native IPv6 untouched" means untouched.
    QList<Prefix> addresses;
    for (const Prefix &prefix : input.addresses) {
        if (families->contains(prefix.family) && !addresses.contains(prefix))
            addresses.append(prefix);
    }
    for (const Prefix &prefix : addresses)
        plan.items.append(address(prefix));
    if (input.table.mode == TableSetting::Mode::Off)
        return plan;

    QList<Prefix> destinations;
    for (const Prefix &prefix : input.allowedIps) {
        const Prefix network = prefix.network();
        if (families->contains(network.family) && !destinations.contains(network))
            destinations.append(network);
    }
    // wg-quick's order: most specific first, so the /0 (and the switch of
    // all traffic onto the tunnel) comes last.
    std::stable_sort(
        destinations.begin(), destinations.end(), [](const Prefix &a, const Prefix &b) {
            if (a.length != b.length)
                return a.length > b.length;
            return a.family == Family::IPv4 && b.family == Family::IPv6;
        });

    if (input.table.mode == TableSetting::Mode::Number) {
        for (const Prefix &destination : destinations)
            plan.items.append(route(destination, input.table.number));
        return plan;
    }

    const bool hasDefault = std::any_of(
        destinations.begin(), destinations.end(), [](const Prefix &p) { return p.length == 0; });
    quint32 table = 0;
    if (hasDefault) {
        const auto chosen = autoTable(input, error);
        if (!chosen)
            return std::nullopt;
        table = *chosen;
        plan.fwmark = table;
    }
    for (const Prefix &destination : destinations) {
        if (destination.length == 0)
            addDefault(plan.items, destination, table);
        else if (!coveredByAddress(destination, addresses))
            plan.items.append(route(destination, MainTable));
    }
    return plan;
}

std::optional<QList<Net::Family>> parseFamilies(const QString &text, QString *error)
{
    if (text.isEmpty())
        return QList<Family> {};
    if (text == QLatin1String("ipv4"))
        return QList<Family> { Family::IPv4 };
    if (text == QLatin1String("ipv6"))
        return QList<Family> { Family::IPv6 };
    if (text == QLatin1String("all"))
        return QList<Family> { Family::IPv4, Family::IPv6 };
    if (error)
        *error = QStringLiteral("\"%1\" is not a family: use ipv4, ipv6, all or nothing")
                     .arg(text.left(20));
    return std::nullopt;
}

} // namespace Lifeline::Route
