// The tray app in German, on a real X server (Xvfb, with trayer as the tray):
// the translations compiled into the app are loaded the way main.cpp loads
// them, from LANG alone, and the menu, its notification, the settings window
// and the set-up window speak German; and in no shipped language does a
// window use a mnemonic twice. A fake prober (IPv4 broken) and a fake helper
// on a private bus (one tunnel, "vps") stand in for the network: nothing
// leaves the machine.
// Saves tray-menu-de.png and settings-window-de.png into SCREENSHOT_DIR.
#include "Prober.h"
#include "SharedSettings.h"
#include "TrayController.h"
#include "TrayFixtures.h"
#include "TrayWindows.h"
#include "WindowsFakeHelper.h"
#include "i18nfakeadaptor.h"

#include "PrivateBus.h"
#include "SettingsWindow.h"
#include "SetupWindow.h"

#include <QAbstractButton>
#include <QApplication>
#include <QDir>
#include <QGroupBox>
#include <QLabel>
#include <QLibraryInfo>
#include <QScreen>
#include <QSettings>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>
#include <QScopeGuard>

#include <memory>
#include <optional>

using namespace Lifeline;
using namespace Lifeline::Tray;
using namespace TrayFixtures;
using Lifeline::Test::WindowsFakeHelper;

namespace {

// Answers every round with `next`, on the next turn of the event loop.
class FakeProber : public Prober
{
public:
    Findings next = ipv4Down();
    int rounds = 0;

    void start(const ProbeTargets &) override
    {
        if (m_running)
            return;
        m_running = true;
        ++rounds;
        QMetaObject::invokeMethod(this, [this] {
            m_running = false;
            Q_EMIT finished(next);
        }, Qt::QueuedConnection);
    }
    bool running() const override { return m_running; }

private:
    bool m_running = false;
};

QVariantMap downTunnel()
{
    return {
        { "state", "down" }, { "interface", "ll-vps" }, { "endpoint", "[2001:db8::5]:51820" },
        { "families", QStringList { "ipv4" } }, { "mtu", QVariant::fromValue<uint>(0) },
        { "mtu-setting", QString() }, { "backend", QString() },
        { "last-handshake", QVariant::fromValue<qint64>(0) }, { "error", QString() },
    };
}

// Every mnemonic letter (the character after a single '&') of the window's
// visible buttons, check boxes, group boxes and labels, with where it is.
QMultiMap<QChar, QString> mnemonics(const QWidget &window)
{
    QMultiMap<QChar, QString> found;
    const auto note = [&found](const QString &text) {
        for (qsizetype i = 0; i + 1 < text.size(); ++i) {
            if (text.at(i) != u'&')
                continue;
            if (text.at(i + 1) != u'&')
                found.insert(text.at(i + 1).toLower(), text);
            ++i;
        }
    };
    for (const QWidget *widget : window.findChildren<QWidget *>()) {
        if (!widget->isVisibleTo(&window))
            continue;
        if (const auto *button = qobject_cast<const QAbstractButton *>(widget))
            note(button->text());
        else if (const auto *box = qobject_cast<const QGroupBox *>(widget))
            note(box->title());
        else if (const auto *label = qobject_cast<const QLabel *>(widget); label && label->buddy())
            note(label->text());
    }
    return found;
}

QStringList clashes(const QWidget &window)
{
    const QMultiMap<QChar, QString> found = mnemonics(window);
    QStringList clashes;
    for (const QChar key : found.uniqueKeys()) {
        if (found.count(key) > 1)
            clashes.append(QStringLiteral("Alt+%1: %2").arg(key, found.values(key).join(QStringLiteral(" | "))));
    }
    return clashes;
}

// Each way to add a connection, one page after the other: the clashes on any.
QStringList setUpClashes(QWidget &window)
{
    QStringList found = clashes(window);
    auto *pages = window.findChild<QStackedWidget *>();
    for (const char *way : { "wayKeys", "wayFile", "wayPaste" }) {
        auto *back = window.findChild<QAbstractButton *>("back");
        if (back && back->isVisible())
            back->click();
        auto *button = window.findChild<QAbstractButton *>(way);
        if (!button || !pages)
            return { QStringLiteral("no %1 button or no pages").arg(QLatin1String(way)) };
        button->click();
        if (pages->currentIndex() == 0)
            return { QStringLiteral("%1 did not open its page").arg(QLatin1String(way)) };
        for (const QString &clash : clashes(window))
            found.append(QLatin1String(way) + QStringLiteral(": ") + clash);
    }
    return found;
}

} // namespace

class TestTrayGerman : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void localeComesFromLang();
    void menuIsGerman();
    void notificationIsGerman();
    void settingsWindowIsGerman();
    void setUpWindowIsGerman();
    void noLanguageUsesAMnemonicTwice_data();
    void noLanguageUsesAMnemonicTwice();

private:
    enum class Margin { WithTrayIcon, None };
    void screenshot(const QString &name, const QRect &area, Margin margin = Margin::WithTrayIcon);

    QTemporaryDir m_config;
    std::unique_ptr<Test::PrivateBus> m_bus;
    std::optional<QDBusConnection> m_service;
    std::optional<QDBusConnection> m_client;
    WindowsFakeHelper *m_fake = nullptr;
    FakeProber *m_prober = nullptr;
    TrayController *m_controller = nullptr;
    QTranslator *m_translator = nullptr;
};

void TestTrayGerman::initTestCase()
{
    QVERIFY2(qEnvironmentVariable("DISPLAY").startsWith(u':'), "run through ctest: i18n-gui.sh starts Xvfb");
    QVERIFY(m_config.isValid());
    qputenv("XDG_CONFIG_HOME", QFile::encodeName(m_config.path()));
    QSettings settings(sharedSettingsPath(), QSettings::IniFormat);
    settings.setValue("backup/tunnel", "vps");
    settings.setValue("backup/automatic", false);
    settings.sync();

    // As main.cpp does: the app's language from QLocale(), then Qt's own strings.
    m_translator = new QTranslator(qApp);
    QVERIFY2(m_translator->load(QLocale(), "lifeline", "_", ":/i18n"), "no :/i18n/lifeline_de.qm in the binary");
    QVERIFY(QCoreApplication::installTranslator(m_translator));
    auto *qtTranslator = new QTranslator(qApp);
    if (qtTranslator->load(QLocale(), "qtbase", "_", QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qtTranslator);

    registerContractTypes();
    m_bus = std::make_unique<Test::PrivateBus>();
    QVERIFY(m_bus->isRunning());
    m_service = m_bus->connect("fake-helper");
    m_client = m_bus->connect("tray");
    m_fake = new WindowsFakeHelper(this);
    new I18nFakeAdaptor(m_fake);
    QVERIFY(m_service->registerObject(QString::fromLatin1(ObjectPath), m_fake));
    QVERIFY(m_service->registerService(QString::fromLatin1(ServiceName)));
    m_fake->setTunnel("vps", downTunnel());

    m_prober = new FakeProber;
    m_controller = new TrayController(new Diagnoser(m_prober, ProbeTargets()), *m_client, this);
    m_controller->start();
    QTRY_COMPARE(m_prober->rounds, 1);
    QTRY_VERIFY(!m_controller->state().checking);
    QTRY_COMPARE(m_controller->state().backup.name, QString("vps"));
    QTRY_COMPARE(m_controller->state().backup.state, QString("down"));
}

void TestTrayGerman::cleanupTestCase()
{
    delete m_controller;
}

void TestTrayGerman::screenshot(const QString &name, const QRect &area, Margin margin)
{
    // No notification in the picture.
    for (QWidget *widget : QApplication::topLevelWidgets()) {
        if (widget->inherits("QBalloonTip"))
            widget->hide();
    }
    QTest::qWait(300); // let the X server draw what was just mapped
    QScreen *screen = QGuiApplication::primaryScreen();
    QRect part = area;
    if (margin == Margin::WithTrayIcon) {
        part = part.adjusted(-12, -12, 12, 12);
        if (m_controller->trayIcon()->geometry().isValid())
            part = part.united(m_controller->trayIcon()->geometry().adjusted(-12, -12, 12, 12));
    }
    part = part.intersected(screen->geometry());
    const QPixmap shot = screen->grabWindow(0, part.x(), part.y(), part.width(), part.height());
    QVERIFY(!shot.isNull());
    const QString path = QStringLiteral(SCREENSHOT_DIR "/") + name;
    QVERIFY2(shot.save(path, "PNG"), qPrintable(path));
}

void TestTrayGerman::localeComesFromLang()
{
    // ctest sets LANG and LC_ALL to de_DE.UTF-8, which the C library need not
    // have generated: Qt reads the variable itself.
    QCOMPARE(QLocale().language(), QLocale::German);
    QCOMPARE(QCoreApplication::translate("Lifeline::Tray", "Quit"), "Beenden");
}

void TestTrayGerman::menuIsGerman()
{
    TrayMenu *menu = m_controller->menu();
    const auto text = [menu](TrayMenu::Entry entry) { return menu->action(entry)->text(); };
    QCOMPARE(text(TrayMenu::Entry::Status),
        "Manche Websites sind nicht erreichbar: Bei Ihrem Anbieter ist IPv4 ausgefallen. IPv6 funktioniert.");
    QCOMPARE(text(TrayMenu::Entry::Backup), "Ersatzverbindung verwenden");
    QCOMPARE(menu->action(TrayMenu::Entry::Backup)->toolTip(), "Leitet IPv4 über die Ersatzverbindung „vps“.");
    QCOMPARE(text(TrayMenu::Entry::Repair), "Seiten laden nicht? Reparieren");
    QCOMPARE(text(TrayMenu::Entry::RunNative), "Programm nur mit IPv6 starten …");
    QCOMPARE(text(TrayMenu::Entry::RunBackup), "Programm über die Ersatzverbindung starten …");
    QCOMPARE(text(TrayMenu::Entry::CheckAgain), "Erneut prüfen");
    QCOMPARE(text(TrayMenu::Entry::Settings), "Einstellungen …");
    QCOMPARE(text(TrayMenu::Entry::Quit), "Beenden");
    QCOMPARE(m_controller->trayIcon()->toolTip(), text(TrayMenu::Entry::Status));

    menu->popup(m_controller->trayIcon()->geometry().isValid()
            ? m_controller->trayIcon()->geometry().bottomLeft()
            : QPoint(300, 40));
    QTRY_VERIFY(menu->isVisible());
    screenshot("tray-menu-de.png", menu->geometry());
    menu->hide();
}

void TestTrayGerman::notificationIsGerman()
{
    // A second round with the same outage confirms it: one notification.
    QSignalSpy notified(m_controller, &TrayController::notified);
    const int before = m_prober->rounds;
    m_controller->menu()->action(TrayMenu::Entry::CheckAgain)->trigger();
    QTRY_COMPARE(m_prober->rounds, before + 1);
    QTRY_COMPARE(notified.count(), 1);
    QCOMPARE(notified.at(0).at(0).toString(), "Manche Websites sind nicht erreichbar");
    QCOMPARE(notified.at(0).at(1).toString(), "IPv4 ist ausgefallen – die Ersatzverbindung einschalten?");
}

void TestTrayGerman::settingsWindowIsGerman()
{
    m_controller->windows()->openSettings();
    QWidget *window = m_controller->windows()->settingsWindow();
    QVERIFY(window);
    QTRY_VERIFY(window->isVisible());
    QCOMPARE(window->windowTitle(), "Einstellungen – Lifeline");
    auto *advanced = window->findChild<QAbstractButton *>("advanced");
    QVERIFY2(advanced, "no button named advanced");
    QCOMPARE(advanced->text(), "Er&weitert: wo Lifeline die Verbindung prüft");
    if (!advanced->isChecked())
        advanced->click(); // every field shown: every mnemonic counts
    QStringList texts;
    for (const QAbstractButton *button : window->findChildren<QAbstractButton *>())
        texts << button->text();
    QVERIFY2(texts.contains("Ersatzverbindung &hinzufügen …"), qPrintable(texts.join(" | ")));
    QVERIFY2(texts.contains("Prüfziele spe&ichern"), qPrintable(texts.join(" | ")));
    const QStringList clashing = clashes(*window);
    QVERIFY2(clashing.isEmpty(), qPrintable(clashing.join('\n')));
    QVERIFY(mnemonics(*window).size() > 15);

    advanced->click(); // the picture: the everyday part of the window
    window->setGeometry(QRect(QPoint(40, 40), window->sizeHint().expandedTo(QSize(640, 600))));
    window->raise();
    screenshot("settings-window-de.png", window->frameGeometry(), Margin::None);
    window->close();
}

void TestTrayGerman::setUpWindowIsGerman()
{
    m_controller->windows()->openSetUp();
    QWidget *window = m_controller->windows()->setUpWindow();
    QVERIFY(window);
    QTRY_VERIFY(window->isVisible());
    QCOMPARE(window->windowTitle(), "Ersatzverbindung hinzufügen – Lifeline");
    const QStringList clashing = setUpClashes(*window);
    QVERIFY2(clashing.isEmpty(), qPrintable(clashing.join('\n')));
    auto *next = window->findChild<QAbstractButton *>("next");
    QVERIFY(next);
    QCOMPARE(next->text(), "&Hinzufügen");
    window->close();
}

void TestTrayGerman::noLanguageUsesAMnemonicTwice_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("title");
    QTest::newRow("de") << "de" << "Einstellungen – Lifeline";
    QTest::newRow("fr") << "fr" << "Paramètres — Lifeline";
    QTest::newRow("es") << "es" << "Preferencias — Lifeline";
}

void TestTrayGerman::noLanguageUsesAMnemonicTwice()
{
    QFETCH(QString, language);
    QFETCH(QString, title);
    QTranslator translator;
    QVERIFY(translator.load("lifeline_" + language, ":/i18n"));
    QCoreApplication::removeTranslator(m_translator);
    QCoreApplication::installTranslator(&translator);
    const auto restore = qScopeGuard([this, &translator] {
        QCoreApplication::removeTranslator(&translator);
        QCoreApplication::installTranslator(m_translator);
    });

    Windows::SettingsWindow settings(*m_client);
    settings.show();
    QCOMPARE(settings.windowTitle(), title);
    auto *advanced = settings.findChild<QAbstractButton *>("advanced");
    QVERIFY(advanced);
    advanced->click();
    QVERIFY(mnemonics(settings).size() > 15);
    QStringList clashing = clashes(settings);
    QVERIFY2(clashing.isEmpty(), qPrintable(clashing.join('\n')));

    Windows::SetupWindow setUp(*m_client);
    setUp.show();
    clashing = setUpClashes(setUp);
    QVERIFY2(clashing.isEmpty(), qPrintable(clashing.join('\n')));
}

QTEST_MAIN(TestTrayGerman)
#include "TestTrayGerman.moc"
