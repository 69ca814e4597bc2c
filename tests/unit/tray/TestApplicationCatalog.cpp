// The application picker's list: .desktop files from the XDG directories in
// precedence order (first ID wins, Hidden hides), localised names, what is
// left out, the search, and the launch plan made from an entry.
#include "ApplicationCatalog.h"
#include "LaunchPlan.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Lifeline::Tray;

class TestApplicationCatalog : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void scan();
    void localisedName();
    void directoriesFromEnvironment();
    void search_data();
    void search();
    void launchPlan();
    void launchPlanRefuses_data();
    void launchPlanRefuses();

private:
    void write(const QString &relative, const QByteArray &contents);
    QList<DesktopEntry> scanned(const QString &locale = QStringLiteral("C")) const;

    QTemporaryDir m_dir;
    QString m_user;
    QString m_system;
    QString m_bin;
};

void TestApplicationCatalog::write(const QString &relative, const QByteArray &contents)
{
    const QString path = m_dir.path() + u'/' + relative;
    QVERIFY(QDir().mkpath(QFileInfo(path).absolutePath()));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(contents);
}

QList<DesktopEntry> TestApplicationCatalog::scanned(const QString &locale) const
{
    return ApplicationCatalog::scan({ m_user, m_system }, locale, { QStringLiteral("XFCE") }, m_bin);
}

void TestApplicationCatalog::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_user = m_dir.path() + QStringLiteral("/home/applications");
    m_system = m_dir.path() + QStringLiteral("/usr/applications");
    m_bin = m_dir.path() + QStringLiteral("/bin");
    write(QStringLiteral("bin/browser"), "#!/bin/sh\n");
    QVERIFY(QFile::setPermissions(m_bin + QStringLiteral("/browser"),
        QFileDevice::ReadOwner | QFileDevice::ExeOwner));

    write(QStringLiteral("usr/applications/browser.desktop"),
        "[Desktop Entry]\nType=Application\nName=Browser\nName[de]=Webbrowser\n"
        "GenericName=Web Browser\nKeywords=internet;www;\nExec=browser %u\nTryExec=browser\n"
        "Icon=web-browser\n\n[Desktop Action new]\nName=New Window\nExec=other\n");
    write(QStringLiteral("usr/applications/editor.desktop"),
        "[Desktop Entry]\nType=Application\nName=Editor\nExec=editor %F\nPath=/tmp\n");
    write(QStringLiteral("usr/applications/hidden-by-user.desktop"),
        "[Desktop Entry]\nType=Application\nName=Shadowed\nExec=shadowed\n");
    write(QStringLiteral("home/applications/hidden-by-user.desktop"),
        "[Desktop Entry]\nType=Application\nName=Shadowed\nExec=shadowed\nHidden=true\n");
    write(QStringLiteral("home/applications/editor.desktop"),
        "[Desktop Entry]\nType=Application\nName=My Editor\nExec=editor --mine\n");
    write(QStringLiteral("usr/applications/nodisplay.desktop"),
        "[Desktop Entry]\nType=Application\nName=Handler\nExec=handler\nNoDisplay=true\n");
    write(QStringLiteral("usr/applications/terminal.desktop"),
        "[Desktop Entry]\nType=Application\nName=Top\nExec=top\nTerminal=true\n");
    write(QStringLiteral("usr/applications/link.desktop"),
        "[Desktop Entry]\nType=Link\nName=Site\nURL=http://example.org\n");
    write(QStringLiteral("usr/applications/gnome-only.desktop"),
        "[Desktop Entry]\nType=Application\nName=Gnome Thing\nExec=g\nOnlyShowIn=GNOME;\n");
    write(QStringLiteral("usr/applications/not-xfce.desktop"),
        "[Desktop Entry]\nType=Application\nName=Not Here\nExec=n\nNotShowIn=XFCE;\n");
    write(QStringLiteral("usr/applications/missing-tryexec.desktop"),
        "[Desktop Entry]\nType=Application\nName=Gone\nExec=gone\nTryExec=gone-program\n");
    write(QStringLiteral("usr/applications/kde/konsole.desktop"),
        "[Desktop Entry]\nType=Application\nName=Konsole Launcher\nExec=konsole\n");
    write(QStringLiteral("usr/applications/other-group-first.desktop"),
        "[Other Group]\nName=Wrong\n[Desktop Entry]\nType=Application\nName=Right\nExec=right\n");
}

void TestApplicationCatalog::scan()
{
    const QList<DesktopEntry> entries = scanned();
    QStringList ids;
    QStringList names;
    for (const DesktopEntry &entry : entries) {
        ids << entry.id;
        names << entry.name;
    }
    // Sorted by name; the user's editor.desktop wins over the system's.
    QCOMPARE(names, (QStringList { "Browser", "Konsole Launcher", "My Editor", "Right" }));
    QCOMPARE(ids, (QStringList { "browser.desktop", "kde-konsole.desktop", "editor.desktop",
                      "other-group-first.desktop" }));
    const DesktopEntry &browser = entries.first();
    QCOMPARE(browser.exec, QStringLiteral("browser %u"));
    QCOMPARE(browser.icon, QStringLiteral("web-browser"));
    QCOMPARE(browser.keywords, (QStringList { "internet", "www" }));
    QCOMPARE(browser.file, m_system + QStringLiteral("/browser.desktop"));
}

void TestApplicationCatalog::localisedName()
{
    auto browserName = [this](const QString &locale) {
        for (const DesktopEntry &entry : scanned(locale)) {
            if (entry.id == QLatin1String("browser.desktop"))
                return entry.name;
        }
        return QString();
    };
    QCOMPARE(browserName(QStringLiteral("de_DE")), QStringLiteral("Webbrowser"));
    QCOMPARE(browserName(QStringLiteral("de")), QStringLiteral("Webbrowser"));
    QCOMPARE(browserName(QStringLiteral("fr_FR")), QStringLiteral("Browser"));
}

void TestApplicationCatalog::directoriesFromEnvironment()
{
    qputenv("XDG_DATA_HOME", "/home/u/.data");
    qputenv("XDG_DATA_DIRS", "/usr/local/share/:/usr/share:relative/ignored:/usr/share");
    QCOMPARE(ApplicationCatalog::applicationDirectories(),
        (QStringList { "/home/u/.data/applications", "/usr/local/share/applications",
            "/usr/share/applications" }));
    qunsetenv("XDG_DATA_DIRS");
    qunsetenv("XDG_DATA_HOME");
    QCOMPARE(ApplicationCatalog::applicationDirectories(),
        (QStringList { QDir::homePath() + "/.local/share/applications",
            "/usr/local/share/applications", "/usr/share/applications" }));
}

void TestApplicationCatalog::search_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QStringList>("names");
    QTest::newRow("everything") << "" << QStringList { "Browser", "Konsole Launcher", "My Editor", "Right" };
    QTest::newRow("name, any case") << "bRoW" << QStringList { "Browser" };
    QTest::newRow("generic name") << "web" << QStringList { "Browser" };
    QTest::newRow("keyword") << "internet" << QStringList { "Browser" };
    QTest::newRow("every word") << "my edit" << QStringList { "My Editor" };
    QTest::newRow("words in any field") << "www browser" << QStringList { "Browser" };
    QTest::newRow("nothing") << "spreadsheet" << QStringList {};
}

void TestApplicationCatalog::search()
{
    QFETCH(QString, query);
    QStringList names;
    for (const DesktopEntry &entry : scanned()) {
        if (ApplicationCatalog::matches(entry, query))
            names << entry.name;
    }
    QTEST(names, "names");
}

void TestApplicationCatalog::launchPlan()
{
    const DesktopEntry browser = scanned().first();
    const Lifeline::StringMap environment { { "PATH", m_bin }, { "DISPLAY", ":5" } };
    const LaunchPlan plan = planLaunch(browser, environment, QStringLiteral("/home/u"));
    QVERIFY2(plan.error.isEmpty(), qPrintable(plan.error));
    QCOMPARE(plan.argv, QStringList { m_bin + QStringLiteral("/browser") });
    QCOMPARE(plan.environment, environment);
    QCOMPARE(plan.workingDirectory, QStringLiteral("/home/u"));
    QCOMPARE(plan.logName, QStringLiteral("browser.log"));

    DesktopEntry withPath;
    withPath.id = QStringLiteral("../evil/id.desktop");
    withPath.name = QStringLiteral("Shell");
    withPath.exec = QStringLiteral("/bin/sh -c true");
    withPath.path = QStringLiteral("/tmp");
    const LaunchPlan second = planLaunch(withPath, environment, QStringLiteral("/home/u"));
    QVERIFY2(second.error.isEmpty(), qPrintable(second.error));
    QCOMPARE(second.argv, (QStringList { "/bin/sh", "-c", "true" }));
    QCOMPARE(second.workingDirectory, QStringLiteral("/tmp"));
    QVERIFY(!second.logName.contains(u'/'));
    QVERIFY(!second.logName.startsWith(u'.'));
}

void TestApplicationCatalog::launchPlanRefuses_data()
{
    QTest::addColumn<QString>("exec");
    QTest::addColumn<QString>("says");
    QTest::newRow("not installed") << "no-such-program-here %u" << "is not installed";
    QTest::newRow("relative path") << "bin/browser" << "is not a program";
    QTest::newRow("not executable") << "/etc/passwd" << "is not a program";
    QTest::newRow("malformed") << "browser \"x" << "malformed";
}

void TestApplicationCatalog::launchPlanRefuses()
{
    QFETCH(QString, exec);
    QFETCH(QString, says);
    DesktopEntry entry;
    entry.id = QStringLiteral("x.desktop");
    entry.name = QStringLiteral("Thing");
    entry.exec = exec;
    const LaunchPlan plan = planLaunch(entry, { { "PATH", m_bin } }, QStringLiteral("/home/u"));
    QVERIFY2(plan.error.contains(says), qPrintable(plan.error));
    QVERIFY(plan.error.contains(QStringLiteral("Thing")));
}

QTEST_GUILESS_MAIN(TestApplicationCatalog)
#include "TestApplicationCatalog.moc"
