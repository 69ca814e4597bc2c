// The few rtnetlink operations isolated launches need, over libnl-route.
// A netlink socket talks to the network namespace it was created in, for its
// whole life, whichever thread uses it later: so a socket for a launch's
// namespace is opened once on a thread that joined it (NetNamespace::run)
// and then used from the helper's main thread like the host's.
#pragma once

#include "NetTypes.h"

#include <QStringList>

#include <memory>

struct nl_sock;

namespace Lifeline::Net::Netlink {

struct SocketDeleter {
    void operator()(nl_sock *socket) const;
};
using Socket = std::unique_ptr<nl_sock, SocketDeleter>;

// A NETLINK_ROUTE socket in the calling thread's network namespace.
Socket open(QString *error);

// Every function below returns an empty string on success, else a sentence.

// A veth pair: `hostName` here, already up; `peerName` created directly in
// the namespace `namespaceFd` (IFLA_NET_NS_FD), so it never appears here.
QString addVeth(nl_sock *socket, const QString &hostName, const QString &peerName,
                int namespaceFd);
// The same kind of pair made from inside a namespace: `name` here and
// `peerName` in the namespace `peerNamespaceFd` refers to, both down.
QString addVethToward(nl_sock *socket, const QString &name, const QString &peerName,
                      int peerNamespaceFd);
// Deleting either end of a veth deletes both. By index, which the kernel never hands out twice while it counts up: so a
// late deletion cannot hit a newer link of the same name. A link that is
// already gone counts as deleted. Slow: the kernel answers only after an RCU
// barrier, tens of milliseconds (see LinkReaper).
QString deleteLink(nl_sock *socket, int index);
// Fast (no barrier). Once it returns, a veth carries no packet either way.
QString setDown(nl_sock *socket, int index);
// The link's index, or 0 and a sentence in *error. `linkedIndex`, when
// given, gets the index of the link it is linked to (IFLA_LINK: a veth's
// other end, in that end's namespace), or 0.
int linkIndex(nl_sock *socket, const QString &name, QString *error, int *linkedIndex = nullptr);
// The link `index` up; `name` is the link's, for the message.
QString setUp(nl_sock *socket, int index, const QString &name);
// `address` carries the prefix length of the subnet; IPv6 ones are added
// with IFA_F_NODAD so they are usable at once (nobody else is on this link).
QString addAddress(nl_sock *socket, int index, const QString &name, const Prefix &address);
QString addDefaultRoute(nl_sock *socket, int index, const Prefix &gateway);

// Networks this namespace already uses: every address's prefix and every
// route's destination, all tables, both families.
QList<Prefix> usedPrefixes(nl_sock *socket, QString *error);
QStringList linkNames(nl_sock *socket, QString *error);

} // namespace Lifeline::Net::Netlink
