#include "TunnelSettings.h"

#include <QList>

namespace Lifeline::Tunnel {

QString TunnelSettings::mtuText() const
{
    switch (mtu) {
    case Mtu::FromConfig:
        break;
    case Mtu::Auto:
        return QStringLiteral("auto");
    case Mtu::Fixed:
        return QString::number(fixedMtu);
    }
    return {};
}

QByteArray TunnelSettings::fileText() const
{
    if (mtu == Mtu::FromConfig)
        return {};
    return "mtu = " + mtuText().toLatin1() + '\n';
}

QString parseMtuSetting(QStringView value, TunnelSettings *settings)
{
    if (value == u"auto") {
        settings->mtu = TunnelSettings::Mtu::Auto;
        settings->fixedMtu = 0;
        return {};
    }
    const auto refused = [&] {
        return QStringLiteral("the MTU setting must be \"auto\" or a whole number from %1 to "
                              "%2, not \"%3\"")
            .arg(MinimumMtuSetting)
            .arg(MaximumMtuSetting)
            .arg(value.left(32));
    };
    // Four digits at most, so the number below cannot overflow.
    if (value.isEmpty() || value.size() > 4 || value.front() == u'0')
        return refused();
    quint32 number = 0;
    for (const QChar c : value) {
        if (c < u'0' || c > u'9')
            return refused();
        number = number * 10 + quint32(c.unicode() - u'0');
    }
    if (number < MinimumMtuSetting || number > MaximumMtuSetting)
        return refused();
    settings->mtu = TunnelSettings::Mtu::Fixed;
    settings->fixedMtu = number;
    return {};
}

std::optional<TunnelSettings> parseSettingsFile(const QByteArray &text, QString *why)
{
    TunnelSettings settings;
    const QList<QByteArray> lines = text.split('\n');
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QByteArray line = lines.at(i).trimmed();
        if (line.isEmpty())
            continue;
        const qsizetype equals = line.indexOf('=');
        const QByteArray key = line.left(equals).trimmed();
        const QString value = QString::fromLatin1(line.mid(equals + 1).trimmed());
        QString error;
        if (equals < 0 || key != "mtu")
            error = QStringLiteral("unknown setting");
        else
            error = parseMtuSetting(value, &settings);
        if (!error.isEmpty()) {
            *why = QStringLiteral("line %1: %2").arg(i + 1).arg(error);
            return std::nullopt;
        }
    }
    return settings;
}

} // namespace Lifeline::Tunnel
