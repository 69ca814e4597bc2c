#include "FakePolkit.h"

#include <QDBusArgument>
#include <QDBusMetaType>

namespace Lifeline::Test {

FakePolkit::FakePolkit(QDBusConnection bus)
    : m_bus(bus)
{
    qDBusRegisterMetaType<QMap<QString, QString>>();
    m_bus.registerVirtualObject(QStringLiteral("/org/freedesktop/PolicyKit1/Authority"), this);
    m_bus.registerService(QStringLiteral("org.freedesktop.PolicyKit1"));
}

QString FakePolkit::introspect(const QString &) const
{
    return {};
}

bool FakePolkit::handleMessage(const QDBusMessage &message, const QDBusConnection &)
{
    if (message.member() != u"CheckAuthorization" || message.arguments().size() != 5)
        return false;
    Check check;
    const auto subject = message.arguments().at(0).value<QDBusArgument>();
    QVariantMap details;
    subject.beginStructure();
    subject >> check.subjectKind >> details;
    subject.endStructure();
    check.subjectName = details.value(QStringLiteral("name")).toString();
    check.actionId = message.arguments().at(1).toString();
    check.flags = message.arguments().at(3).toUInt();
    check.message = message;
    m_checks << check;

    message.setDelayedReply(true);
    if (m_answer == Answer::Hold)
        m_held << message;
    else
        answer(message, m_answer);
    return true;
}

void FakePolkit::releaseHeld(Answer answer)
{
    const QList<QDBusMessage> held = std::exchange(m_held, {});
    for (const QDBusMessage &message : held)
        this->answer(message, answer);
}

void FakePolkit::answer(const QDBusMessage &message, Answer answer)
{
    if (answer == Answer::Error) {
        m_bus.send(message.createErrorReply(QStringLiteral("org.freedesktop.PolicyKit1.Error.Failed"),
                                            QStringLiteral("scripted failure")));
        return;
    }
    if (answer == Answer::Malformed) {
        m_bus.send(message.createReply(QVariantList{true}));
        return;
    }
    QDBusArgument result;
    result.beginStructure();
    result << (answer == Answer::Authorised) << (answer == Answer::Challenge)
           << QMap<QString, QString>();
    result.endStructure();
    m_bus.send(message.createReply(QVariantList{QVariant::fromValue(result)}));
}

} // namespace Lifeline::Test
