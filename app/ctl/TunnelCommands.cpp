#include "TunnelCommands.h"

#include "ExitCodes.h"
#include "HelperCall.h"
#include "HelperErrors.h"
#include "Output.h"
#include "TunnelCreateCommand.h"
#include "TunnelFormat.h"
#include "TunnelUpCommand.h"

#include <QCoreApplication>
#include <QDBusPendingCallWatcher>
#include <QDBusPendingReply>
#include <QDateTime>

#include <memory>

namespace Lifeline {

namespace {

using Done = std::function<void(int)>;

// A privileged call whose success is told in one line.
void callAndSay(const QDBusConnection &bus, const QString &member, const QVariantList &arguments,
    const QString &success, Done done)
{
    whenFinished(callHelper(bus, member, arguments, Authorisation::Interactive), qApp,
        [success, done](const QDBusPendingCallWatcher &watcher) {
            if (watcher.isError()) {
                done(Output::tunnelFailure(watcher.error()));
                return;
            }
            Output::line(success);
            done(Exit::Ok);
        });
}

void show(const QDBusConnection &bus, const QString &name, bool asJson, Done done)
{
    whenFinished(callHelper(bus, QStringLiteral("GetTunnel"), { name }, Authorisation::None), qApp,
        [name, asJson, done](const QDBusPendingCallWatcher &watcher) {
            const QDBusPendingReply<QVariantMap> reply = watcher;
            if (reply.isError()) {
                done(Output::tunnelFailure(reply.error()));
                return;
            }
            QVariantMap status = TunnelFormat::plainStatus(reply.value());
            if (asJson) {
                if (!status.contains(QStringLiteral("name")))
                    status.insert(QStringLiteral("name"), name);
                Output::json(status);
            } else {
                const qint64 now = QDateTime::currentSecsSinceEpoch();
                for (const QString &line : TunnelFormat::showLines(name, status, now))
                    Output::line(line);
            }
            done(Exit::Ok);
        });
}

// What `list` has gathered so far: one GetTunnel per name, answered in any order.
struct Listing {
    QStringList names;
    QList<QVariantMap> statuses;
    QList<bool> present; // false: removed between ListTunnels and GetTunnel
    qsizetype pending = 0;
    bool finished = false;
};

void printListing(const Listing &listing, bool asJson)
{
    QStringList names;
    QList<QVariantMap> statuses;
    for (qsizetype i = 0; i < listing.names.size(); ++i) {
        if (listing.present.at(i)) {
            names.append(listing.names.at(i));
            statuses.append(listing.statuses.at(i));
        }
    }
    if (asJson) {
        QVariantList array;
        for (qsizetype i = 0; i < names.size(); ++i) {
            QVariantMap object = statuses.at(i);
            object.insert(QStringLiteral("name"), names.at(i));
            array.append(object);
        }
        Output::json(array);
        return;
    }
    if (names.isEmpty()) {
        Output::line(QCoreApplication::translate(
            "lifelinectl", "No tunnels yet. Add one with: lifelinectl tunnel import NAME FILE"));
        return;
    }
    for (const QString &line : TunnelFormat::listTable(names, statuses))
        Output::line(line);
}

void getEach(const QDBusConnection &bus, const QStringList &names, bool asJson, Done done)
{
    auto listing = std::make_shared<Listing>();
    listing->names = names;
    listing->statuses.resize(names.size());
    listing->present.fill(true, names.size());
    listing->pending = names.size();
    if (names.isEmpty()) {
        printListing(*listing, asJson);
        done(Exit::Ok);
        return;
    }
    for (qsizetype i = 0; i < names.size(); ++i) {
        const QDBusPendingCall call
            = callHelper(bus, QStringLiteral("GetTunnel"), { names.at(i) }, Authorisation::None);
        whenFinished(
            call, qApp, [listing, i, asJson, done](const QDBusPendingCallWatcher &watcher) {
                if (listing->finished)
                    return;
                const QDBusPendingReply<QVariantMap> reply = watcher;
                if (reply.isError() && classify(reply.error()) != Failure::NotFound) {
                    listing->finished = true;
                    done(Output::tunnelFailure(reply.error()));
                    return;
                }
                if (reply.isError())
                    listing->present[i] = false;
                else
                    listing->statuses[i] = TunnelFormat::plainStatus(reply.value());
                if (--listing->pending == 0) {
                    listing->finished = true;
                    printListing(*listing, asJson);
                    done(Exit::Ok);
                }
            });
    }
}

void list(const QDBusConnection &bus, bool asJson, Done done)
{
    whenFinished(callHelper(bus, QStringLiteral("ListTunnels"), {}, Authorisation::None), qApp,
        [bus, asJson, done](const QDBusPendingCallWatcher &watcher) {
            const QDBusPendingReply<QStringList> reply = watcher;
            if (reply.isError()) {
                done(Output::tunnelFailure(reply.error()));
                return;
            }
            getEach(bus, reply.value(), asJson, done);
        });
}

} // namespace

void runTunnelCommand(const QDBusConnection &bus, const TunnelRequest &request, bool asJson,
    const QString &config, std::function<void(int)> done)
{
    const QString &name = request.name;
    switch (request.action) {
    case TunnelRequest::Action::Import:
        callAndSay(bus, QStringLiteral("ImportTunnel"), { name, config },
            QCoreApplication::translate(
                "lifelinectl", "Imported tunnel %1. Connect it with: lifelinectl tunnel up %1")
                .arg(name),
            std::move(done));
        return;
    case TunnelRequest::Action::Remove:
        callAndSay(bus, QStringLiteral("RemoveTunnel"), { name },
            QCoreApplication::translate("lifelinectl", "Removed tunnel %1.").arg(name),
            std::move(done));
        return;
    case TunnelRequest::Action::Down:
        callAndSay(bus, QStringLiteral("DisconnectTunnel"), { name },
            QCoreApplication::translate("lifelinectl", "Tunnel %1 is down.").arg(name),
            std::move(done));
        return;
    case TunnelRequest::Action::Set:
        callAndSay(bus, QStringLiteral("SetTunnelMtu"), { name, request.mtu },
            request.mtu == u"auto"
                ? QCoreApplication::translate("lifelinectl",
                    "Tunnel %1 probes its MTU after every connect (now too, if it is up).")
                      .arg(name)
                : request.mtu.isEmpty()
                ? QCoreApplication::translate("lifelinectl",
                    "Tunnel %1 uses the MTU of its configuration (from now on, if it is up).")
                      .arg(name)
                : QCoreApplication::translate("lifelinectl",
                    "Tunnel %1 uses MTU %2 (from now on, if it is up).")
                      .arg(name, request.mtu),
            std::move(done));
        return;
    case TunnelRequest::Action::List:
        list(bus, asJson, std::move(done));
        return;
    case TunnelRequest::Action::Show:
        show(bus, name, asJson, std::move(done));
        return;
    case TunnelRequest::Action::Up:
        (new TunnelUpCommand(bus, request, std::move(done), qApp))->start();
        return;
    case TunnelRequest::Action::Create:
        runTunnelCreate(bus, request, asJson, std::move(done));
        return;
    case TunnelRequest::Action::None:
        break;
    }
    done(Exit::Usage);
}

} // namespace Lifeline
