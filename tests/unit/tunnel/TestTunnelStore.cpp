// The tunnel store in a temporary directory: what it writes, with which
// modes, in which order, and what it refuses to touch.
#include "TunnelStore.h"
#include "TunnelTestData.h"
#include "WgQuickParser.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <fcntl.h>
#include <sys/inotify.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace Lifeline::Tunnel;
using namespace TunnelTestData;
using Status = TunnelStore::Status;

namespace {

QStringList listing(const QString &dir)
{
    return QDir(dir).entryList(
        QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot, QDir::Name);
}

QByteArray contents(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

struct stat statOf(const QString &path)
{
    struct stat info { };
    if (::lstat(QFile::encodeName(path).constData(), &info) != 0)
        info.st_mode = 0;
    return info;
}

WgQuickConfig everythingParsed()
{
    QString error;
    return parseWgQuick(everything(), &error).value_or(WgQuickConfig());
}

} // namespace

class TestTunnelStore : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void init();
    void saveListLoadRemove();
    void refusedNames_data();
    void refusedNames();
    void existingNameKeepsOld();
    void fileModes();
    void confHoldsNoSecret();
    void symlinkNotFollowed_data();
    void symlinkNotFollowed();
    void removeDropsSymlinkNotTarget();
    void refusedImportStoresNothing_data();
    void refusedImportStoresNothing();
    void directoryNotPrivate();
    void writeAndRemoveOrder();
    void crashLeftovers();
    void keyFileMissing();
    void damagedConf();
    void fifoNotOpened();
    void listSkipsOddEntries();
    void saveWithoutPrivateKey();
    void mtuSettingValues_data();
    void mtuSettingValues();
    void settingsSaveLoadRemove();
    void settingsLeftovers();
    void settingsSymlinkNotFollowed();
    void settingsDamaged();

private:
    QString path(const QString &fileName) const { return m_dir + u'/' + fileName; }

    std::unique_ptr<QTemporaryDir> m_root;
    QString m_dir; // the tunnels directory, 0700 as ConfigDir makes it
    QString m_outside; // where planted symlinks point
};

void TestTunnelStore::init()
{
    m_root = std::make_unique<QTemporaryDir>();
    QVERIFY(m_root->isValid());
    m_dir = m_root->filePath("tunnels");
    m_outside = m_root->filePath("outside");
    QCOMPARE(::mkdir(QFile::encodeName(m_dir).constData(), 0700), 0);
    QCOMPARE(::mkdir(QFile::encodeName(m_outside).constData(), 0755), 0);
}

void TestTunnelStore::saveListLoadRemove()
{
    TunnelStore store(m_dir);
    QCOMPARE(store.list(), QStringList());
    QVERIFY(!store.exists("vpn"));
    const WgQuickConfig config = everythingParsed();
    QVERIFY(!config.peers.isEmpty());

    QVERIFY(store.save("vpn", config).ok());
    const auto imported = store.import("backup-2", minimal());
    QVERIFY2(imported.ok(), qPrintable(imported.error));
    QCOMPARE(store.list(), QStringList({ "backup-2", "vpn" }));
    QVERIFY(store.exists("vpn"));
    QCOMPARE(
        listing(m_dir), QStringList({ "backup-2.conf", "backup-2.key", "vpn.conf", "vpn.key" }));

    TunnelStore::Result result { Status::Failed, "unset" };
    const auto full = store.load("vpn", &result);
    QVERIFY2(full, qPrintable(result.error));
    QVERIFY(result.ok());
    QVERIFY(*full == config);
    const auto publicPart = store.loadPublic("vpn", &result);
    QVERIFY(publicPart && result.ok());
    QVERIFY(publicPart->interface.privateKey.isEmpty());
    QVERIFY(publicPart->peers.at(0).presharedKey.isEmpty());
    QCOMPARE(publicPart->publicText(), config.publicText());

    QVERIFY(store.remove("vpn").ok());
    QCOMPARE(store.list(), QStringList({ "backup-2" }));
    QCOMPARE(listing(m_dir), QStringList({ "backup-2.conf", "backup-2.key" }));
    QCOMPARE(store.remove("vpn").status, Status::NotFound);
    QVERIFY(!store.load("vpn", &result));
    QCOMPARE(result.status, Status::NotFound);
    QVERIFY(!store.loadPublic("vpn", &result));
    QCOMPARE(result.status, Status::NotFound);
}

void TestTunnelStore::refusedNames_data()
{
    QTest::addColumn<QString>("name");
    QTest::newRow("empty") << "";
    QTest::newRow("uppercase") << "VPN";
    QTest::newRow("13 characters") << "abcdefghijklm";
    QTest::newRow("../x") << "../x";
    QTest::newRow("..") << "..";
    QTest::newRow("a/b") << "a/b";
    QTest::newRow("/etc") << "/etc";
    QTest::newRow("newline") << "a\nb";
    QTest::newRow("tab") << "a\tb";
    QTest::newRow("NUL") << QString("a") + QChar(0) + "b";
    QTest::newRow("escape") << "a\x1b[2Jb";
    QTest::newRow("space") << "a b";
    QTest::newRow("dot") << "vpn.conf";
    QTest::newRow("underscore") << "my_vpn";
    QTest::newRow("non-ASCII") << "zürich";
}

void TestTunnelStore::refusedNames()
{
    QFETCH(QString, name);
    TunnelStore store(m_dir);
    const QStringList before = listing(m_dir);
    const QStringList outside = listing(m_root->path());

    const auto imported = store.import(name, minimal());
    QCOMPARE(imported.status, Status::InvalidName);
    QVERIFY(imported.error.contains("tunnel name"));
    QVERIFY2(!imported.error.contains(u'\n') && !imported.error.contains(QChar(0x1b)),
        qPrintable(imported.error));
    QString error;
    QCOMPARE(store.save(name, *parseWgQuick(minimal(), &error)).status, Status::InvalidName);
    QCOMPARE(store.remove(name).status, Status::InvalidName);
    TunnelStore::Result result;
    QVERIFY(!store.load(name, &result));
    QCOMPARE(result.status, Status::InvalidName);
    QVERIFY(!store.exists(name));

    QCOMPARE(listing(m_dir), before);
    QCOMPARE(listing(m_root->path()), outside);
    // The longest valid name fits, so the length limit is exactly 12.
    QVERIFY(store.import("abcdefghijkl", minimal()).ok());
}

void TestTunnelStore::existingNameKeepsOld()
{
    TunnelStore store(m_dir);
    QVERIFY(store.import("vpn", minimal()).ok());
    const QByteArray conf = contents(path("vpn.conf"));
    const QByteArray key = contents(path("vpn.key"));
    QVERIFY(!conf.isEmpty() && !key.isEmpty());

    const auto again = store.import("vpn", everything());
    QCOMPARE(again.status, Status::Exists);
    QVERIFY(again.error.contains("already exists"));
    QCOMPARE(contents(path("vpn.conf")), conf);
    QCOMPARE(contents(path("vpn.key")), key);
    QCOMPARE(listing(m_dir), QStringList({ "vpn.conf", "vpn.key" }));
}

void TestTunnelStore::fileModes()
{
    TunnelStore store(m_dir);
    const mode_t oldMask = ::umask(0); // a careless umask must not widen the files
    const bool saved = store.import("vpn", minimal()).ok();
    ::umask(oldMask);
    QVERIFY(saved);
    for (const QString &file : { QString("vpn.conf"), QString("vpn.key") }) {
        const struct stat info = statOf(path(file));
        QVERIFY2(S_ISREG(info.st_mode), qPrintable(file));
        QCOMPARE(info.st_mode & 07777, mode_t(0600));
        QCOMPARE(info.st_uid, ::geteuid());
    }
    const struct stat dir = statOf(m_dir);
    QVERIFY(S_ISDIR(dir.st_mode));
    QCOMPARE(dir.st_mode & 07777, mode_t(0700));
}

void TestTunnelStore::confHoldsNoSecret()
{
    TunnelStore store(m_dir);
    QVERIFY(store.import("vpn", everything()).ok());
    const QByteArray conf = contents(path("vpn.conf"));
    const QByteArray secrets = contents(path("vpn.key"));
    QVERIFY(conf.contains("Endpoint"));
    for (const int seed : secretSeeds()) {
        QVERIFY(!conf.contains(key(seed).toLatin1()));
        QVERIFY(!conf.contains(rawKey(seed)));
        QVERIFY(secrets.contains(key(seed).toLatin1())); // where they are instead
    }
    QVERIFY(!conf.contains("PrivateKey"));
    QVERIFY(!conf.contains("PresharedKey"));
    // And the key file holds nothing else.
    QVERIFY(!secrets.contains("Endpoint") && !secrets.contains("Address")
        && !secrets.contains("AllowedIPs"));
}

void TestTunnelStore::symlinkNotFollowed_data()
{
    QTest::addColumn<QString>("planted");
    QTest::addColumn<bool>("targetExists");
    QTest::newRow("vpn.conf to a file") << "vpn.conf" << true;
    QTest::newRow("vpn.conf dangling") << "vpn.conf" << false;
    QTest::newRow("vpn.key to a file") << "vpn.key" << true;
    QTest::newRow("vpn.key dangling") << "vpn.key" << false;
}

void TestTunnelStore::symlinkNotFollowed()
{
    QFETCH(QString, planted);
    QFETCH(bool, targetExists);
    const QString target = m_outside + "/victim";
    if (targetExists) {
        QFile victim(target);
        QVERIFY(victim.open(QIODevice::WriteOnly));
        victim.write("untouched\n");
    }
    QCOMPARE(::symlink(QFile::encodeName(target).constData(),
                 QFile::encodeName(path(planted)).constData()),
        0);
    const QStringList before = listing(m_dir);

    TunnelStore store(m_dir);
    const auto result = store.import("vpn", minimal());
    QCOMPARE(result.status, Status::Failed);
    QVERIFY2(result.error.contains("not a regular file"), qPrintable(result.error));
    QCOMPARE(listing(m_dir), before); // no temporary file, no other file
    QVERIFY(S_ISLNK(statOf(path(planted)).st_mode));
    QCOMPARE(QFile::symLinkTarget(path(planted)), target);
    if (targetExists)
        QCOMPARE(contents(target), QByteArray("untouched\n"));
    else
        QVERIFY(!QFile::exists(target));
    QCOMPARE(store.list(), QStringList());
    QVERIFY(!store.exists("vpn"));
    TunnelStore::Result loaded;
    QVERIFY(!store.loadPublic("vpn", &loaded));
    QCOMPARE(loaded.status, planted == "vpn.conf" ? Status::Failed : Status::NotFound);
}

void TestTunnelStore::removeDropsSymlinkNotTarget()
{
    const QString target = m_outside + "/victim";
    QFile victim(target);
    QVERIFY(victim.open(QIODevice::WriteOnly));
    victim.write("keep");
    victim.close();
    QCOMPARE(::symlink(QFile::encodeName(target).constData(),
                 QFile::encodeName(path("vpn.conf")).constData()),
        0);
    TunnelStore store(m_dir);
    QVERIFY(store.remove("vpn").ok());
    QCOMPARE(listing(m_dir), QStringList());
    QCOMPARE(contents(target), QByteArray("keep"));
}

void TestTunnelStore::refusedImportStoresNothing_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("error");
    QTest::newRow("PostUp") << QString(minimal()).replace("[Peer]", "[Peer]\nPostUp = id")
                            << "line 7: PostUp";
    QTest::newRow("bad key") << QString(minimal()).replace(key(Peer1Seed), key(Peer1Seed, 31))
                             << "line 7: ";
    QTest::newRow("no peer") << minimal().left(minimal().indexOf("[Peer]"))
                             << "the configuration has no [Peer]";
    QTest::newRow("NUL bytes") << minimal() + QChar(0) << "line 10: ";
    QTest::newRow("empty") << QString() << "the configuration has no [Interface]";
}

void TestTunnelStore::refusedImportStoresNothing()
{
    QFETCH(QString, text);
    QFETCH(QString, error);
    TunnelStore store(m_dir);
    QVERIFY(store.import("other", minimal()).ok());
    const QStringList before = listing(m_dir);

    const auto result = store.import("vpn", text);
    QCOMPARE(result.status, Status::InvalidConfig);
    QVERIFY2(result.error.startsWith(error), qPrintable(result.error));
    QCOMPARE(listing(m_dir), before);
    QCOMPARE(store.list(), QStringList({ "other" }));
}

void TestTunnelStore::directoryNotPrivate()
{
    QCOMPARE(::chmod(QFile::encodeName(m_dir).constData(), 0755), 0);
    TunnelStore store(m_dir);
    const auto result = store.import("vpn", minimal());
    QCOMPARE(result.status, Status::Failed);
    QVERIFY2(result.error.contains("accessible to other users"), qPrintable(result.error));
    QCOMPARE(listing(m_dir), QStringList());
}

void TestTunnelStore::writeAndRemoveOrder()
{
    // The header's crash-safety promise, watched from outside: the key lands
    // before the .conf that makes the tunnel exist, and goes after it.
    const int watch = ::inotify_init1(IN_NONBLOCK | IN_CLOEXEC);
    QVERIFY(watch >= 0);
    const auto closeWatch = qScopeGuard([watch] { ::close(watch); });
    QVERIFY(
        ::inotify_add_watch(watch, QFile::encodeName(m_dir).constData(), IN_MOVED_TO | IN_DELETE)
        >= 0);
    const auto events = [watch] {
        QStringList names;
        alignas(inotify_event) char buffer[4096];
        ssize_t size = 0;
        while ((size = ::read(watch, buffer, sizeof buffer)) > 0) {
            for (char *at = buffer; at < buffer + size;) {
                const auto *event = reinterpret_cast<const inotify_event *>(at);
                names << QString("%1 %2").arg(
                    event->mask & IN_DELETE ? "delete" : "move", event->name);
                at += sizeof(inotify_event) + event->len;
            }
        }
        return names;
    };

    TunnelStore store(m_dir);
    QVERIFY(store.import("vpn", minimal()).ok());
    QCOMPARE(events(), QStringList({ "move vpn.key", "move vpn.conf" }));
    QVERIFY(store.remove("vpn").ok());
    QCOMPARE(events(), QStringList({ "delete vpn.conf", "delete vpn.key" }));
}

void TestTunnelStore::crashLeftovers()
{
    // What a crash mid-import leaves: a key file, a temporary file.
    for (const QString &file : { QString("vpn.key"), QString(".vpn.conf.0123456789abcdef.tmp") }) {
        QFile leftover(path(file));
        QVERIFY(leftover.open(QIODevice::WriteOnly));
        leftover.write(expand("[Interface]\nPrivateKey = %PRIV%\n").toLatin1());
    }
    TunnelStore store(m_dir);
    QCOMPARE(store.list(), QStringList());
    QVERIFY(!store.exists("vpn"));
    TunnelStore::Result result;
    QVERIFY(!store.load("vpn", &result));
    QCOMPARE(result.status, Status::NotFound);

    // The next import of that name replaces the stale key...
    QVERIFY(store.import("vpn", everything()).ok());
    QVERIFY(store.load("vpn") == everythingParsed());
    QVERIFY(store.remove("vpn").ok());
    // ...and cleanUp removes leftovers but never a tunnel.
    QVERIFY(store.import("keep", minimal()).ok());
    QFile stale(path("old.key"));
    QVERIFY(stale.open(QIODevice::WriteOnly));
    stale.close();
    QCOMPARE(store.cleanUp(), QStringList({ ".vpn.conf.0123456789abcdef.tmp", "old.key" }));
    QCOMPARE(listing(m_dir), QStringList({ "keep.conf", "keep.key" }));
    QCOMPARE(store.cleanUp(), QStringList());
}

void TestTunnelStore::keyFileMissing()
{
    TunnelStore store(m_dir);
    QVERIFY(store.import("vpn", minimal()).ok());
    QVERIFY(QFile::remove(path("vpn.key")));
    TunnelStore::Result result;
    QVERIFY(store.loadPublic("vpn", &result));
    QVERIFY(!store.load("vpn", &result));
    QCOMPARE(result.status, Status::Failed);
    QVERIFY2(result.error.contains("vpn.key"), qPrintable(result.error));
}

void TestTunnelStore::damagedConf()
{
    TunnelStore store(m_dir);
    QVERIFY(store.import("vpn", minimal()).ok());
    // A .conf must never carry secrets; one that does is not trusted.
    QFile conf(path("vpn.conf"));
    QVERIFY(conf.open(QIODevice::WriteOnly | QIODevice::Truncate));
    conf.write(minimal().toLatin1());
    conf.close();
    TunnelStore::Result result;
    QVERIFY(!store.loadPublic("vpn", &result));
    QCOMPARE(result.status, Status::Failed);
    QVERIFY2(result.error.startsWith("vpn.conf is damaged: line 2: PrivateKey is a secret"),
        qPrintable(result.error));
    QVERIFY(!result.error.contains(key(PrivateSeed)));
}

void TestTunnelStore::fifoNotOpened()
{
    // A FIFO would block a plain open() for ever; the store must answer.
    QCOMPARE(::mkfifo(QFile::encodeName(path("vpn.conf")).constData(), 0600), 0);
    TunnelStore store(m_dir);
    TunnelStore::Result result;
    QVERIFY(!store.loadPublic("vpn", &result));
    QCOMPARE(result.status, Status::Failed);
    QVERIFY2(result.error.contains("not a regular file"), qPrintable(result.error));
    QCOMPARE(store.list(), QStringList());
    QCOMPARE(store.import("vpn", minimal()).status, Status::Failed);
}

void TestTunnelStore::listSkipsOddEntries()
{
    TunnelStore store(m_dir);
    QVERIFY(store.import("good", minimal()).ok());
    for (const QString &file : { QString("UPPER.conf"), QString("much-too-long-name.conf"),
             QString("x.conf.bak"), QString(".hidden.conf"), QString("notes.txt") }) {
        QFile odd(path(file));
        QVERIFY(odd.open(QIODevice::WriteOnly));
    }
    QCOMPARE(::mkdir(QFile::encodeName(path("dir.conf")).constData(), 0700), 0);
    QCOMPARE(::symlink("good.conf", QFile::encodeName(path("link.conf")).constData()), 0);
    QCOMPARE(store.list(), QStringList({ "good" }));
    QVERIFY(!store.exists("dir"));
    QVERIFY(!store.exists("link"));
}

void TestTunnelStore::saveWithoutPrivateKey()
{
    QString error;
    auto config = parseWgQuick(minimal(), &error);
    QVERIFY(config);
    config->interface.fields &= ~Interface::HasPrivateKey;
    TunnelStore store(m_dir);
    QCOMPARE(store.save("vpn", *config).status, Status::InvalidConfig);
    QCOMPARE(listing(m_dir), QStringList());
}

void TestTunnelStore::mtuSettingValues_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("expected"); // mtuText() after parsing; "!" refused
    QTest::newRow("auto") << "auto"
                          << "auto";
    QTest::newRow("576") << "576"
                         << "576";
    QTest::newRow("1280") << "1280"
                          << "1280";
    QTest::newRow("9000") << "9000"
                          << "9000";
    for (const char *bad : { "", "0", "575", "9001", "abc", "auto ", " auto", "-1", "+1280",
             "01280", "1280.0", "AUTO", "12 80", "99999999999", "\u0661\u0662\u0668\u0660" })
        QTest::newRow(qPrintable(QStringLiteral("refused \"%1\"").arg(QString::fromUtf8(bad))))
            << QString::fromUtf8(bad) << "!";
}

void TestTunnelStore::mtuSettingValues()
{
    QFETCH(QString, value);
    QFETCH(QString, expected);
    TunnelSettings settings;
    const QString error = parseMtuSetting(value, &settings);
    if (expected == u"!") {
        QVERIFY(!error.isEmpty());
        QVERIFY(settings.isDefault());
    } else {
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(settings.mtuText(), expected);
        // What is written reads back the same.
        QString why;
        const auto back = parseSettingsFile(settings.fileText(), &why);
        QVERIFY2(back, qPrintable(why));
        QCOMPARE(back->mtuText(), expected);
    }
}

void TestTunnelStore::settingsSaveLoadRemove()
{
    TunnelStore store(m_dir);
    QVERIFY(store.import("vpn", everything()).ok());
    TunnelStore::Result result { Status::Failed, "unset" };
    auto settings = store.loadSettings("vpn", &result);
    QVERIFY2(settings && result.ok(), qPrintable(result.error));
    QVERIFY(settings->isDefault());
    QCOMPARE(listing(m_dir), QStringList({ "vpn.conf", "vpn.key" }));

    TunnelSettings automatic;
    QVERIFY(parseMtuSetting(u"auto", &automatic).isEmpty());
    QVERIFY(store.saveSettings("vpn", automatic).ok());
    QCOMPARE(contents(path("vpn.settings")), QByteArray("mtu = auto\n"));
    QCOMPARE(statOf(path("vpn.settings")).st_mode & 07777, 0600u);
    QCOMPARE(store.loadSettings("vpn")->mtuText(), "auto");
    // The configuration itself is untouched by settings.
    QVERIFY(store.load("vpn") == everythingParsed());

    TunnelSettings fixed;
    QVERIFY(parseMtuSetting(u"1280", &fixed).isEmpty());
    QVERIFY(store.saveSettings("vpn", fixed).ok());
    QCOMPARE(store.loadSettings("vpn")->fixedMtu, 1280u);
    QCOMPARE(listing(m_dir), QStringList({ "vpn.conf", "vpn.key", "vpn.settings" }));

    // Defaults are the absence of the file.
    QVERIFY(store.saveSettings("vpn", TunnelSettings()).ok());
    QCOMPARE(listing(m_dir), QStringList({ "vpn.conf", "vpn.key" }));

    // Settings never outlive (or precede) their tunnel.
    QCOMPARE(store.saveSettings("other", fixed).status, Status::NotFound);
    QVERIFY(!store.loadSettings("other", &result));
    QCOMPARE(result.status, Status::NotFound);
    QVERIFY(store.saveSettings("vpn", fixed).ok());
    QVERIFY(store.remove("vpn").ok());
    QCOMPARE(listing(m_dir), QStringList());
}

void TestTunnelStore::settingsLeftovers()
{
    // What a crash mid-remove can leave: settings without their tunnel.
    for (const QString &file : { QString("vpn.settings"), QString("old.settings") }) {
        QFile leftover(path(file));
        QVERIFY(leftover.open(QIODevice::WriteOnly));
        leftover.write("mtu = 1280\n");
    }
    TunnelStore store(m_dir);
    // A new tunnel of that name does not inherit them...
    QVERIFY(store.import("vpn", everything()).ok());
    QVERIFY(store.loadSettings("vpn")->isDefault());
    // ...and cleanUp removes the others.
    QCOMPARE(store.cleanUp(), QStringList({ "old.settings" }));
    QCOMPARE(listing(m_dir), QStringList({ "vpn.conf", "vpn.key" }));
}

void TestTunnelStore::settingsSymlinkNotFollowed()
{
    TunnelStore store(m_dir);
    QVERIFY(store.import("vpn", everything()).ok());
    const QString target = m_outside + "/target";
    QFile planted(target);
    QVERIFY(planted.open(QIODevice::WriteOnly));
    planted.write("mtu = 1280\n");
    planted.close();
    QVERIFY(QFile::link(target, path("vpn.settings")));
    TunnelStore::Result result;
    QVERIFY(!store.loadSettings("vpn", &result));
    QCOMPARE(result.status, Status::Failed);
    TunnelSettings automatic;
    QVERIFY(parseMtuSetting(u"auto", &automatic).isEmpty());
    QCOMPARE(store.saveSettings("vpn", automatic).status, Status::Failed);
    QCOMPARE(contents(target), QByteArray("mtu = 1280\n"));
    QVERIFY(S_ISLNK(statOf(path("vpn.settings")).st_mode));
}

void TestTunnelStore::settingsDamaged()
{
    TunnelStore store(m_dir);
    QVERIFY(store.import("vpn", everything()).ok());
    for (const QByteArray &text : { QByteArray("mtu = 12\n"), QByteArray("PostUp = rm -rf /\n"),
             QByteArray("mtu = auto\nmtu\n") }) {
        QFile file(path("vpn.settings"));
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(text);
        file.close();
        TunnelStore::Result result;
        QVERIFY2(!store.loadSettings("vpn", &result), text.constData());
        QCOMPARE(result.status, Status::Failed);
        QVERIFY2(result.error.contains("damaged"), qPrintable(result.error));
    }
}

QTEST_GUILESS_MAIN(TestTunnelStore)
#include "TestTunnelStore.moc"
