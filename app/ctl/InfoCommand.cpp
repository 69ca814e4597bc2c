#include "InfoCommand.h"

#include "Contract.h"
#include "ExitCodes.h"
#include "Output.h"

#include <QCoreApplication>
#include <QDBusMessage>
#include <QDBusPendingCallWatcher>
#include <QDBusPendingReply>

namespace Lifeline {

void runInfo(const QDBusConnection &bus, bool asJson, std::function<void(int)> done)
{
    QDBusMessage call = QDBusMessage::createMethodCall(
        QString::fromLatin1(ServiceName), QString::fromLatin1(ObjectPath),
        QStringLiteral("org.freedesktop.DBus.Properties"), QStringLiteral("GetAll"));
    call << QString::fromLatin1(InterfaceName);
    auto *watcher = new QDBusPendingCallWatcher(bus.asyncCall(call), qApp);
    QObject::connect(watcher, &QDBusPendingCallWatcher::finished, qApp, [watcher, asJson, done] {
        watcher->deleteLater();
        const QDBusPendingReply<QVariantMap> reply(*watcher);
        if (reply.isError()) {
            done(Output::helperFailure(reply.error()));
            return;
        }
        const QVariantMap properties = reply.value();
        const QVariantMap capabilities = qdbus_cast<QVariantMap>(properties.value(QStringLiteral("Capabilities")));
        if (asJson) {
            Output::json({{QStringLiteral("version"), properties.value(QStringLiteral("Version"))},
                          {QStringLiteral("capabilities"), capabilities}});
        } else {
            Output::line(QCoreApplication::translate("lifelinectl", "Helper version: %1")
                             .arg(properties.value(QStringLiteral("Version")).toString()));
            for (auto it = capabilities.cbegin(); it != capabilities.cend(); ++it)
                Output::line(QStringLiteral("  %1: %2").arg(it.key(), it.value().toBool()
                                                                          ? QStringLiteral("yes")
                                                                          : QStringLiteral("no")));
        }
        done(Exit::Ok);
    });
}

} // namespace Lifeline
