#include "Validation.h"

#include <QTest>

using namespace Lifeline;

class TestValidation : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void tunnelName_data();
    void tunnelName();
    void families_data();
    void families();
    void isolationMode_data();
    void isolationMode();
    void commandLine_data();
    void commandLine();
    void environment_data();
    void environment();
    void workingDirectory_data();
    void workingDirectory();
    void controlCharactersNeverEchoed();
};

// `expected` is a fragment the error must contain; empty means "accepted".
void TestValidation::tunnelName_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("expected");
    QTest::newRow("simple") << "home" << "";
    QTest::newRow("digits and dash") << "vps-2" << "";
    QTest::newRow("twelve") << "abcdefghijkl" << "";
    QTest::newRow("empty") << "" << "empty";
    QTest::newRow("thirteen") << "abcdefghijklm" << "longer than 12";
    QTest::newRow("upper") << "Home" << "a-z, 0-9";
    QTest::newRow("slash") << "a/b" << "a-z, 0-9";
    QTest::newRow("dot") << ".." << "a-z, 0-9";
    QTest::newRow("space") << "a b" << "a-z, 0-9";
    QTest::newRow("newline") << "a\nb" << "a-z, 0-9";
    QTest::newRow("unicode") << QString::fromUtf8("caf\xc3\xa9") << "a-z, 0-9";
}

void TestValidation::tunnelName()
{
    QFETCH(QString, name);
    QFETCH(QString, expected);
    const QString error = Validation::tunnelName(name);
    if (expected.isEmpty())
        QVERIFY2(error.isEmpty(), qPrintable(error));
    else
        QVERIFY2(error.contains(expected), qPrintable(error));
}

void TestValidation::families_data()
{
    QTest::addColumn<QString>("families");
    QTest::addColumn<bool>("accepted");
    QTest::newRow("config default") << "" << true;
    QTest::newRow("ipv4") << "ipv4" << true;
    QTest::newRow("ipv6") << "ipv6" << true;
    QTest::newRow("all") << "all" << true;
    QTest::newRow("both") << "both" << false;
    QTest::newRow("case") << "IPv4" << false;
    QTest::newRow("list") << "ipv4,ipv6" << false;
}

void TestValidation::families()
{
    QFETCH(QString, families);
    QFETCH(bool, accepted);
    const QString error = Validation::families(families);
    QCOMPARE(error.isEmpty(), accepted);
    if (!accepted)
        QVERIFY(error.contains(QStringLiteral("ipv4, ipv6, all")));
}

void TestValidation::isolationMode_data()
{
    QTest::addColumn<QString>("mode");
    QTest::addColumn<QString>("expected");
    QTest::newRow("v4") << "ipv4-only" << "";
    QTest::newRow("v6") << "ipv6-only" << "";
    QTest::newRow("tunnel") << "tunnel:home" << "";
    QTest::newRow("tunnel without name") << "tunnel:" << "empty";
    QTest::newRow("tunnel bad name") << "tunnel:../x" << "a-z, 0-9";
    QTest::newRow("unknown") << "ipv5-only" << "unknown mode";
    QTest::newRow("empty") << "" << "unknown mode";
}

void TestValidation::isolationMode()
{
    QFETCH(QString, mode);
    QFETCH(QString, expected);
    const QString error = Validation::isolationMode(mode);
    if (expected.isEmpty())
        QVERIFY2(error.isEmpty(), qPrintable(error));
    else
        QVERIFY2(error.contains(expected), qPrintable(error));
}

void TestValidation::commandLine_data()
{
    QTest::addColumn<QStringList>("argv");
    QTest::addColumn<QString>("expected");
    QTest::newRow("absolute") << QStringList{"/usr/bin/curl", "-4", "http://x/"} << "";
    QTest::newRow("empty") << QStringList{} << "no program";
    QTest::newRow("empty program") << QStringList{""} << "no program";
    QTest::newRow("relative") << QStringList{"curl"} << "not an absolute path";
    QTest::newRow("nul") << QStringList{"/bin/echo", QString(QChar(0))} << "NUL";
    QTest::newRow("too many") << QStringList(Validation::MaxArguments + 1, QStringLiteral("/x"))
                              << "too many arguments";
    QTest::newRow("too long") << QStringList{"/bin/echo", QString(Validation::MaxCommandBytes, u'x')}
                              << "longer than";
}

void TestValidation::commandLine()
{
    QFETCH(QStringList, argv);
    QFETCH(QString, expected);
    const QString error = Validation::commandLine(argv);
    if (expected.isEmpty())
        QVERIFY2(error.isEmpty(), qPrintable(error));
    else
        QVERIFY2(error.contains(expected), qPrintable(error));
}

void TestValidation::environment_data()
{
    QTest::addColumn<StringMap>("env");
    QTest::addColumn<QString>("expected");
    QTest::newRow("usual") << StringMap{{"HOME", "/home/a"}, {"LANG", "de_DE.UTF-8"}} << "";
    QTest::newRow("empty value") << StringMap{{"EMPTY", ""}} << "";
    QTest::newRow("odd but legal bytes") << StringMap{{"X", QString::fromUtf8("\xe2\x9c\x93\t;$")}} << "";
    QTest::newRow("equals in name") << StringMap{{"A=B", "c"}} << "is not valid";
    QTest::newRow("empty name") << StringMap{{"", "c"}} << "is not valid";
    QTest::newRow("nul in name") << StringMap{{QString(QChar(0)), "c"}} << "is not valid";
    QTest::newRow("nul in value") << StringMap{{"A", QStringLiteral("x") + QChar(0)}} << "NUL";
}

void TestValidation::environment()
{
    QFETCH(StringMap, env);
    QFETCH(QString, expected);
    const QString error = Validation::environment(env);
    if (expected.isEmpty())
        QVERIFY2(error.isEmpty(), qPrintable(error));
    else
        QVERIFY2(error.contains(expected), qPrintable(error));
}

void TestValidation::workingDirectory_data()
{
    QTest::addColumn<QString>("cwd");
    QTest::addColumn<bool>("accepted");
    QTest::newRow("root") << "/" << true;
    QTest::newRow("home") << "/home/a b" << true;
    QTest::newRow("empty") << "" << false;
    QTest::newRow("relative") << "home" << false;
    QTest::newRow("nul") << QStringLiteral("/tmp") + QChar(0) << false;
}

void TestValidation::workingDirectory()
{
    QFETCH(QString, cwd);
    QFETCH(bool, accepted);
    QCOMPARE(Validation::workingDirectory(cwd).isEmpty(), accepted);
}

void TestValidation::controlCharactersNeverEchoed()
{
    const QString forged = QStringLiteral("x\nlifeline-helper: authorised\x1b[2J");
    for (const QString &error : {Validation::tunnelName(forged), Validation::isolationMode(forged),
                                 Validation::families(forged)}) {
        QVERIFY(!error.isEmpty());
        QVERIFY2(!error.contains(u'\n') && !error.contains(QChar(0x1b)), qPrintable(error));
    }
}

QTEST_GUILESS_MAIN(TestValidation)
#include "TestValidation.moc"
