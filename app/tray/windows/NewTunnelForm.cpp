#include "NewTunnelForm.h"

#include "FormChecks.h"

#include <QStringList>

namespace Lifeline::Windows {

QList<NewTunnelForm::Problem> NewTunnelForm::problems() const
{
    const std::pair<Field, QString> checks[] = {
        { Field::Name, FormChecks::tunnelName(name.trimmed()) },
        { Field::Endpoint, FormChecks::endpoint(endpoint.trimmed()) },
        { Field::ServerKey, FormChecks::publicKey(serverKey.trimmed()) },
        { Field::Addresses, FormChecks::addresses(FormChecks::splitList(addresses)) },
        { Field::Dns, FormChecks::dns(FormChecks::splitList(dns)) },
    };
    QList<Problem> result;
    for (const auto &[field, message] : checks) {
        if (!message.isEmpty())
            result.append({ field, message });
    }
    return result;
}

QVariantMap NewTunnelForm::settings() const
{
    // Explicit QString/QStringList values, so the bus carries s and as.
    QVariantMap result {
        { QStringLiteral("endpoint"), QVariant::fromValue(endpoint.trimmed()) },
        { QStringLiteral("peer-public-key"), QVariant::fromValue(serverKey.trimmed()) },
        { QStringLiteral("addresses"), QVariant::fromValue(FormChecks::splitList(addresses)) },
    };
    const QStringList resolvers = FormChecks::splitList(dns);
    if (!resolvers.isEmpty())
        result.insert(QStringLiteral("dns"), QVariant::fromValue(resolvers));
    return result;
}

} // namespace Lifeline::Windows
