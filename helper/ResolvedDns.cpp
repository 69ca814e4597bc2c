#include "ResolvedDns.h"

#include <QDBusArgument>
#include <QDBusConnectionInterface>
#include <QDBusMessage>
#include <QDBusMetaType>
#include <QDBusPendingCallWatcher>
#include <QDBusPendingReply>

#include <memory>
#include <sys/socket.h>

namespace Lifeline {

QDBusArgument &operator<<(QDBusArgument &argument, const ResolvedAddress &value)
{
    argument.beginStructure();
    argument << value.family << value.address;
    argument.endStructure();
    return argument;
}

const QDBusArgument &operator>>(const QDBusArgument &argument, ResolvedAddress &value)
{
    argument.beginStructure();
    argument >> value.family >> value.address;
    argument.endStructure();
    return argument;
}

QDBusArgument &operator<<(QDBusArgument &argument, const ResolvedDomain &value)
{
    argument.beginStructure();
    argument << value.domain << value.routingOnly;
    argument.endStructure();
    return argument;
}

const QDBusArgument &operator>>(const QDBusArgument &argument, ResolvedDomain &value)
{
    argument.beginStructure();
    argument >> value.domain >> value.routingOnly;
    argument.endStructure();
    return argument;
}

namespace {

QDBusMessage managerCall(const QString &method)
{
    static const bool registered = [] {
        qDBusRegisterMetaType<ResolvedAddress>();
        qDBusRegisterMetaType<QList<ResolvedAddress>>();
        qDBusRegisterMetaType<ResolvedDomain>();
        qDBusRegisterMetaType<QList<ResolvedDomain>>();
        return true;
    }();
    Q_UNUSED(registered)
    return QDBusMessage::createMethodCall(QString::fromLatin1(ResolvedDns::Service),
        QStringLiteral("/org/freedesktop/resolve1"),
        QStringLiteral("org.freedesktop.resolve1.Manager"), method);
}

} // namespace

bool ResolvedDns::available(const QDBusConnection &bus)
{
    return bus.isConnected() && bus.interface()
        && bus.interface()->isServiceRegistered(QString::fromLatin1(Service)).value();
}

void ResolvedDns::apply(const QDBusConnection &bus, int ifindex, const QList<Net::Prefix> &servers,
    const QStringList &searchDomains, QObject *context, std::function<void(const QString &)> done)
{
    QList<ResolvedAddress> addresses;
    for (const Net::Prefix &server : servers) {
        addresses.append({ server.family == Net::Family::IPv4 ? AF_INET : AF_INET6,
            QByteArray(reinterpret_cast<const char *>(server.bytes.data()), server.byteCount()) });
    }
    QList<ResolvedDomain> domains;
    for (const QString &domain : searchDomains)
        domains.append({ domain, false });
    domains.append({ QStringLiteral("."), true });

    QDBusMessage dns = managerCall(QStringLiteral("SetLinkDNS"));
    dns << ifindex << QVariant::fromValue(addresses);
    QDBusMessage search = managerCall(QStringLiteral("SetLinkDomains"));
    search << ifindex << QVariant::fromValue(domains);
    QDBusMessage defaultRoute = managerCall(QStringLiteral("SetLinkDefaultRoute"));
    defaultRoute << ifindex << true;

    // All three go out at once; `done` runs when the last answer is in.
    struct Pending {
        int left = 3;
        QString error;
        std::function<void(const QString &)> done;
    };
    auto pending = std::make_shared<Pending>();
    pending->done = std::move(done);
    for (const QDBusMessage &call : { dns, search, defaultRoute }) {
        auto *watcher = new QDBusPendingCallWatcher(bus.asyncCall(call, 5000), context);
        QObject::connect(watcher, &QDBusPendingCallWatcher::finished, context,
            [watcher, pending, member = call.member()] {
                watcher->deleteLater();
                if (watcher->isError() && pending->error.isEmpty())
                    pending->error = QStringLiteral("systemd-resolved refused %1: %2")
                                         .arg(member, watcher->error().message());
                if (--pending->left == 0)
                    pending->done(pending->error);
            });
    }
}

void ResolvedDns::revert(const QDBusConnection &bus, int ifindex)
{
    QDBusMessage call = managerCall(QStringLiteral("RevertLink"));
    call << ifindex;
    bus.asyncCall(call, 5000);
}

} // namespace Lifeline
