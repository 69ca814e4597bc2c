// What the "Let Lifeline make the keys" form holds, checked, and turned into
// CreateTunnel's typed settings. No widgets here, so it is tested on its own.
#pragma once

#include <QList>
#include <QString>
#include <QVariantMap>

namespace Lifeline::Windows {

struct NewTunnelForm {
    enum class Field { Name, Endpoint, ServerKey, Addresses, Dns };
    struct Problem {
        Field field;
        QString message;
    };

    QString name;
    QString endpoint;   // the server's host:port
    QString serverKey;  // the server's public key
    QString addresses;  // this computer's addresses in the tunnel, comma or blank separated
    QString dns;        // optional

    // Every field's problem, in the order of the form; empty when all is well.
    // Values are taken trimmed, as typed.
    QList<Problem> problems() const;
    // CreateTunnel's settings (contract-ext.md): s, s, as and, when given, as.
    QVariantMap settings() const;
};

} // namespace Lifeline::Windows
