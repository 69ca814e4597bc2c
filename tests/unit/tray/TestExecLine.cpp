// Exec lines of .desktop files to argv: quoting, escapes and field codes as the
// Desktop Entry Specification says, and the lines real files contain.
#include "ExecLine.h"

#include <QTest>

using namespace Lifeline::Tray;

class TestExecLine : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void parse_data();
    void parse();
    void refused_data();
    void refused();
    void unescape_data();
    void unescape();
};

void TestExecLine::parse_data()
{
    QTest::addColumn<QString>("exec");
    QTest::addColumn<QStringList>("argv");
    QTest::newRow("plain") << "firefox-esr" << QStringList { "firefox-esr" };
    QTest::newRow("file codes vanish") << "firefox-esr %u" << QStringList { "firefox-esr" };
    QTest::newRow("all of them") << "app %f %F %u %U %d %D %n %N %v %m --x" << QStringList { "app", "--x" };
    QTest::newRow("absolute, options") << "/usr/bin/gimp-2.10 --new-instance %U"
                                       << QStringList { "/usr/bin/gimp-2.10", "--new-instance" };
    QTest::newRow("icon") << "app %i" << QStringList { "app", "--icon", "web-browser" };
    QTest::newRow("name") << "app --title=%c" << QStringList { "app", "--title=Web Browser" };
    QTest::newRow("desktop file") << "app %k" << QStringList { "app", "/usr/share/applications/app.desktop" };
    QTest::newRow("percent") << "printf 100%%" << QStringList { "printf", "100%" };
    QTest::newRow("code inside a word vanishes") << "app --open=%f" << QStringList { "app", "--open=" };
    QTest::newRow("double quotes") << R"(sh -c "echo hello world")" << QStringList { "sh", "-c", "echo hello world" };
    QTest::newRow("escapes in double quotes") << R"(sh -c "echo \"a\" \$HOME \`x\` \\")"
                                              << QStringList { "sh", "-c", R"(echo "a" $HOME `x` \)" };
    QTest::newRow("other backslash in quotes kept") << R"(app "a\nb")" << QStringList { "app", R"(a\nb)" };
    QTest::newRow("quoted percent") << R"(app "50%%" "%f")" << QStringList { "app", "50%", "%f" };
    QTest::newRow("single quotes, as GLib") << "sh -c 'echo $HOME %u'" << QStringList { "sh", "-c", "echo $HOME %u" };
    QTest::newRow("quote inside a word") << R"(app --name="two words")" << QStringList { "app", "--name=two words" };
    QTest::newRow("empty quoted argument") << R"(app "" x)" << QStringList { "app", "", "x" };
    QTest::newRow("many spaces") << "  app   -a    -b  " << QStringList { "app", "-a", "-b" };
    QTest::newRow("env prefix") << "env GDK_BACKEND=x11 app" << QStringList { "env", "GDK_BACKEND=x11", "app" };
    QTest::newRow("backslash space") << R"(my\ app x)" << QStringList { "my app", "x" };
}

void TestExecLine::parse()
{
    QFETCH(QString, exec);
    const ExecResult result = parseExec(exec,
        { QStringLiteral("Web Browser"), QStringLiteral("web-browser"),
            QStringLiteral("/usr/share/applications/app.desktop") });
    QVERIFY2(result.error.isEmpty(), qPrintable(result.error));
    QTEST(result.argv, "argv");
}

void TestExecLine::refused_data()
{
    QTest::addColumn<QString>("exec");
    QTest::addColumn<QString>("says");
    QTest::newRow("empty") << "" << "no program";
    QTest::newRow("only codes") << "%U %f" << "no program";
    QTest::newRow("open double quote") << R"(app "x)" << "not closed";
    QTest::newRow("open single quote") << "app 'x" << "not closed";
    QTest::newRow("trailing backslash") << "app \\" << "backslash";
    QTest::newRow("empty program") << R"("" x)" << "no program";
}

void TestExecLine::refused()
{
    QFETCH(QString, exec);
    QFETCH(QString, says);
    const ExecResult result = parseExec(exec);
    QVERIFY(result.argv.isEmpty());
    QVERIFY2(result.error.contains(says), qPrintable(result.error));
}

void TestExecLine::unescape_data()
{
    QTest::addColumn<QString>("raw");
    QTest::addColumn<QString>("value");
    QTest::newRow("space") << R"(a\sb)" << "a b";
    QTest::newRow("newline, tab, cr") << R"(a\nb\tc\rd)" << "a\nb\tc\rd";
    QTest::newRow("backslash") << R"(a\\b)" << R"(a\b)";
    QTest::newRow("exec quoting left alone") << R"(sh -c "x \"y\"")" << R"(sh -c "x \"y\"")";
    QTest::newRow("list separator left alone") << R"(a\;b)" << R"(a\;b)";
}

void TestExecLine::unescape()
{
    QFETCH(QString, raw);
    QTEST(unescapeValue(raw), "value");
}

QTEST_GUILESS_MAIN(TestExecLine)
#include "TestExecLine.moc"
