#include "MtuChoice.h"

#include "FormChecks.h"

namespace Lifeline::Windows {

MtuChoice MtuChoice::fromSetting(const QString &setting)
{
    if (setting == QLatin1String("auto"))
        return { Mode::Automatic, 0 };
    if (FormChecks::mtu(setting).isEmpty())
        return { Mode::Fixed, setting.toInt() };
    return {};
}

QString MtuChoice::argument() const
{
    switch (mode) {
    case Mode::Automatic:
        return QStringLiteral("auto");
    case Mode::Fixed:
        return QString::number(value);
    case Mode::FromConfiguration:
        break;
    }
    return {};
}

} // namespace Lifeline::Windows
