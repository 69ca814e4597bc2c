#include "Contract.h"

#include <QDBusMetaType>

namespace Lifeline {

QDBusArgument &operator<<(QDBusArgument &argument, const IsolatedInfo &info)
{
    argument.beginStructure();
    argument << info.id << info.mode << info.command << info.pid;
    argument.endStructure();
    return argument;
}

const QDBusArgument &operator>>(const QDBusArgument &argument, IsolatedInfo &info)
{
    argument.beginStructure();
    argument >> info.id >> info.mode >> info.command >> info.pid;
    argument.endStructure();
    return argument;
}

void registerContractTypes()
{
    qDBusRegisterMetaType<IsolatedInfo>();
    qDBusRegisterMetaType<IsolatedList>();
    qDBusRegisterMetaType<StringMap>();
    // QtDBus matches adaptor slots by parameter type *names*, so the
    // typedefs the generated code spells out must be known by name too.
    QMetaType::registerNormalizedTypedef("Lifeline::StringMap", QMetaType::fromType<StringMap>());
    QMetaType::registerNormalizedTypedef("Lifeline::IsolatedList", QMetaType::fromType<IsolatedList>());
}

} // namespace Lifeline
