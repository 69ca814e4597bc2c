// The network side of RunIsolated's ipv4-only / ipv6-only modes: a named
// namespace, a veth pair into it with one family's addresses and default
// route, forwarding, and NAT out of the host. Built in one call that leaves
// nothing behind when it fails; removed when the object is destroyed.
#pragma once

#include "AddressPool.h"
#include "Firewall.h"
#include "Forwarding.h"
#include "LinkReaper.h"
#include "Netlink.h"
#include "NetTypes.h"
#include "SpareNamespace.h"

#include <QStringList>

#include <functional>
#include <future>
#include <memory>
#include <optional>

namespace Lifeline::Net {

class NetNamespace;
class VethPair;
class SubnetLease;

// What all launches share: the address pools, the firewall table and the
// forwarding switches. One per helper, in the host namespace; it must
// outlive every IsolatedNetwork made with it.
class NetContext
{
public:
    struct Options {
        QString ipv4Pool = QString::fromLatin1(DefaultIPv4Pool);
        QString ipv6Pool = QString::fromLatin1(DefaultIPv6Pool);
        Sysctls sysctls;                         // /proc/sys unless testing
        QString forwardingJournal;               // see Forwarding; empty: none
        std::unique_ptr<RulesetBackend> backend; // libnftables when null
    };

    static std::unique_ptr<NetContext> create(Options options, QString *error);
    ~NetContext();
    NetContext(const NetContext &) = delete;
    NetContext &operator=(const NetContext &) = delete;

    AddressPool &pool(Family family) { return family == Family::IPv4 ? m_ipv4Pool : m_ipv6Pool; }
    Firewall &firewall() { return m_firewall; }
    Forwarding &forwarding() { return m_forwarding; }
    const Sysctls &sysctls() const { return m_sysctls; }
    LinkReaper &linkReaper() { return m_reaper; }
    // The namespace the context was made in (the host's), for veth pairs
    // made from inside a new one.
    int hostNamespaceFd() const { return m_hostNamespace; }
    // Returns once the veth pairs of destroyed networks are deleted too.
    void settle() { m_reaper.settle(); }
    // Has the next network's namespace and veth pair made in the
    // background, for a new random launch id, unless a spare is ready or
    // being made (see SpareNamespace).
    void prepareSpareNamespace();
    // The id that spare is made for; empty when there is none.
    QString spareId() const;
    // The spare made for launch `id`, or one for it started now.
    std::unique_ptr<SpareNamespace> takeSpareNamespace(const QString &id);

private:
    NetContext(AddressPool ipv4Pool, AddressPool ipv6Pool, Options options, int hostNamespace);
    AddressPool m_ipv4Pool;
    AddressPool m_ipv6Pool;
    Sysctls m_sysctls;
    Forwarding m_forwarding;
    int m_hostNamespace; // owned
    Firewall m_firewall;
    std::unique_ptr<SpareNamespace> m_spareNamespace;
    LinkReaper m_reaper; // destroyed first: finishes every queued deletion
};

class IsolatedNetwork
{
public:
    // What a caller may add to the set-up.
    struct Setup {
        // Runs inside the new namespace once its loopback is up (to bind
        // sockets there, say), on the thread that set the namespace up.
        std::function<QString()> alsoInside;
        // Work of the caller's that needs no network (the launch can be made
        // ready meanwhile): on that thread too, once the namespace is wired
        // and the thread is back in the host's namespace (a process started
        // here starts there), while the calling thread applies the rules,
        // even if they then fail (made ready for nothing, then undone).
        std::function<QString()> meanwhile;
        // ll-<name>, or empty: the only interface the launch's packets may
        // leave through; empty means NAT out of the host.
        QString tunnelInterface;
        // The host veth's alias (LinkLabel.h): what a restarted helper reads
        // to take the launch over. Empty: none.
        QString label;
        // The host's networks (Netlink::usedPrefixes), read a moment ago;
        // read now when not given.
        std::optional<QList<Prefix>> hostPrefixes;
    };
    // A launch of an earlier run of the helper, as the kernel shows it.
    struct Adoption {
        QString id;
        Family family = Family::IPv4;
        Prefix subnet; // of the host veth's address
        QString tunnelInterface; // as in Setup
    };

    // `id` must satisfy isLaunchId (it is checked again). On failure returns
    // null with a sentence in *error, and everything made so far is gone.
    // A failure of `setup`'s callbacks fails the whole; `meanwhile`'s own
    // message is then *error as it is.
    static std::unique_ptr<IsolatedNetwork> create(const QString &id, Family family,
        NetContext &context, QString *error, const Setup &setup = {});
    // Takes over the network of a launch that an earlier run left running:
    // its namespace and veth as they are, its subnet reserved in the pool
    // (unless it lies outside the pool), a forwarding reference, and its
    // rules counted by the firewall but not applied (Firewall::adopt()).
    // Reads the kernel, changes nothing in it. Null with *error when a part
    // is missing; what was taken over is then removed, as it would be for a
    // launch that is not adopted.
    static std::unique_ptr<IsolatedNetwork> adopt(
        const Adoption &adoption, NetContext &context, QString *error);
    // Takes the veth down, then removes rules, forwarding reference,
    // namespace name and subnet; the veth pair itself is deleted in the
    // background (NetContext::settle() waits for that). Never throws;
    // problems are logged.
    ~IsolatedNetwork();
    IsolatedNetwork(const IsolatedNetwork &) = delete;
    IsolatedNetwork &operator=(const IsolatedNetwork &) = delete;

    QString id() const { return m_id; }
    Family family() const { return m_family; }
    QString namespaceName() const;   // lifeline-<id>, under /run/netns
    int namespaceFd() const;         // for setns(fd, CLONE_NEWNET) in the launcher
    // Runs `work` on a thread inside the namespace (NetNamespace::run()).
    QString runInside(const std::function<QString()> &work) const;
    QString hostInterface() const;   // llv<id>h
    QString namespaceInterface() const; // llv<id>n, inside the namespace
    Prefix subnet() const { return m_subnet; }
    Prefix hostAddress() const;      // .1 / ::1, the namespace's gateway
    Prefix namespaceAddress() const; // .2 / ::2

    // Reconciliation at start (before any launch): ids whose namespace name
    // or host veth exists, from an earlier run of the helper. Only names of
    // exactly our shape count; nothing else is ever touched.
    static QStringList leftovers(QString *error);
    // Removes the namespace name and the veth of `id`; empty when done.
    static QString removeLeftover(const QString &id);

private:
    IsolatedNetwork(const QString &id, Family family);
    QString configure(NetContext &context, const Setup &setup, bool *meanwhileFailed);
    // The two halves of configure(), at the same time. On the spare's
    // thread, inside the new namespace, every change that takes the RTNL
    // lock: the name, the inner end up, and once the subnet is known both
    // ends' addresses and the route; then, back in the host's namespace,
    // the caller's `meanwhile` (its failure in *meanwhileError), and once
    // the rules exist the host end up, through `host`, which the pair keeps.
    QString namespacePart(NetContext &context, const Setup &setup, SpareNamespace::Inside &inside,
                          Netlink::Socket &host, std::future<bool> &subnetPicked,
                          std::future<bool> &rulesApplied, QString *meanwhileError);
    // On the calling thread, the rest: the subnet, the rules and the
    // forwarding switch, reserved (not switched yet).
    QString hostPart(NetContext &context, const Setup &setup, std::promise<bool> &subnetPicked,
                     std::promise<bool> &rulesApplied);
    // adopt()'s work, each part owned as soon as it is found.
    QString takeOver(NetContext &context);

    QString m_id;
    Family m_family;
    QString m_tunnelInterface;
    Prefix m_subnet;
    // Made partly at the same time (see configure()); the destructor takes
    // them apart in the order it explains.
    std::unique_ptr<SubnetLease> m_lease;
    std::unique_ptr<NetNamespace> m_namespace;
    std::unique_ptr<VethPair> m_veth;
    std::unique_ptr<Forwarding::Guard> m_forwarding;
    std::unique_ptr<FirewallEntry> m_rules;
};

} // namespace Lifeline::Net
