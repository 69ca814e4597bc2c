#include "TunnelName.h"

#include "ValueForMessage.h"

namespace Lifeline::Tunnel {
namespace {

// A refused name inside a message: short, with control characters made
// visible, so a hostile name cannot forge log lines.
QString shown(const QString &name)
{
    return valueForMessage(name, 40);
}

} // namespace

QString checkName(const QString &name)
{
    if (name.isEmpty())
        return QStringLiteral("the tunnel name is empty");
    if (name.size() > MaxNameLength)
        return QStringLiteral("the tunnel name \"%1\" is longer than %2 characters")
            .arg(shown(name))
            .arg(MaxNameLength);
    for (const QChar c : name) {
        const bool allowed = (c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9') || c == u'-';
        if (!allowed)
            return QStringLiteral("the tunnel name \"%1\" may only contain a-z, 0-9 and '-'")
                .arg(shown(name));
    }
    return {};
}

QString interfaceName(const QString &name)
{
    return QStringLiteral("ll-") + name;
}

} // namespace Lifeline::Tunnel
