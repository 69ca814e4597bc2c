#include "TunnelCreation.h"

#include "Contract.h"
#include "KeyPair.h"
#include "WgQuickConfig.h"

#include <QScopeGuard>

namespace Lifeline {

TunnelManager::Outcome createTunnel(TunnelManager &tunnels, const QString &name,
    const Tunnel::NewTunnel &settings, QString *publicKey)
{
    // Checked before a key is made; the store refuses a taken name as well.
    if (tunnels.list().contains(name))
        return { Error::InvalidArgument,
            QStringLiteral("a tunnel named \"%1\" already exists; remove it first").arg(name) };
    QString error;
    auto pair = Tunnel::generateKeyPair(&error);
    if (!pair)
        return { Error::Failed, error };
    QString text = Tunnel::wgQuickText(settings, pair->privateKey);
    const auto wipeSecrets = qScopeGuard([&] {
        Tunnel::wipe(pair->privateKey);
        Tunnel::wipeText(text);
    });
    TunnelManager::Outcome outcome = tunnels.import(name, text);
    if (outcome.errorName) {
        // The settings were checked field by field, so the parser should
        // not refuse; if it does, its "line N" means the generated text.
        if (qstrcmp(outcome.errorName, Error::InvalidArgument) == 0)
            outcome.error = QStringLiteral("the settings do not make a valid tunnel: ") + outcome.error;
        return outcome;
    }
    *publicKey = QString::fromLatin1(pair->publicKey.toBase64());
    return {};
}

} // namespace Lifeline
