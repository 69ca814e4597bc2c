#include "ValueForMessage.h"

#include <QTest>

using namespace Lifeline;

// The one function every helper error message quotes a caller's value
// through: it must bound the value and leave no control character raw.
class TestValueForMessage : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void shown_data();
    void shown();
};

void TestValueForMessage::shown_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<qsizetype>("maxChars");
    QTest::addColumn<QString>("expected");
    QTest::newRow("plain kept") << "home" << qsizetype(40) << "home";
    QTest::newRow("empty") << "" << qsizetype(40) << "";
    QTest::newRow("exactly the cap") << "abcd" << qsizetype(4) << "abcd";
    QTest::newRow("cut at the cap") << "abcdef" << qsizetype(4) << "abcd";
    QTest::newRow("cap 60") << QString(100, u'x') << qsizetype(60) << QString(60, u'x');
    QTest::newRow("newline") << "a\nb" << qsizetype(40) << "a?b";
    QTest::newRow("carriage return and tab") << "a\r\tb" << qsizetype(40) << "a??b";
    QTest::newRow("escape sequence") << "\x1b[31mred" << qsizetype(40) << "?[31mred";
    QTest::newRow("NUL") << QString(QChar(0)) + QStringLiteral("x") << qsizetype(40) << "?x";
    QTest::newRow("DEL") << "a\x7f" << qsizetype(40) << "a?";
    QTest::newRow("C1 control (CSI)") << QString(QChar(0x9b)) + QStringLiteral("2J") << qsizetype(40) << "?2J";
    // Non-ASCII text is not control: quoted as sent.
    QTest::newRow("unicode kept") << QString::fromUtf8("caf\xc3\xa9") << qsizetype(40)
                                  << QString::fromUtf8("caf\xc3\xa9");
    // Format characters (category Cf) are not Other_Control: kept, as before.
    QTest::newRow("zero-width space kept") << QString(QChar(0x200b)) << qsizetype(40)
                                           << QString(QChar(0x200b));
    QTest::newRow("control past the cap dropped") << "abcd\n" << qsizetype(4) << "abcd";
}

void TestValueForMessage::shown()
{
    QFETCH(QString, value);
    QFETCH(qsizetype, maxChars);
    QFETCH(QString, expected);
    QCOMPARE(valueForMessage(value, maxChars), expected);
}

QTEST_APPLESS_MAIN(TestValueForMessage)
#include "TestValueForMessage.moc"
