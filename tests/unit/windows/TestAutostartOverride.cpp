// "Start at login" by the XDG autostart rules, in throw-away config dirs:
// a user file with Hidden=true turns the system entry off, removing it turns
// it back on, and without a system entry the user gets one of their own.
#include "AutostartOverride.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Lifeline::Windows;

namespace {

const QByteArray SystemEntry = "[Desktop Entry]\nType=Application\nName=Lifeline\nExec=lifeline\n";

void write(const QString &path, const QByteArray &text)
{
    QVERIFY(QDir().mkpath(QFileInfo(path).path()));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    QCOMPARE(file.write(text), text.size());
}

QByteArray read(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

class TestAutostartOverride : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void followsTheSystemEntry();
    void offWithoutAnyEntry();
    void disablingWritesAHiddenOverride();
    void enablingRemovesTheOverride();
    void enablingWithoutSystemEntryWritesOne();
    void disablingWhatTheUserWroteHidesIt();
    void firstSystemDirWins();
    void gnomeDisabledKeyCounts();
    void hiddenOutsideTheEntryGroupDoesNotCount();
    void unchangedWhenAlreadyAsAsked();
    void unwritableConfigDirIsReported();
    void turnedOffOnlyByAnEntrySayingSo();

private:
    QString systemFile(int dir) const;

    std::unique_ptr<QTemporaryDir> m_root;
    QString m_user;
    QStringList m_system;
};

void TestAutostartOverride::init()
{
    m_root = std::make_unique<QTemporaryDir>();
    QVERIFY(m_root->isValid());
    m_user = m_root->filePath("home/.config");
    m_system = { m_root->filePath("etc/xdg-first"), m_root->filePath("etc/xdg") };
}

QString TestAutostartOverride::systemFile(int dir) const
{
    return m_system.at(dir) + "/autostart/" + AutostartOverride::FileName;
}

void TestAutostartOverride::followsTheSystemEntry()
{
    write(systemFile(1), SystemEntry);
    const AutostartOverride autostart(m_user, m_system);
    QVERIFY(autostart.isEnabled());
    QCOMPARE(autostart.userFilePath(),
        m_user + "/autostart/io.github.lifeline.Lifeline.desktop");
}

void TestAutostartOverride::offWithoutAnyEntry()
{
    QVERIFY(!AutostartOverride(m_user, m_system).isEnabled());
}

void TestAutostartOverride::disablingWritesAHiddenOverride()
{
    write(systemFile(1), SystemEntry);
    AutostartOverride autostart(m_user, m_system);
    QCOMPARE(autostart.setEnabled(false), QString());
    QVERIFY(!autostart.isEnabled());
    const QByteArray text = read(autostart.userFilePath());
    QVERIFY(text.startsWith("[Desktop Entry]\n"));
    QVERIFY(text.contains("\nHidden=true\n"));
    // The system entry itself is never touched.
    QCOMPARE(read(systemFile(1)), SystemEntry);
}

void TestAutostartOverride::enablingRemovesTheOverride()
{
    write(systemFile(1), SystemEntry);
    AutostartOverride autostart(m_user, m_system);
    QCOMPARE(autostart.setEnabled(false), QString());
    QCOMPARE(autostart.setEnabled(true), QString());
    QVERIFY(autostart.isEnabled());
    // Following the system entry again, not a copy of it.
    QVERIFY(!QFile::exists(autostart.userFilePath()));
}

void TestAutostartOverride::enablingWithoutSystemEntryWritesOne()
{
    AutostartOverride autostart(m_user, m_system);
    QCOMPARE(autostart.setEnabled(true), QString());
    QVERIFY(autostart.isEnabled());
    const QByteArray text = read(autostart.userFilePath());
    QVERIFY(text.contains("\nExec=lifeline --autostart\n"));
    QVERIFY(!text.contains("Hidden"));
    QCOMPARE(autostart.setEnabled(false), QString());
    QVERIFY(!autostart.isEnabled());
}

void TestAutostartOverride::disablingWhatTheUserWroteHidesIt()
{
    AutostartOverride autostart(m_user, m_system);
    write(autostart.userFilePath(), SystemEntry);
    QVERIFY(autostart.isEnabled());
    QCOMPARE(autostart.setEnabled(false), QString());
    QVERIFY(read(autostart.userFilePath()).contains("\nHidden=true\n"));
    QVERIFY(!autostart.isEnabled());
}

void TestAutostartOverride::firstSystemDirWins()
{
    write(systemFile(0), SystemEntry + "Hidden=true\n");
    write(systemFile(1), SystemEntry);
    AutostartOverride autostart(m_user, m_system);
    QVERIFY(!autostart.isEnabled());
    // Turning it on cannot change the system dirs: the user gets an entry.
    QCOMPARE(autostart.setEnabled(true), QString());
    QVERIFY(autostart.isEnabled());
    QVERIFY(QFile::exists(autostart.userFilePath()));
}

void TestAutostartOverride::gnomeDisabledKeyCounts()
{
    AutostartOverride autostart(m_user, m_system);
    write(systemFile(1), SystemEntry);
    write(autostart.userFilePath(), SystemEntry + "X-GNOME-Autostart-enabled=false\n");
    QVERIFY(!autostart.isEnabled());
    QCOMPARE(autostart.setEnabled(true), QString());
    QVERIFY(autostart.isEnabled());
    QVERIFY(!QFile::exists(autostart.userFilePath()));
}

void TestAutostartOverride::hiddenOutsideTheEntryGroupDoesNotCount()
{
    write(systemFile(1), SystemEntry + "\n[Desktop Action other]\nHidden=true\n");
    QVERIFY(AutostartOverride(m_user, m_system).isEnabled());
}

void TestAutostartOverride::unchangedWhenAlreadyAsAsked()
{
    write(systemFile(1), SystemEntry);
    AutostartOverride autostart(m_user, m_system);
    QCOMPARE(autostart.setEnabled(true), QString());
    QVERIFY(!QFile::exists(autostart.userFilePath()));
    QVERIFY(!QDir(m_user).exists());
}

void TestAutostartOverride::unwritableConfigDirIsReported()
{
    write(systemFile(1), SystemEntry);
    // A file where the config directory should be: mkpath fails, as for a
    // read-only home, whoever runs the test (root ignores permissions).
    write(m_root->filePath("blocker"), "not a directory");
    AutostartOverride autostart(m_root->filePath("blocker/.config"), m_system);
    const QString error = autostart.setEnabled(false);
    QVERIFY2(error.contains("blocker"), qPrintable(error));
    QVERIFY(autostart.isEnabled());
}

void TestAutostartOverride::turnedOffOnlyByAnEntrySayingSo()
{
    // What `lifeline --autostart` asks: no entry at all is not "off" (a window
    // manager's own start-up list may run it), a hidden one is.
    AutostartOverride autostart(m_user, m_system);
    QVERIFY(!autostart.isEnabled());
    QVERIFY(!autostart.isTurnedOff());
    write(systemFile(1), SystemEntry);
    QVERIFY(!autostart.isTurnedOff());
    QCOMPARE(autostart.setEnabled(false), QString()); // the settings window's check box
    QVERIFY(autostart.isTurnedOff());
    QCOMPARE(autostart.setEnabled(true), QString());
    QVERIFY(!autostart.isTurnedOff());
    write(systemFile(1), SystemEntry + "Hidden=true\n");
    QVERIFY(autostart.isTurnedOff());
}

QTEST_APPLESS_MAIN(TestAutostartOverride)
#include "TestAutostartOverride.moc"
