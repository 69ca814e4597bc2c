// The settings and set-up windows on the offscreen platform against a fake
// helper on a private bus: what they send (typed, interactive), what they
// show, keyboard use, accessible names; and screenshots for the README.
#include "ConnectionTest.h"
#include "SettingsWindow.h"
#include "SetupWindow.h"
#include "TunnelTable.h"
#include "WindowsFakeHelper.h"
#include "windowsfakeadaptor.h"

#include "PrivateBus.h"
#include "SharedSettings.h"

#include <QAbstractButton>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDateTime>
#include <QDir>
#include <QFileDialog>
#include <QGuiApplication>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QScreen>
#include <QScrollArea>
#include <QScrollBar>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStackedWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QTreeView>

#include <memory>
#include <optional>

using namespace Lifeline;
using namespace Lifeline::Windows;
using Lifeline::Test::WindowsFakeHelper;

namespace {

const QString ServerKey = "xTIBA5rboUvnH4htodjb6e697QjLERt1NAB4mZqp8Dg=";

template<typename T = QWidget>
T *child(const QWidget &window, const char *name)
{
    T *found = window.findChild<T *>(QLatin1String(name));
    if (!found)
        qWarning("no %s named %s", T::staticMetaObject.className(), name);
    return found;
}

QWidget *currentPage(const QWidget &window)
{
    return window.findChild<QStackedWidget *>()->currentWidget();
}

QVariantMap upStatus(qint64 handshakeAgo)
{
    return {
        { "state", "up" }, { "interface", "ll-vps" }, { "endpoint", "[2001:db8::5]:51820" },
        { "families", QStringList { "ipv4" } }, { "mtu", QVariant::fromValue<uint>(1420) },
        { "mtu-setting", QString() }, { "backend", "kernel" },
        { "last-handshake", QDateTime::currentSecsSinceEpoch() - handshakeAgo },
        { "error", QString() },
    };
}

QVariantMap downStatus()
{
    return {
        { "state", "down" }, { "interface", "ll-home" }, { "endpoint", "203.0.113.5:51820" },
        { "families", QStringList { "ipv4", "ipv6" } }, { "mtu", QVariant::fromValue<uint>(0) },
        { "mtu-setting", QString() }, { "last-handshake", QVariant::fromValue<qint64>(0) },
        { "error", QString() },
    };
}

QSettings appSettings()
{
    return QSettings(sharedSettingsPath(), QSettings::IniFormat);
}

void saveScreenshot(QWidget &window, const QString &name)
{
    QCoreApplication::processEvents();
    const QString path = QStringLiteral(SCREENSHOT_DIR "/") + name;
    QVERIFY2(window.grab().save(path), qPrintable(path));
}

} // namespace

class TestWindowsGui : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void setupRefusesABadFormBeforeAnyCall();
    void setupMakesKeysByKeyboardAndShowsTheServerSide();
    void setupTestsTheConnectionAndDisconnects();
    void connectionTestSaysWhatWentWrong();
    void setupImportsAChosenFile();
    void setupSaysWhatTheHelperRefused();
    void settingsListsTunnelsAndSetsTheMtu();
    void settingsFollowsTunnelChanged();
    void settingsSavesBackupAutomaticAndAutostart();
    void settingsRemovesAfterAsking();
    void settingsChecksProbeTargetsBeforeSaving();
    void everyControlHasANameAndNoFixedSize();
    void settingsOpensAtItsContentsSize();

private:
    std::unique_ptr<Test::PrivateBus> m_bus;
    std::optional<QDBusConnection> m_service;
    std::optional<QDBusConnection> m_client;
    WindowsFakeHelper *m_fake = nullptr;
    QString m_autostartFile;
};

void TestWindowsGui::initTestCase()
{
    // ctest points XDG_CONFIG_HOME and XDG_CONFIG_DIRS into the build dir.
    const QString home = qEnvironmentVariable("XDG_CONFIG_HOME");
    const QString system = qEnvironmentVariable("XDG_CONFIG_DIRS");
    QVERIFY2(home.contains("gui-windows"), "run through ctest: it sets the XDG dirs");
    QVERIFY(QDir(home).removeRecursively() && QDir().mkpath(home));
    QVERIFY(QDir().mkpath(system + "/autostart"));
    QFile entry(system + "/autostart/io.github.lifeline.Lifeline.desktop");
    QVERIFY(entry.open(QIODevice::WriteOnly));
    entry.write("[Desktop Entry]\nType=Application\nName=Lifeline\nExec=lifeline\n");
    entry.close();
    m_autostartFile = home + "/autostart/io.github.lifeline.Lifeline.desktop";

    registerContractTypes();
    m_bus = std::make_unique<Test::PrivateBus>();
    QVERIFY(m_bus->isRunning());
    m_service = m_bus->connect("fake-helper");
    m_client = m_bus->connect("windows");
    QVERIFY(m_service->isConnected() && m_client->isConnected());
    m_fake = new WindowsFakeHelper(this);
    new WindowsFakeAdaptor(m_fake);
    QVERIFY(m_service->registerObject(QString::fromLatin1(ObjectPath), m_fake));
    QVERIFY(m_service->registerService(QString::fromLatin1(ServiceName)));
}

void TestWindowsGui::init()
{
    m_fake->reset();
    QSettings settings = appSettings();
    settings.clear();
    settings.sync();
    m_fake->setTunnel("home", downStatus());
    m_fake->setTunnel("vps", upStatus(12));
}

void TestWindowsGui::setupRefusesABadFormBeforeAnyCall()
{
    SetupWindow window(*m_client);
    window.show();
    child<QAbstractButton>(window, "wayKeys")->click();
    QCOMPARE(currentPage(window)->objectName(), "keysPage");
    auto *keysPage = currentPage(window);
    auto *name = keysPage->findChild<QLineEdit *>("name");
    QTest::keyClicks(name, "My VPS");
    keysPage->findChild<QLineEdit *>("endpoint")->setText("vps.example.org");
    child<QPushButton>(window, "next")->click();

    auto *message = child<QLabel>(window, "message");
    QVERIFY(message->isVisibleTo(&window));
    QVERIFY2(message->text().contains("small letters"), qPrintable(message->text()));
    QVERIFY2(message->text().contains("port"), qPrintable(message->text()));
    QVERIFY2(message->text().contains("public key"), qPrintable(message->text()));
    // The first bad field has the focus, so it can be fixed at once.
    QCOMPARE(window.focusWidget(), name);
    QCoreApplication::processEvents();
    QVERIFY(m_fake->callsOf("CreateTunnel").isEmpty());
    QCOMPARE(currentPage(window)->objectName(), "keysPage");
}

void TestWindowsGui::setupMakesKeysByKeyboardAndShowsTheServerSide()
{
    SetupWindow window(*m_client);
    window.resize(window.sizeHint().expandedTo(QSize(640, 480)));
    window.show();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    QVERIFY(child<QLabel>(window, "passwordNote")->text().contains("administrator's password"));
    saveScreenshot(window, "setup-window.png");

    // Alt+M: "Let Lifeline &make the keys"; then typing and Tab, field by field.
    QTest::keyClick(&window, Qt::Key_M, Qt::AltModifier);
    // A mnemonic "animates" the click: it lands a moment later.
    QTRY_COMPARE(currentPage(window)->objectName(), "keysPage");
    const QStringList typed { "vps", "vps.example.org:51820", ServerKey,
        "10.8.0.2/32, fd00:8::2/128" };
    const QStringList fields { "name", "endpoint", "serverKey", "addresses" };
    for (qsizetype i = 0; i < typed.size(); ++i) {
        QWidget *focus = QApplication::focusWidget();
        QVERIFY(focus);
        QCOMPARE(focus->objectName(), fields.at(i));
        QTest::keyClicks(focus, typed.at(i));
        QTest::keyClick(focus, Qt::Key_Tab);
    }
    QCOMPARE(QApplication::focusWidget()->objectName(), "dns");
    saveScreenshot(window, "setup-window-keys.png");
    // Return presses the default button, "Make keys and add".
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);

    QTRY_COMPARE(m_fake->callsOf("CreateTunnel").size(), 1);
    const WindowsFakeHelper::Call call = m_fake->callsOf("CreateTunnel").first();
    QVERIFY(call.interactive);
    QCOMPARE(call.arguments.at(0).toString(), "vps");
    const QVariantMap settings = call.arguments.at(1).toMap();
    QCOMPARE(settings.keys(), (QStringList { "addresses", "endpoint", "peer-public-key" }));
    QCOMPARE(settings.value("endpoint").metaType(), QMetaType::fromType<QString>());
    QCOMPARE(settings.value("endpoint").toString(), "vps.example.org:51820");
    QCOMPARE(settings.value("peer-public-key").metaType(), QMetaType::fromType<QString>());
    QCOMPARE(settings.value("peer-public-key").toString(), ServerKey);
    QCOMPARE(settings.value("addresses").metaType(), QMetaType::fromType<QStringList>());
    QCOMPARE(settings.value("addresses").toStringList(),
        (QStringList { "10.8.0.2/32", "fd00:8::2/128" }));

    QTRY_COMPARE(currentPage(window)->objectName(), "serverPage");
    const QString publicKey = QString::fromLatin1(WindowsFakeHelper::PublicKey);
    QCOMPARE(child<QLineEdit>(window, "publicKey")->text(), publicKey);
    auto *config = child(window, "serverConfig")->findChild<QPlainTextEdit *>();
    QVERIFY2(config->toPlainText().contains("PublicKey = " + publicKey),
        qPrintable(config->toPlainText()));
    QVERIFY(config->toPlainText().contains("ListenPort = 51820"));
    auto *commands = child(window, "serverCommands")->findChild<QPlainTextEdit *>();
    QVERIFY(commands->toPlainText().contains("accept_ra"));
    QVERIFY(child<QLabel>(window, "pitfall")->isVisibleTo(&window));
    QVERIFY(child<QLabel>(window, "pitfall")->text().contains("accept_ra=2"));
    window.resize(QSize(760, 1000));
    saveScreenshot(window, "setup-window-server.png");
    // Copy puts the whole configuration on the clipboard.
    child(window, "serverConfig")->findChild<QPushButton *>()->click();
    QCOMPARE(QGuiApplication::clipboard()->text(), config->toPlainText());
    // The first connection added becomes the backup connection.
    QCOMPARE(appSettings().value("backup/tunnel").toString(), "vps");
}

void TestWindowsGui::setupTestsTheConnectionAndDisconnects()
{
    m_fake->setTunnel("new", downStatus());
    SetupWindow window(*m_client);
    window.show();
    child<QAbstractButton>(window, "wayPaste")->click();
    auto *page = currentPage(window);
    QTest::keyClicks(page->findChild<QLineEdit *>("name"), "new");
    page->findChild<QPlainTextEdit *>("configText")->setPlainText("[Interface]\nPrivateKey = x\n");
    child<QPushButton>(window, "next")->click();
    QTRY_COMPARE(currentPage(window)->objectName(), "testPage");

    child<QPushButton>(window, "testConnection")->click();
    auto *result = child<QLabel>(window, "testResult");
    QTRY_VERIFY2(result->text().contains("disconnected again"), qPrintable(result->text()));
    QVERIFY2(result->text().startsWith("It works: the server answered"), qPrintable(result->text()));
    QCOMPARE(m_fake->callsOf("ConnectTunnel").size(), 1);
    QCOMPARE(m_fake->callsOf("ConnectTunnel").first().arguments,
        (QVariantList { "new", QString() }));
    QVERIFY(m_fake->callsOf("ConnectTunnel").first().interactive);
    QCOMPARE(m_fake->callsOf("DisconnectTunnel").size(), 1);

    // Kept: no disconnect this time.
    m_fake->setTunnel("new", downStatus());
    child<QCheckBox>(window, "keepConnected")->setChecked(true);
    child<QPushButton>(window, "testConnection")->click();
    QTRY_VERIFY2(result->text().contains("stays connected"), qPrintable(result->text()));
    QCOMPARE(m_fake->callsOf("ConnectTunnel").size(), 2);
    QCOMPARE(m_fake->callsOf("DisconnectTunnel").size(), 1);
}

void TestWindowsGui::connectionTestSaysWhatWentWrong()
{
    ConnectionTest test(*m_client);
    QSignalSpy finished(&test, &ConnectionTest::finished);
    const auto start = [&](const QString &name, const QVariantMap &status) {
        finished.clear();
        m_fake->reset();
        m_fake->setTunnel(name, status);
        test.start(name);
    };
    const auto passed = [&] { return finished.first().at(0).toBool(); };
    const auto sentence = [&] { return finished.first().at(1).toString(); };

    start("broken", downStatus());
    QTRY_COMPARE(finished.size(), 1);
    QVERIFY(!passed());
    QCOMPARE(sentence(),
        "The connection failed: no handshake with 203.0.113.9:51820 within 5 seconds");
    QVERIFY(m_fake->callsOf("DisconnectTunnel").isEmpty());

    start("denied", downStatus());
    m_fake->refuseNext("ConnectTunnel", QString::fromLatin1(Error::AccessDenied), "not allowed");
    QTRY_COMPARE(finished.size(), 1);
    QVERIFY(!passed());
    QVERIFY2(sentence().startsWith("Lifeline could not connect: You are not allowed to do this"),
        qPrintable(sentence()));

    // Up, but the server never answers: given up on, and disconnected again.
    test.setDeadline(1000);
    start("silent", downStatus());
    QTRY_COMPARE(finished.size(), 1);
    QVERIFY(!passed());
    QVERIFY2(sentence().startsWith("The server did not answer"), qPrintable(sentence()));
    QVERIFY2(sentence().endsWith("It has been disconnected again."), qPrintable(sentence()));
    QCOMPARE(m_fake->callsOf("DisconnectTunnel").size(), 1);

    // Already up: only looked at, never connected or disconnected by the test.
    start("vps", upStatus(5));
    QTRY_COMPARE(finished.size(), 1);
    QVERIFY(passed());
    QVERIFY2(sentence().startsWith("It works: the server answered ("), qPrintable(sentence()));
    QVERIFY(m_fake->callsOf("ConnectTunnel").isEmpty());
    QVERIFY(m_fake->callsOf("DisconnectTunnel").isEmpty());
}

void TestWindowsGui::setupImportsAChosenFile()
{
    QTemporaryDir dir;
    const QString path = dir.filePath("Office-VPN.conf");
    const QByteArray text = "[Interface]\nPrivateKey = yAnz5TF+lXXJte14tji3zlMNq+hd2rYUIgJBgB3fBmk=\n"
                            "Address = 10.8.0.2/32\n\n[Peer]\nPublicKey = " + ServerKey.toLatin1()
        + "\nEndpoint = 203.0.113.5:51820\nAllowedIPs = 0.0.0.0/0\n";
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(text);
    file.close();

    SetupWindow window(*m_client);
    window.show();
    child<QAbstractButton>(window, "wayFile")->click();
    child<QPushButton>(window, "chooseFile")->click();
    QFileDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = window.findChild<QFileDialog *>("fileDialog")));
    dialog->selectFile(path);
    static_cast<QDialog *>(dialog)->accept(); // QFileDialog::accept is protected
    auto *status = child<QLabel>(window, "fileStatus");
    QTRY_COMPARE(status->text(), "Chosen: Office-VPN.conf");
    // The name is suggested from the file's; the key is never shown.
    QCOMPARE(currentPage(window)->findChild<QLineEdit *>("name")->text(), "office-vpn");
    child<QPushButton>(window, "next")->click();

    QTRY_COMPARE(m_fake->callsOf("ImportTunnel").size(), 1);
    const WindowsFakeHelper::Call call = m_fake->callsOf("ImportTunnel").first();
    QVERIFY(call.interactive);
    QCOMPARE(call.arguments, (QVariantList { "office-vpn", QString::fromLatin1(text) }));
    QTRY_COMPARE(currentPage(window)->objectName(), "testPage");
}

void TestWindowsGui::setupSaysWhatTheHelperRefused()
{
    m_fake->refuseNext("ImportTunnel", QString::fromLatin1(Error::InvalidArgument),
        "line 3: PostUp is not allowed: lifeline never runs commands from a configuration");
    SetupWindow window(*m_client);
    window.show();
    child<QAbstractButton>(window, "wayPaste")->click();
    auto *page = currentPage(window);
    QTest::keyClicks(page->findChild<QLineEdit *>("name"), "hooked");
    page->findChild<QPlainTextEdit *>("configText")
        ->setPlainText("[Interface]\nPrivateKey = x\nPostUp = rm -rf /\n");
    child<QPushButton>(window, "next")->click();

    auto *message = child<QLabel>(window, "message");
    QTRY_VERIFY(message->text().contains("PostUp"));
    QCOMPARE(message->text(),
        "That did not work: line 3: PostUp is not allowed: lifeline never runs commands from a "
        "configuration.");
    QVERIFY(!message->text().contains("io.github"));
    QCOMPARE(currentPage(window)->objectName(), "pastePage");
    QVERIFY(child<QPushButton>(window, "next")->isEnabled());
}

void TestWindowsGui::settingsListsTunnelsAndSetsTheMtu()
{
    SettingsWindow window(*m_client);
    window.resize(QSize(720, 760));
    window.show();
    TunnelTable *table = window.tunnels();
    QTRY_COMPARE(table->rowCount(), 2);
    QCOMPARE(table->index(0, TunnelTable::Name).data().toString(), "home");
    QCOMPARE(table->index(0, TunnelTable::Status).data().toString(), "Not connected");
    QCOMPARE(table->index(0, TunnelTable::Carries).data().toString(), "IPv4 and IPv6");
    QVERIFY(table->index(1, TunnelTable::Status)
                .data()
                .toString()
                .startsWith("Connected, the server answered 1"));
    QCOMPARE(table->index(1, TunnelTable::Mtu).data().toString(), "1420");

    auto *view = child<QTreeView>(window, "tunnelList");
    view->setCurrentIndex(table->index(1, 0));
    QVERIFY(child(window, "mtuPanel")->isEnabled());
    auto *apply = child<QPushButton>(window, "mtuApply");
    QVERIFY(!apply->isEnabled()); // nothing changed yet
    child<QRadioButton>(window, "mtuAutomatic")->click();
    QVERIFY(apply->isEnabled());
    QTest::qWait(0);
    saveScreenshot(window, "settings-window.png");
    apply->click();
    QTRY_COMPARE(m_fake->callsOf("SetTunnelMtu").size(), 1);
    QCOMPARE(m_fake->callsOf("SetTunnelMtu").first().arguments, (QVariantList { "vps", "auto" }));
    QVERIFY(m_fake->callsOf("SetTunnelMtu").first().interactive);
    // The window reads the setting back.
    QTRY_COMPARE(table->index(1, TunnelTable::Mtu).data().toString(), "automatic (1420)");
    QVERIFY(!apply->isEnabled());

    child<QRadioButton>(window, "mtuFixed")->click();
    auto *value = child<QSpinBox>(window, "mtuValue");
    value->selectAll();
    QTest::keyClicks(value, "1380");
    apply->click();
    QTRY_COMPARE(m_fake->callsOf("SetTunnelMtu").size(), 2);
    QCOMPARE(m_fake->callsOf("SetTunnelMtu").at(1).arguments, (QVariantList { "vps", "1380" }));
    QTRY_COMPARE(table->index(1, TunnelTable::Mtu).data().toString(), "1380 (chosen)");

    // And back to the configuration's MTU: "" removes the setting.
    auto *configuration = child<QRadioButton>(window, "mtuConfiguration");
    QVERIFY(configuration->isEnabled());
    configuration->click();
    QVERIFY(apply->isEnabled());
    apply->click();
    QTRY_COMPARE(m_fake->callsOf("SetTunnelMtu").size(), 3);
    QCOMPARE(m_fake->callsOf("SetTunnelMtu").at(2).arguments, (QVariantList { "vps", "" }));
    QTRY_VERIFY(!apply->isEnabled());
}

void TestWindowsGui::settingsFollowsTunnelChanged()
{
    SettingsWindow window(*m_client);
    window.show();
    TunnelTable *table = window.tunnels();
    QTRY_COMPARE(table->rowCount(), 2);
    m_fake->setTunnel("home", upStatus(3));
    QTRY_VERIFY(table->index(0, TunnelTable::Status).data().toString().startsWith("Connected"));
    m_fake->setTunnel("added", downStatus());
    QTRY_COMPARE(table->rowCount(), 3);
    QCOMPARE(table->index(0, TunnelTable::Name).data().toString(), "added");
    m_fake->setTunnel("added", { { "state", "removed" } });
    QTRY_COMPARE(table->rowCount(), 2);
}

void TestWindowsGui::settingsSavesBackupAutomaticAndAutostart()
{
    SettingsWindow window(*m_client);
    window.show();
    QTRY_COMPARE(window.tunnels()->rowCount(), 2);
    auto *backup = child<QComboBox>(window, "backupTunnel");
    QTRY_COMPARE(backup->count(), 3);
    QCOMPARE(backup->currentText(), "None");
    QSignalSpy changed(&window, &SettingsWindow::backupTunnelChanged);
    Q_EMIT backup->activated(backup->findData("vps"));
    QCOMPARE(appSettings().value("backup/tunnel").toString(), "vps");
    QCOMPARE(changed.size(), 1);
    QCOMPARE(changed.first().first().toString(), "vps");

    auto *automatic = child<QCheckBox>(window, "automatic");
    QVERIFY(!automatic->isChecked());
    automatic->click();
    QCOMPARE(appSettings().value("backup/automatic").toBool(), true);

    // The system entry is there, so it starts at login until the user says no.
    auto *autostart = child<QCheckBox>(window, "autostart");
    QVERIFY(autostart->isChecked());
    autostart->click();
    QFile file(m_autostartFile);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(file.readAll().contains("\nHidden=true\n"));
    file.close();
    autostart->click();
    QVERIFY(!QFile::exists(m_autostartFile));
}

void TestWindowsGui::settingsRemovesAfterAsking()
{
    QSettings settings = appSettings();
    settings.setValue("backup/tunnel", "home");
    settings.sync();
    SettingsWindow window(*m_client);
    window.show();
    TunnelTable *table = window.tunnels();
    QTRY_COMPARE(table->rowCount(), 2);
    child<QTreeView>(window, "tunnelList")->setCurrentIndex(table->index(0, 0));

    // Asked first; "Keep it" is the default and sends nothing.
    child<QPushButton>(window, "removeTunnel")->click();
    QMessageBox *box = nullptr;
    QTRY_VERIFY((box = window.findChild<QMessageBox *>("confirmRemove")));
    QVERIFY(box->text().contains("“home”"));
    box->defaultButton()->click();
    QCoreApplication::processEvents();
    QVERIFY(m_fake->callsOf("RemoveTunnel").isEmpty());

    child<QPushButton>(window, "removeTunnel")->click();
    QTRY_VERIFY((box = window.findChild<QMessageBox *>("confirmRemove")));
    box->findChild<QPushButton *>("confirmRemoveYes")->click();
    QTRY_COMPARE(m_fake->callsOf("RemoveTunnel").size(), 1);
    QCOMPARE(m_fake->callsOf("RemoveTunnel").first().arguments, (QVariantList { "home" }));
    QVERIFY(m_fake->callsOf("RemoveTunnel").first().interactive);
    QTRY_COMPARE(table->rowCount(), 1);
    QTRY_COMPARE(appSettings().value("backup/tunnel").toString(), QString());
    QVERIFY(!child(window, "emptyHint")->isVisibleTo(&window));

    // The last one gone: the window says there is none, and how to add one.
    child<QTreeView>(window, "tunnelList")->setCurrentIndex(table->index(0, 0));
    child<QPushButton>(window, "removeTunnel")->click();
    QTRY_VERIFY((box = window.findChild<QMessageBox *>("confirmRemove")));
    box->findChild<QPushButton *>("confirmRemoveYes")->click();
    QTRY_COMPARE(table->rowCount(), 0);
    QVERIFY(child(window, "emptyHint")->isVisibleTo(&window));
    QVERIFY(!child<QPushButton>(window, "removeTunnel")->isEnabled());
}

void TestWindowsGui::settingsChecksProbeTargetsBeforeSaving()
{
    SettingsWindow window(*m_client);
    window.resize(QSize(720, 1200));
    window.show();
    QTRY_COMPARE(window.tunnels()->rowCount(), 2);
    child<QToolButton>(window, "advanced")->click();
    QVERIFY(child(window, "probeTargets")->isVisible());

    auto *ipv4 = child<QLineEdit>(window, "ipv4Tcp");
    ipv4->setText("192.0.2.10:80, example.org:443");
    child<QLineEdit>(window, "dnsName")->setText("lab.example");
    child<QPushButton>(window, "saveProbes")->click();
    auto *message = child<QLabel>(window, "probeMessage");
    QVERIFY2(message->text().startsWith("Not saved."), qPrintable(message->text()));
    QVERIFY(message->text().contains("example.org"));
    QCOMPARE(window.focusWidget(), ipv4);
    QVERIFY(!appSettings().contains("probes/ipv4-tcp"));

    ipv4->setText("192.0.2.10:80 198.51.100.1");
    child<QPushButton>(window, "saveProbes")->click();
    QVERIFY2(message->text().startsWith("Saved."), qPrintable(message->text()));
    QCOMPARE(appSettings().value("probes/ipv4-tcp").toStringList(),
        (QStringList { "192.0.2.10:80", "198.51.100.1:443" }));
    QCOMPARE(appSettings().value("probes/dns-name").toString(), "lab.example");
    saveScreenshot(window, "settings-window-advanced.png");
}

void TestWindowsGui::everyControlHasANameAndNoFixedSize()
{
    SettingsWindow settings(*m_client);
    SetupWindow setup(*m_client);
    for (QWidget *window : { static_cast<QWidget *>(&settings), static_cast<QWidget *>(&setup) }) {
        for (QWidget *widget : window->findChildren<QWidget *>()) {
            // Qt's own parts of composite controls (a spin box's line edit…).
            if (widget->objectName().startsWith("qt_"))
                continue;
            const QString what = widget->metaObject()->className() + QStringLiteral(" ")
                + widget->objectName() + " in " + window->objectName();
            if (widget->focusPolicy() & Qt::TabFocus)
                QVERIFY2(!widget->accessibleName().isEmpty(), qPrintable(what));
            if (auto *label = qobject_cast<QLabel *>(widget); label && label->buddy())
                QVERIFY2(label->text().contains('&'), qPrintable(label->text()));
            QVERIFY2(widget->maximumSize() == QSize(QWIDGETSIZE_MAX, QWIDGETSIZE_MAX)
                    || widget->minimumSize() != widget->maximumSize(),
                qPrintable(what));
        }
    }
}

void TestWindowsGui::settingsOpensAtItsContentsSize()
{
    // Not at the scroll area's capped hint (24 lines), with scroll bars: all
    // of it, as far as the screen has room.
    SettingsWindow window(*m_client);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto *scroll = window.findChild<QScrollArea *>();
    QVERIFY(scroll);
    const QSize room = window.screen()->availableSize();
    const QSize content = scroll->widget()->sizeHint();
    const QString sizes = QStringLiteral("window %1x%2, content %3x%4, screen %5x%6")
                              .arg(window.width()).arg(window.height()).arg(content.width())
                              .arg(content.height()).arg(room.width()).arg(room.height());
    QVERIFY2(window.width() <= room.width() && window.height() <= room.height(), qPrintable(sizes));
    QVERIFY2(!scroll->horizontalScrollBar()->isVisible(), qPrintable(sizes));
    if (content.height() < room.height() * 8 / 10)
        QVERIFY2(!scroll->verticalScrollBar()->isVisible(), qPrintable(sizes));
    else // it scrolls, but only because the screen is full
        QVERIFY2(window.height() >= room.height() * 8 / 10, qPrintable(sizes));
}

QTEST_MAIN(TestWindowsGui)
#include "TestWindowsGui.moc"
