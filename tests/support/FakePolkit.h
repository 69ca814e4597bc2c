// A stand-in for polkitd's Authority on a test bus: records what it was
// asked and answers as the test scripts it, now or later.
#pragma once

#include <QDBusConnection>
#include <QDBusMessage>
#include <QDBusVirtualObject>
#include <QList>

namespace Lifeline::Test {

class FakePolkit : public QDBusVirtualObject
{
    Q_OBJECT
public:
    enum class Answer { Authorised, NotAuthorised, Challenge, Error, Malformed, Hold };

    struct Check {
        QString subjectKind;
        QString subjectName;
        QString actionId;
        uint flags = 0;
        QDBusMessage message;
    };

    explicit FakePolkit(QDBusConnection bus);

    // The answer for checks from now on; Hold keeps them pending.
    void setAnswer(Answer answer) { m_answer = answer; }
    const QList<Check> &checks() const { return m_checks; }
    int heldCount() const { return m_held.size(); }
    // Answers every held check with `answer`.
    void releaseHeld(Answer answer);

    QString introspect(const QString &path) const override;
    bool handleMessage(const QDBusMessage &message, const QDBusConnection &connection) override;

private:
    void answer(const QDBusMessage &message, Answer answer);

    QDBusConnection m_bus;
    Answer m_answer = Answer::Authorised;
    QList<Check> m_checks;
    QList<QDBusMessage> m_held;
};

} // namespace Lifeline::Test
