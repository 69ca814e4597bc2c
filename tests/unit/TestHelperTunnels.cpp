// The helper's tunnel methods end to end over a private bus: a real
// TunnelManager and store in a temporary directory, a fake polkit, and a
// WireGuard back end that is never there (connecting needs root and the lab).
// What is checked is what a client sees: replies, error names, TunnelChanged,
// and what lands on disk — above all, that secrets never come back out.
#include "Authoriser.h"
#include "Contract.h"
#include "FakePolkit.h"
#include "HelperService.h"
#include "PrivateBus.h"
#include "TunnelManager.h"
#include "helper1adaptor.h"

#include <QDBusArgument>
#include <QDBusPendingCallWatcher>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

using namespace Lifeline;
using Lifeline::Test::FakePolkit;

namespace {

const QString NoWireGuard = QStringLiteral("test: no WireGuard here");

// 32 random bytes: a key as `wg genkey` would make it, canonical base64.
QByteArray randomRawKey()
{
    QByteArray raw(32, Qt::Uninitialized);
    QRandomGenerator::global()->fillRange(reinterpret_cast<quint32 *>(raw.data()), 8);
    return raw;
}

struct Keys {
    QByteArray privateRaw = randomRawKey();
    QByteArray publicRaw = randomRawKey();
    QByteArray presharedRaw = randomRawKey();

    QString privateKey() const { return QString::fromLatin1(privateRaw.toBase64()); }
    QString publicKey() const { return QString::fromLatin1(publicRaw.toBase64()); }
    QString presharedKey() const { return QString::fromLatin1(presharedRaw.toBase64()); }
    QList<QByteArray> secretsRaw() const { return { privateRaw, presharedRaw }; }
    QStringList secrets() const { return { privateKey(), presharedKey() }; }
};

// A provider's file, one line per entry (line N of the file is index N-1).
QStringList goodLines(const Keys &keys)
{
    return {
        QStringLiteral("[Interface]"), // 1
        QStringLiteral("PrivateKey = ") + keys.privateKey(), // 2
        QStringLiteral("Address = 10.0.0.2/32, fd00::2/128"), // 3
        QStringLiteral("DNS = 10.0.0.1"), // 4
        QString(), // 5
        QStringLiteral("[Peer] # the VPS"), // 6
        QStringLiteral("PublicKey = ") + keys.publicKey(), // 7
        QStringLiteral("PresharedKey = ") + keys.presharedKey(), // 8
        QStringLiteral("Endpoint = 198.51.100.7:51820"), // 9
        QStringLiteral("AllowedIPs = 0.0.0.0/0, ::/0"), // 10
    };
}

QString joined(const QStringList &lines)
{
    return lines.join(u'\n') + u'\n';
}

// Every string inside a reply value, however deeply it is nested.
void collectStrings(const QVariant &value, QStringList *out);

void collectStrings(const QDBusArgument &argument, QStringList *out)
{
    switch (argument.currentType()) {
    case QDBusArgument::MapType:
        argument.beginMap();
        while (!argument.atEnd()) {
            argument.beginMapEntry();
            collectStrings(argument.asVariant(), out);
            collectStrings(argument.asVariant(), out);
            argument.endMapEntry();
        }
        argument.endMap();
        break;
    case QDBusArgument::ArrayType:
        argument.beginArray();
        while (!argument.atEnd())
            collectStrings(argument.asVariant(), out);
        argument.endArray();
        break;
    case QDBusArgument::StructureType:
        argument.beginStructure();
        while (!argument.atEnd())
            collectStrings(argument.asVariant(), out);
        argument.endStructure();
        break;
    default:
        collectStrings(argument.asVariant(), out);
        break;
    }
}

void collectStrings(const QVariant &value, QStringList *out)
{
    if (value.metaType() == QMetaType::fromType<QDBusArgument>()) {
        collectStrings(value.value<QDBusArgument>(), out);
    } else if (value.metaType() == QMetaType::fromType<QDBusVariant>()) {
        collectStrings(value.value<QDBusVariant>().variant(), out);
    } else if (value.metaType() == QMetaType::fromType<QVariantMap>()) {
        const QVariantMap map = value.toMap();
        for (auto it = map.begin(); it != map.end(); ++it) {
            *out << it.key();
            collectStrings(it.value(), out);
        }
    } else if (value.metaType() == QMetaType::fromType<QVariantList>()) {
        for (const QVariant &item : value.toList())
            collectStrings(item, out);
    } else if (value.metaType() == QMetaType::fromType<QStringList>()) {
        *out << value.toStringList();
    } else if (value.metaType() == QMetaType::fromType<QByteArray>()) {
        *out << QString::fromLatin1(value.toByteArray());
    } else {
        *out << value.toString();
    }
}

// Which secret, if any, shows up in `text` as base64 or as raw bytes.
QString leakIn(const QString &text, const Keys &keys)
{
    for (const QString &secret : keys.secrets()) {
        if (text.contains(secret))
            return QStringLiteral("base64 of a secret key in: ") + text.left(200);
    }
    for (const QByteArray &raw : keys.secretsRaw()) {
        if (text.toLatin1().contains(raw) || text.toUtf8().contains(raw))
            return QStringLiteral("raw bytes of a secret key in a value");
    }
    return {};
}

QString leakInValue(const QVariant &value, const Keys &keys)
{
    QStringList strings;
    collectStrings(value, &strings);
    for (const QString &text : std::as_const(strings)) {
        if (QString leak = leakIn(text, keys); !leak.isEmpty())
            return leak;
    }
    return {};
}

// Every file under `root` (relative path → bytes), hidden ones included.
QMap<QString, QByteArray> snapshot(const QString &root)
{
    QMap<QString, QByteArray> files;
    QDirIterator it(root, QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot,
        QDirIterator::Subdirectories);
    const QDir base(root);
    while (it.hasNext()) {
        const QString path = it.next();
        QFile file(path);
        files.insert(base.relativeFilePath(path),
            file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray("<dir>"));
    }
    return files;
}

// The permission bits of a regular file (not following symlinks), or -1.
int regularFileMode(const QString &path)
{
    struct stat info { };
    if (::lstat(QFile::encodeName(path).constData(), &info) != 0 || !S_ISREG(info.st_mode))
        return -1;
    return int(info.st_mode & 07777);
}

struct Change {
    QString name;
    QVariantMap status;
};

} // namespace

// Receives TunnelChanged from the bus.
class ChangeRecorder : public QObject {
    Q_OBJECT
public:
    QList<Change> changes;
    QList<QVariantMap> statusesOf(const QString &name) const
    {
        QList<QVariantMap> statuses;
        for (const Change &change : changes) {
            if (change.name == name)
                statuses << change.status;
        }
        return statuses;
    }
public Q_SLOTS:
    void record(const QString &name, const QVariantMap &status)
    {
        changes << Change { name, status };
    }
};

class TestHelperTunnels : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void importStoresAndShowsNoSecret();
    void importRefusesHooks_data();
    void importRefusesHooks();
    void importRefusesBadConfigs_data();
    void importRefusesBadConfigs();
    void importRefusesAnExistingName();
    void badNamesAreRefused_data();
    void badNamesAreRefused();
    void deniedCallersChangeNothing_data();
    void deniedCallersChangeNothing();
    void removeDeletesTheTunnel();
    void removeOfAnUnknownNameIsNotFound();
    void getTunnelRefusesUnknownAndBadNames();
    void connectRefusesUnknownTunnelsAndFamilies();
    void connectWithoutWireGuardIsUnavailable_data();
    void connectWithoutWireGuardIsUnavailable();
    void disconnectIsIdempotent();
    void setTunnelMtuStoresAndReports_data();
    void setTunnelMtuStoresAndReports();
    void setTunnelMtuRefusesBadValues_data();
    void setTunnelMtuRefusesBadValues();
    void setTunnelMtuOfAnUnknownTunnelIsNotFound();
    void removeDeletesTheMtuSetting();
    void damagedMtuSettingIsReportedAndReplaced();

private:
    // GetTunnel's answer for `name`, decoded; empty (and a failed check) on error.
    QVariantMap getTunnel(const QString &name) const;
    QDBusMessage call(const QString &member, const QVariantList &args) const;
    // Imports goodLines() as "home" and checks that it worked.
    void importHome();
    QStringList listTunnels() const;
    // Lets signals that were on their way arrive, before checking there were none.
    static void settle() { QTest::qWait(50); }

    std::unique_ptr<Test::PrivateBus> m_bus;
    std::unique_ptr<QTemporaryDir> m_root;
    QString m_tunnelDir;
    std::unique_ptr<FakePolkit> m_polkit;
    std::unique_ptr<Authoriser> m_authoriser;
    std::unique_ptr<TunnelManager> m_tunnels;
    std::unique_ptr<HelperService> m_service;
    QDBusConnection m_client = QDBusConnection(QString());
    ChangeRecorder m_recorder;
    Keys m_keys;
    int m_backendCalls = 0;
    int m_round = 0;
};

void TestHelperTunnels::initTestCase()
{
    registerContractTypes();
    m_bus = std::make_unique<Test::PrivateBus>();
    QVERIFY2(m_bus->isRunning(), "dbus-daemon could not be started");
    // The keys the tests rely on are what `wg genkey` makes.
    QCOMPARE(m_keys.privateKey().size(), 44);
    QVERIFY(m_keys.privateKey().endsWith(u'='));
}

void TestHelperTunnels::init()
{
    ++m_round;
    m_backendCalls = 0;
    m_recorder.changes.clear();
    m_keys = Keys();

    m_root = std::make_unique<QTemporaryDir>();
    QVERIFY(m_root->isValid());
    m_tunnelDir = m_root->filePath(QStringLiteral("tunnels"));
    QVERIFY(::mkdir(QFile::encodeName(m_tunnelDir).constData(), 0700) == 0);
    QVERIFY(::chmod(QFile::encodeName(m_tunnelDir).constData(), 0700) == 0);

    const QDBusConnection polkitBus = m_bus->connect(QStringLiteral("polkit%1").arg(m_round));
    const QDBusConnection serviceBus = m_bus->connect(QStringLiteral("service%1").arg(m_round));
    m_client = m_bus->connect(QStringLiteral("client%1").arg(m_round));
    QVERIFY(polkitBus.isConnected() && serviceBus.isConnected() && m_client.isConnected());

    m_polkit = std::make_unique<FakePolkit>(polkitBus);
    m_authoriser = std::make_unique<Authoriser>(serviceBus);
    TunnelManager::Options tunnelOptions;
    tunnelOptions.directory = m_tunnelDir;
    tunnelOptions.systemBus = serviceBus;
    tunnelOptions.backend = [this](QString *why) {
        ++m_backendCalls;
        *why = NoWireGuard;
        return std::unique_ptr<WireGuard::Backend>();
    };
    tunnelOptions.handshakeTimeoutMs = 200;
    m_tunnels = std::make_unique<TunnelManager>(std::move(tunnelOptions));

    HelperService::Options serviceOptions;
    serviceOptions.configDir = m_root->path();
    serviceOptions.tunnels = m_tunnels.get();
    m_service = std::make_unique<HelperService>(serviceBus, m_authoriser.get(), serviceOptions);
    new Helper1Adaptor(m_service.get());
    QDBusConnection registrar = serviceBus;
    QVERIFY(registrar.registerObject(QString::fromLatin1(ObjectPath), m_service.get()));
    QVERIFY(registrar.registerService(QString::fromLatin1(ServiceName)));

    // Subscribed on the calling connection: the AddMatch goes out before any
    // call of the test, so no signal can slip past.
    QVERIFY(m_client.connect(QString(), QString::fromLatin1(ObjectPath),
        QString::fromLatin1(InterfaceName), QStringLiteral("TunnelChanged"), &m_recorder,
        SLOT(record(QString, QVariantMap))));
}

void TestHelperTunnels::cleanup()
{
    m_client.disconnect(QString(), QString::fromLatin1(ObjectPath),
        QString::fromLatin1(InterfaceName), QStringLiteral("TunnelChanged"), &m_recorder,
        SLOT(record(QString, QVariantMap)));
    QDBusConnection::disconnectFromBus(QStringLiteral("client%1").arg(m_round));
    QDBusConnection::disconnectFromBus(QStringLiteral("service%1").arg(m_round));
    QDBusConnection::disconnectFromBus(QStringLiteral("polkit%1").arg(m_round));
    m_client = QDBusConnection(QString());
    m_service.reset();
    m_tunnels.reset();
    m_authoriser.reset();
    m_polkit.reset();
    m_root.reset();
}

QDBusMessage TestHelperTunnels::call(const QString &member, const QVariantList &args) const
{
    QDBusMessage message = QDBusMessage::createMethodCall(QString::fromLatin1(ServiceName),
        QString::fromLatin1(ObjectPath), QString::fromLatin1(InterfaceName), member);
    message.setArguments(args);
    QDBusPendingCallWatcher watcher(m_client.asyncCall(message));
    if (!QTest::qWaitFor([&] { return watcher.isFinished(); }, 5000))
        return {};
    return watcher.reply();
}

QStringList TestHelperTunnels::listTunnels() const
{
    const QDBusMessage reply = call(QStringLiteral("ListTunnels"), {});
    if (reply.type() != QDBusMessage::ReplyMessage)
        return { QStringLiteral("<ListTunnels failed: %1>").arg(reply.errorMessage()) };
    return reply.arguments().value(0).toStringList();
}

void TestHelperTunnels::importHome()
{
    const QDBusMessage reply = call(
        QStringLiteral("ImportTunnel"), { QStringLiteral("home"), joined(goodLines(m_keys)) });
    QVERIFY2(reply.type() == QDBusMessage::ReplyMessage, qPrintable(reply.errorMessage()));
    QCOMPARE(listTunnels(), QStringList { QStringLiteral("home") });
}

void TestHelperTunnels::importStoresAndShowsNoSecret()
{
    importHome();
    if (QTest::currentTestFailed())
        return;
    QCOMPARE(m_polkit->checks().size(), 1);
    QCOMPARE(m_polkit->checks().first().actionId, QString::fromLatin1(Action::ConfigureTunnels));

    const QDBusMessage get = call(QStringLiteral("GetTunnel"), { QStringLiteral("home") });
    QVERIFY2(get.type() == QDBusMessage::ReplyMessage, qPrintable(get.errorMessage()));
    QCOMPARE(get.signature(), QStringLiteral("a{sv}"));
    const QVariantMap status = qdbus_cast<QVariantMap>(get.arguments().value(0));
    QCOMPARE(status.value(QStringLiteral("state")).toString(), QStringLiteral("down"));
    QCOMPARE(status.value(QStringLiteral("interface")).toString(), QStringLiteral("ll-home"));
    QCOMPARE(
        status.value(QStringLiteral("endpoint")).toString(), QStringLiteral("198.51.100.7:51820"));
    QCOMPARE(status.value(QStringLiteral("families")).toStringList(),
        (QStringList { QStringLiteral("ipv4"), QStringLiteral("ipv6") }));
    // The whole reply, not just the decoded map, so nothing nested escapes.
    const QString leak = leakInValue(get.arguments().value(0), m_keys);
    QVERIFY2(leak.isEmpty(), qPrintable(leak));
    // A walker that saw nothing would find no leak either: make sure it saw.
    QStringList seen;
    collectStrings(get.arguments().value(0), &seen);
    QVERIFY2(seen.contains(QStringLiteral("ll-home")), qPrintable(seen.join(u'|')));

    QTRY_COMPARE(m_recorder.statusesOf(QStringLiteral("home")).size(), 1);
    const QVariantMap announced = m_recorder.statusesOf(QStringLiteral("home")).first();
    QCOMPARE(announced.value(QStringLiteral("state")).toString(), QStringLiteral("down"));
    QCOMPARE(announced.value(QStringLiteral("interface")).toString(), QStringLiteral("ll-home"));
    const QString signalLeak = leakInValue(announced, m_keys);
    QVERIFY2(signalLeak.isEmpty(), qPrintable(signalLeak));

    // On disk: the public part and the secrets apart, both 0600.
    const QString conf = m_tunnelDir + QStringLiteral("/home.conf");
    const QString key = m_tunnelDir + QStringLiteral("/home.key");
    QCOMPARE(regularFileMode(conf), 0600);
    QCOMPARE(regularFileMode(key), 0600);
    QFile confFile(conf);
    QVERIFY(confFile.open(QIODevice::ReadOnly));
    const QByteArray confBytes = confFile.readAll();
    QVERIFY2(confBytes.contains(m_keys.publicKey().toLatin1()), confBytes.constData());
    QVERIFY2(confBytes.contains("198.51.100.7:51820"), confBytes.constData());
    for (const QString &secret : m_keys.secrets())
        QVERIFY2(!confBytes.contains(secret.toLatin1()), "home.conf holds a secret key");
    for (const QByteArray &raw : m_keys.secretsRaw())
        QVERIFY2(!confBytes.contains(raw), "home.conf holds a secret key's raw bytes");
    QFile keyFile(key);
    QVERIFY(keyFile.open(QIODevice::ReadOnly));
    const QByteArray keyBytes = keyFile.readAll();
    QVERIFY(keyBytes.contains(m_keys.privateKey().toLatin1()));
    QVERIFY(keyBytes.contains(m_keys.presharedKey().toLatin1()));
    // Nothing else was left behind (no temporary files).
    QCOMPARE(QDir(m_tunnelDir).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot),
        (QStringList { QStringLiteral("home.conf"), QStringLiteral("home.key") }));
}

void TestHelperTunnels::importRefusesHooks_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<int>("line"); // where the hook goes, 1-based
    QTest::addColumn<QString>("value");
    const QString command = QStringLiteral("touch %ROOT%/pwned");
    QTest::newRow("PreUp") << "PreUp" << 3 << command;
    QTest::newRow("PostUp") << "PostUp" << 4 << command;
    QTest::newRow("PreDown") << "PreDown" << 2 << command;
    QTest::newRow("PostDown in [Peer]") << "PostDown" << 10 << command;
    QTest::newRow("SaveConfig") << "SaveConfig" << 5 << "true";
    QTest::newRow("lower-case postup") << "postup" << 3 << command;
}

void TestHelperTunnels::importRefusesHooks()
{
    QFETCH(QString, key);
    QFETCH(int, line);
    QFETCH(QString, value);
    QStringList lines = goodLines(m_keys);
    lines.insert(line - 1,
        key + QStringLiteral(" = ") + value.replace(QStringLiteral("%ROOT%"), m_root->path()));
    const auto before = snapshot(m_root->path());

    const QDBusMessage reply
        = call(QStringLiteral("ImportTunnel"), { QStringLiteral("home"), joined(lines) });
    QCOMPARE(reply.errorName(), QString::fromLatin1(Error::InvalidArgument));
    const QString message = reply.errorMessage();
    QVERIFY2(message.contains(QStringLiteral("line %1:").arg(line)), qPrintable(message));
    QVERIFY2(message.contains(key, Qt::CaseInsensitive), qPrintable(message));
    QVERIFY2(message.contains(QStringLiteral("refused")), qPrintable(message));
    QVERIFY2(leakIn(message, m_keys).isEmpty(), qPrintable(message));

    QCOMPARE(snapshot(m_root->path()), before);
    QCOMPARE(listTunnels(), QStringList());
    QVERIFY(!QFile::exists(m_root->filePath(QStringLiteral("pwned"))));
    settle();
    QCOMPARE(m_recorder.changes.size(), 0);
}

void TestHelperTunnels::importRefusesBadConfigs_data()
{
    QTest::addColumn<QString>("config");
    QTest::addColumn<QString>("expected");
    const Keys keys;
    QStringList lines = goodLines(keys);

    QStringList badBase64 = lines;
    QString broken = keys.publicKey();
    broken[10] = u'*';
    badBase64[6] = QStringLiteral("PublicKey = ") + broken;
    QTest::newRow("bad base64") << joined(badBase64) << "line 7: PublicKey is not valid base64";

    QStringList shortKey = lines;
    shortKey[6] = QStringLiteral("PublicKey = ") + keys.publicKey().left(40);
    QTest::newRow("short key") << joined(shortKey) << "line 7: PublicKey must be 44 characters";

    QTest::newRow("missing [Peer]") << joined(lines.mid(0, 4)) << "no [Peer] section";

    QString huge = joined(lines);
    huge += QStringLiteral("# padding\n").repeated(1024 * 1024 / 10 + 1);
    QTest::newRow("1 MB") << huge << "larger than 64 KiB";

    QTest::newRow("empty") << QString() << "no [Interface] section";

    QStringList unknownKey = lines;
    unknownKey.insert(3, QStringLiteral("Shell = /bin/sh"));
    QTest::newRow("unknown key") << joined(unknownKey) << "line 4: unknown key";
}

void TestHelperTunnels::importRefusesBadConfigs()
{
    QFETCH(QString, config);
    QFETCH(QString, expected);
    const auto before = snapshot(m_root->path());

    const QDBusMessage reply
        = call(QStringLiteral("ImportTunnel"), { QStringLiteral("home"), config });
    QCOMPARE(reply.errorName(), QString::fromLatin1(Error::InvalidArgument));
    QVERIFY2(reply.errorMessage().contains(expected), qPrintable(reply.errorMessage()));

    QCOMPARE(snapshot(m_root->path()), before);
    QCOMPARE(listTunnels(), QStringList());
    settle();
    QCOMPARE(m_recorder.changes.size(), 0);
}

void TestHelperTunnels::importRefusesAnExistingName()
{
    importHome();
    if (QTest::currentTestFailed())
        return;
    const auto before = snapshot(m_root->path());
    QVERIFY(before.contains(QStringLiteral("tunnels/home.conf")));
    QTRY_COMPARE(m_recorder.changes.size(), 1);

    const Keys other;
    const QDBusMessage reply = call(
        QStringLiteral("ImportTunnel"), { QStringLiteral("home"), joined(goodLines(other)) });
    QCOMPARE(reply.errorName(), QString::fromLatin1(Error::InvalidArgument));
    QVERIFY2(reply.errorMessage().contains(QStringLiteral("already exists")),
        qPrintable(reply.errorMessage()));
    QVERIFY2(leakIn(reply.errorMessage(), other).isEmpty(), qPrintable(reply.errorMessage()));

    QCOMPARE(snapshot(m_root->path()), before);
    QCOMPARE(listTunnels(), QStringList { QStringLiteral("home") });
    settle();
    QCOMPARE(m_recorder.changes.size(), 1);
}

void TestHelperTunnels::badNamesAreRefused_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("expected");
    QTest::newRow("upper case") << "Home"
                                << "may only contain";
    QTest::newRow("path") << "../x"
                          << "may only contain";
    QTest::newRow("13 characters") << "abcdefghijklm"
                                   << "longer than 12";
    QTest::newRow("empty") << ""
                           << "empty";
}

void TestHelperTunnels::badNamesAreRefused()
{
    QFETCH(QString, name);
    QFETCH(QString, expected);
    const auto before = snapshot(m_root->path());

    const QDBusMessage reply
        = call(QStringLiteral("ImportTunnel"), { name, joined(goodLines(m_keys)) });
    QCOMPARE(reply.errorName(), QString::fromLatin1(Error::InvalidArgument));
    QVERIFY2(reply.errorMessage().contains(expected), qPrintable(reply.errorMessage()));
    QCOMPARE(snapshot(m_root->path()), before);
    QCOMPARE(listTunnels(), QStringList());

    // The other tunnel methods refuse the same names.
    for (const auto &[member, args] :
        QList<QPair<QString, QVariantList>> { { QStringLiteral("GetTunnel"), { name } },
            { QStringLiteral("RemoveTunnel"), { name } },
            { QStringLiteral("ConnectTunnel"), { name, QString() } },
            { QStringLiteral("DisconnectTunnel"), { name } },
            { QStringLiteral("SetTunnelMtu"), { name, QStringLiteral("auto") } } }) {
        const QDBusMessage other = call(member, args);
        QVERIFY2(other.errorName() == QString::fromLatin1(Error::InvalidArgument),
            qPrintable(member + u' ' + other.errorName()));
    }
    QCOMPARE(m_backendCalls, 0);
    settle();
    QCOMPARE(m_recorder.changes.size(), 0);
}

void TestHelperTunnels::deniedCallersChangeNothing_data()
{
    QTest::addColumn<QString>("member");
    QTest::addColumn<QString>("action");
    QTest::newRow("ImportTunnel") << "ImportTunnel" << Action::ConfigureTunnels;
    QTest::newRow("RemoveTunnel") << "RemoveTunnel" << Action::ConfigureTunnels;
    QTest::newRow("ConnectTunnel") << "ConnectTunnel" << Action::ConnectTunnel;
    QTest::newRow("DisconnectTunnel") << "DisconnectTunnel" << Action::ConnectTunnel;
    QTest::newRow("SetTunnelMtu") << "SetTunnelMtu" << Action::FixMtu;
}

void TestHelperTunnels::deniedCallersChangeNothing()
{
    QFETCH(QString, member);
    QFETCH(QString, action);
    // Import acts on a fresh name; the others on an existing tunnel.
    const bool importing = member == u"ImportTunnel";
    if (!importing) {
        importHome();
        if (QTest::currentTestFailed())
            return;
        QTRY_COMPARE(m_recorder.changes.size(), 1);
    }
    const QString name = importing ? QStringLiteral("work") : QStringLiteral("home");
    QVariantList args { name };
    if (importing)
        args << joined(goodLines(Keys()));
    if (member == u"ConnectTunnel")
        args << QStringLiteral("ipv4");
    if (member == u"SetTunnelMtu")
        args << QStringLiteral("auto");
    const auto before = snapshot(m_root->path());
    const QStringList listed = listTunnels();
    const int checksBefore = int(m_polkit->checks().size());
    const int changesBefore = int(m_recorder.changes.size());

    m_polkit->setAnswer(FakePolkit::Answer::NotAuthorised);
    const QDBusMessage reply = call(member, args);
    QCOMPARE(reply.errorName(), QString::fromLatin1(Error::AccessDenied));
    QCOMPARE(m_polkit->checks().size(), checksBefore + 1);
    QCOMPARE(m_polkit->checks().last().actionId, action);
    QCOMPARE(m_polkit->checks().last().subjectName, m_client.baseService());

    QCOMPARE(snapshot(m_root->path()), before);
    QCOMPARE(listTunnels(), listed);
    QCOMPARE(m_backendCalls, 0);
    settle();
    QCOMPARE(m_recorder.changes.size(), changesBefore);
}

void TestHelperTunnels::removeDeletesTheTunnel()
{
    importHome();
    if (QTest::currentTestFailed())
        return;
    QTRY_COMPARE(m_recorder.changes.size(), 1);
    const QDBusMessage reply = call(QStringLiteral("RemoveTunnel"), { QStringLiteral("home") });
    QVERIFY2(reply.type() == QDBusMessage::ReplyMessage, qPrintable(reply.errorMessage()));
    QCOMPARE(m_polkit->checks().last().actionId, QString::fromLatin1(Action::ConfigureTunnels));

    QCOMPARE(listTunnels(), QStringList());
    QCOMPARE(snapshot(m_tunnelDir), (QMap<QString, QByteArray>()));
    QTRY_COMPARE(m_recorder.changes.size(), 2);
    QCOMPARE(m_recorder.changes.last().name, QStringLiteral("home"));
    QCOMPARE(m_recorder.changes.last().status.value(QStringLiteral("state")).toString(),
        QStringLiteral("removed"));
    QCOMPARE(call(QStringLiteral("GetTunnel"), { QStringLiteral("home") }).errorName(),
        QString::fromLatin1(Error::NotFound));

    // Gone for good: a second remove finds nothing.
    QCOMPARE(call(QStringLiteral("RemoveTunnel"), { QStringLiteral("home") }).errorName(),
        QString::fromLatin1(Error::NotFound));
}

void TestHelperTunnels::removeOfAnUnknownNameIsNotFound()
{
    importHome();
    if (QTest::currentTestFailed())
        return;
    const auto before = snapshot(m_root->path());
    const QDBusMessage reply = call(QStringLiteral("RemoveTunnel"), { QStringLiteral("work") });
    QCOMPARE(reply.errorName(), QString::fromLatin1(Error::NotFound));
    QVERIFY2(reply.errorMessage().contains(QStringLiteral("\"work\"")),
        qPrintable(reply.errorMessage()));
    QCOMPARE(snapshot(m_root->path()), before);
    QCOMPARE(listTunnels(), QStringList { QStringLiteral("home") });
    settle();
    QCOMPARE(m_recorder.statusesOf(QStringLiteral("work")).size(), 0);
}

void TestHelperTunnels::getTunnelRefusesUnknownAndBadNames()
{
    importHome();
    if (QTest::currentTestFailed())
        return;
    const QDBusMessage unknown = call(QStringLiteral("GetTunnel"), { QStringLiteral("work") });
    QCOMPARE(unknown.errorName(), QString::fromLatin1(Error::NotFound));
    QVERIFY2(unknown.errorMessage().contains(QStringLiteral("work")),
        qPrintable(unknown.errorMessage()));
    const QDBusMessage bad = call(QStringLiteral("GetTunnel"), { QStringLiteral("../home") });
    QCOMPARE(bad.errorName(), QString::fromLatin1(Error::InvalidArgument));
    // Reading needs no authorisation: only the import asked polkit.
    QCOMPARE(m_polkit->checks().size(), 1);
}

void TestHelperTunnels::connectRefusesUnknownTunnelsAndFamilies()
{
    importHome();
    if (QTest::currentTestFailed())
        return;
    const QDBusMessage unknown
        = call(QStringLiteral("ConnectTunnel"), { QStringLiteral("work"), QStringLiteral("ipv4") });
    QCOMPARE(unknown.errorName(), QString::fromLatin1(Error::NotFound));
    QVERIFY2(unknown.errorMessage().contains(QStringLiteral("work")),
        qPrintable(unknown.errorMessage()));

    const QDBusMessage families
        = call(QStringLiteral("ConnectTunnel"), { QStringLiteral("home"), QStringLiteral("ipv5") });
    QCOMPARE(families.errorName(), QString::fromLatin1(Error::InvalidArgument));
    QVERIFY2(families.errorMessage().contains(QStringLiteral("ipv5")),
        qPrintable(families.errorMessage()));
    QCOMPARE(m_polkit->checks().last().actionId, QString::fromLatin1(Action::ConnectTunnel));
    QCOMPARE(m_backendCalls, 0);
}

void TestHelperTunnels::connectWithoutWireGuardIsUnavailable_data()
{
    QTest::addColumn<QString>("families");
    QTest::newRow("from the config") << "";
    QTest::newRow("ipv4") << "ipv4";
    QTest::newRow("ipv6") << "ipv6";
    QTest::newRow("all") << "all";
}

void TestHelperTunnels::connectWithoutWireGuardIsUnavailable()
{
    QFETCH(QString, families);
    importHome();
    if (QTest::currentTestFailed())
        return;
    const QDBusMessage reply
        = call(QStringLiteral("ConnectTunnel"), { QStringLiteral("home"), families });
    QCOMPARE(reply.errorName(), QString::fromLatin1(Error::Unavailable));
    QVERIFY2(reply.errorMessage().contains(QStringLiteral("no WireGuard")),
        qPrintable(reply.errorMessage()));
    QVERIFY2(reply.errorMessage().contains(NoWireGuard), qPrintable(reply.errorMessage()));
    QVERIFY2(leakIn(reply.errorMessage(), m_keys).isEmpty(), qPrintable(reply.errorMessage()));
    QCOMPARE(m_backendCalls, 1);
    QCOMPARE(m_polkit->checks().last().actionId, QString::fromLatin1(Action::ConnectTunnel));

    // Nothing came up, and the stored tunnel is as it was.
    const QDBusMessage get = call(QStringLiteral("GetTunnel"), { QStringLiteral("home") });
    QVERIFY2(get.type() == QDBusMessage::ReplyMessage, qPrintable(get.errorMessage()));
    const QVariantMap status = qdbus_cast<QVariantMap>(get.arguments().value(0));
    const QString state = status.value(QStringLiteral("state")).toString();
    QVERIFY2(state == u"down" || state == u"failed", qPrintable(state));
    QCOMPARE(listTunnels(), QStringList { QStringLiteral("home") });
    settle();
    for (const QVariantMap &announced : m_recorder.statusesOf(QStringLiteral("home"))) {
        const QString announcedState = announced.value(QStringLiteral("state")).toString();
        QVERIFY2(
            announcedState != u"up" && announcedState != u"connecting", qPrintable(announcedState));
        const QString leak = leakInValue(announced, m_keys);
        QVERIFY2(leak.isEmpty(), qPrintable(leak));
    }

    // Asking again asks for a back end again (none was kept).
    QCOMPARE(
        call(QStringLiteral("ConnectTunnel"), { QStringLiteral("home"), families }).errorName(),
        QString::fromLatin1(Error::Unavailable));
    QCOMPARE(m_backendCalls, 2);
}

void TestHelperTunnels::disconnectIsIdempotent()
{
    importHome();
    if (QTest::currentTestFailed())
        return;
    QTRY_COMPARE(m_recorder.changes.size(), 1);
    for (int round = 1; round <= 2; ++round) {
        const QDBusMessage reply
            = call(QStringLiteral("DisconnectTunnel"), { QStringLiteral("home") });
        QVERIFY2(reply.type() == QDBusMessage::ReplyMessage, qPrintable(reply.errorMessage()));
        QCOMPARE(m_polkit->checks().last().actionId, QString::fromLatin1(Action::ConnectTunnel));
        QTRY_COMPARE(m_recorder.changes.size(), 1 + round);
        QCOMPARE(m_recorder.changes.last().name, QStringLiteral("home"));
        QCOMPARE(m_recorder.changes.last().status.value(QStringLiteral("state")).toString(),
            QStringLiteral("down"));
    }
    QCOMPARE(listTunnels(), QStringList { QStringLiteral("home") });

    const QDBusMessage unknown
        = call(QStringLiteral("DisconnectTunnel"), { QStringLiteral("work") });
    QCOMPARE(unknown.errorName(), QString::fromLatin1(Error::NotFound));
    settle();
    QCOMPARE(m_recorder.statusesOf(QStringLiteral("work")).size(), 0);
    QCOMPARE(m_backendCalls, 0);
}

QVariantMap TestHelperTunnels::getTunnel(const QString &name) const
{
    const QDBusMessage get = call(QStringLiteral("GetTunnel"), { name });
    if (get.type() != QDBusMessage::ReplyMessage) {
        qWarning("GetTunnel %s: %s", qPrintable(name), qPrintable(get.errorMessage()));
        return {};
    }
    return qdbus_cast<QVariantMap>(get.arguments().value(0));
}

void TestHelperTunnels::setTunnelMtuStoresAndReports_data()
{
    QTest::addColumn<QString>("mtu");
    QTest::addColumn<QByteArray>("file");
    QTest::newRow("auto") << "auto" << QByteArray("mtu = auto\n");
    QTest::newRow("1280") << "1280" << QByteArray("mtu = 1280\n");
    QTest::newRow("lowest") << "576" << QByteArray("mtu = 576\n");
    QTest::newRow("highest") << "9000" << QByteArray("mtu = 9000\n");
}

void TestHelperTunnels::setTunnelMtuStoresAndReports()
{
    QFETCH(QString, mtu);
    QFETCH(QByteArray, file);
    importHome();
    if (QTest::currentTestFailed())
        return;
    QTRY_COMPARE(m_recorder.changes.size(), 1);
    // Before any setting: the configuration's MTU, said as "".
    QVariantMap status = getTunnel(QStringLiteral("home"));
    QVERIFY(status.contains(QStringLiteral("mtu-setting")));
    QCOMPARE(status.value(QStringLiteral("mtu-setting")).toString(), QString());
    QCOMPARE(status.value(QStringLiteral("mtu-error")).toString(), QString());

    const QDBusMessage reply
        = call(QStringLiteral("SetTunnelMtu"), { QStringLiteral("home"), mtu });
    QVERIFY2(reply.type() == QDBusMessage::ReplyMessage, qPrintable(reply.errorMessage()));
    QCOMPARE(m_polkit->checks().last().actionId, QString::fromLatin1(Action::FixMtu));
    QCOMPARE(m_polkit->checks().last().subjectName, m_client.baseService());

    status = getTunnel(QStringLiteral("home"));
    QCOMPARE(status.value(QStringLiteral("mtu-setting")).toString(), mtu);
    QCOMPARE(status.value(QStringLiteral("state")).toString(), QStringLiteral("down"));
    QTRY_COMPARE(m_recorder.changes.size(), 2);
    QCOMPARE(m_recorder.changes.last().name, QStringLiteral("home"));
    QCOMPARE(m_recorder.changes.last().status.value(QStringLiteral("mtu-setting")).toString(), mtu);
    const QString leak = leakInValue(m_recorder.changes.last().status, m_keys);
    QVERIFY2(leak.isEmpty(), qPrintable(leak));

    // On disk: its own root-only file, the setting and nothing else.
    const QString settings = m_tunnelDir + QStringLiteral("/home.settings");
    QCOMPARE(regularFileMode(settings), 0600);
    QFile settingsFile(settings);
    QVERIFY(settingsFile.open(QIODevice::ReadOnly));
    const QByteArray bytes = settingsFile.readAll();
    QCOMPARE(bytes, file);
    QVERIFY(leakIn(QString::fromLatin1(bytes), m_keys).isEmpty());
    QCOMPARE(QDir(m_tunnelDir).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot),
        (QStringList { QStringLiteral("home.conf"), QStringLiteral("home.key"),
            QStringLiteral("home.settings") }));

    // A second setting replaces the first.
    const QString other = mtu == u"auto" ? QStringLiteral("1400") : QStringLiteral("auto");
    QVERIFY(call(QStringLiteral("SetTunnelMtu"), { QStringLiteral("home"), other }).type()
        == QDBusMessage::ReplyMessage);
    QCOMPARE(
        getTunnel(QStringLiteral("home")).value(QStringLiteral("mtu-setting")).toString(), other);
    // "" removes it: the configuration's MTU again, and no file.
    QVERIFY(call(QStringLiteral("SetTunnelMtu"), { QStringLiteral("home"), QString() }).type()
        == QDBusMessage::ReplyMessage);
    QCOMPARE(
        getTunnel(QStringLiteral("home")).value(QStringLiteral("mtu-setting")).toString(), QString());
    QVERIFY(!QFile::exists(settings));
    // Connecting without WireGuard is refused as before: the setting is no obstacle.
    QCOMPARE(
        call(QStringLiteral("ConnectTunnel"), { QStringLiteral("home"), QString() }).errorName(),
        QString::fromLatin1(Error::Unavailable));
}

void TestHelperTunnels::setTunnelMtuRefusesBadValues_data()
{
    QTest::addColumn<QString>("mtu");
    QTest::newRow("0") << "0";
    QTest::newRow("575") << "575";
    QTest::newRow("9001") << "9001";
    QTest::newRow("abc") << "abc";
    QTest::newRow("auto with a space") << "auto ";
    QTest::newRow("-1") << "-1";
    QTest::newRow("leading space") << " 1280";
    QTest::newRow("leading zero") << "01280";
    QTest::newRow("plus") << "+1280";
    QTest::newRow("upper case") << "AUTO";
    QTest::newRow("huge") << "99999999999999999999";
    QTest::newRow("newline") << "1280\nmtu = auto";
}

void TestHelperTunnels::setTunnelMtuRefusesBadValues()
{
    QFETCH(QString, mtu);
    importHome();
    if (QTest::currentTestFailed())
        return;
    QTRY_COMPARE(m_recorder.changes.size(), 1);
    const auto before = snapshot(m_root->path());

    const QDBusMessage reply
        = call(QStringLiteral("SetTunnelMtu"), { QStringLiteral("home"), mtu });
    QCOMPARE(reply.errorName(), QString::fromLatin1(Error::InvalidArgument));
    QVERIFY2(reply.errorMessage().contains(QStringLiteral("576 to 9000")),
        qPrintable(reply.errorMessage()));
    // Authorised first, then refused: the same order as every privileged call.
    QCOMPARE(m_polkit->checks().last().actionId, QString::fromLatin1(Action::FixMtu));

    QCOMPARE(snapshot(m_root->path()), before);
    QCOMPARE(getTunnel(QStringLiteral("home")).value(QStringLiteral("mtu-setting")).toString(),
        QString());
    settle();
    QCOMPARE(m_recorder.changes.size(), 1);
}

void TestHelperTunnels::setTunnelMtuOfAnUnknownTunnelIsNotFound()
{
    importHome();
    if (QTest::currentTestFailed())
        return;
    QTRY_COMPARE(m_recorder.changes.size(), 1);
    const auto before = snapshot(m_root->path());
    const QDBusMessage reply
        = call(QStringLiteral("SetTunnelMtu"), { QStringLiteral("work"), QStringLiteral("auto") });
    QCOMPARE(reply.errorName(), QString::fromLatin1(Error::NotFound));
    QVERIFY2(reply.errorMessage().contains(QStringLiteral("\"work\"")),
        qPrintable(reply.errorMessage()));
    QCOMPARE(snapshot(m_root->path()), before);
    settle();
    QCOMPARE(m_recorder.statusesOf(QStringLiteral("work")).size(), 0);
}

void TestHelperTunnels::removeDeletesTheMtuSetting()
{
    importHome();
    if (QTest::currentTestFailed())
        return;
    QVERIFY(call(QStringLiteral("SetTunnelMtu"), { QStringLiteral("home"), QStringLiteral("1280") })
                .type()
        == QDBusMessage::ReplyMessage);
    QVERIFY(QFile::exists(m_tunnelDir + QStringLiteral("/home.settings")));
    const QDBusMessage reply = call(QStringLiteral("RemoveTunnel"), { QStringLiteral("home") });
    QVERIFY2(reply.type() == QDBusMessage::ReplyMessage, qPrintable(reply.errorMessage()));
    QCOMPARE(snapshot(m_tunnelDir), (QMap<QString, QByteArray>()));

    // A new tunnel of the same name starts without the old one's setting.
    importHome();
    if (QTest::currentTestFailed())
        return;
    QCOMPARE(getTunnel(QStringLiteral("home")).value(QStringLiteral("mtu-setting")).toString(),
        QString());
}

void TestHelperTunnels::damagedMtuSettingIsReportedAndReplaced()
{
    importHome();
    if (QTest::currentTestFailed())
        return;
    QFile damaged(m_tunnelDir + QStringLiteral("/home.settings"));
    QVERIFY(damaged.open(QIODevice::WriteOnly));
    damaged.write("mtu = 1\nshell = /bin/sh\n");
    damaged.close();
    QVERIFY(damaged.setPermissions(QFile::ReadOwner | QFile::WriteOwner));

    // GetTunnel still answers, and says what is wrong where the MTU's
    // troubles are said.
    QVariantMap status = getTunnel(QStringLiteral("home"));
    QCOMPARE(status.value(QStringLiteral("state")).toString(), QStringLiteral("down"));
    QCOMPARE(status.value(QStringLiteral("mtu-setting")).toString(), QString());
    QVERIFY2(
        status.value(QStringLiteral("mtu-error")).toString().contains(QStringLiteral("damaged")),
        qPrintable(status.value(QStringLiteral("mtu-error")).toString()));

    // Connecting refuses a file it cannot read rather than guessing.
    QCOMPARE(
        call(QStringLiteral("ConnectTunnel"), { QStringLiteral("home"), QString() }).errorName(),
        QString::fromLatin1(Error::Failed));
    QCOMPARE(m_backendCalls, 0);

    // A new setting replaces the damaged file.
    const QDBusMessage reply
        = call(QStringLiteral("SetTunnelMtu"), { QStringLiteral("home"), QStringLiteral("auto") });
    QVERIFY2(reply.type() == QDBusMessage::ReplyMessage, qPrintable(reply.errorMessage()));
    status = getTunnel(QStringLiteral("home"));
    QCOMPARE(status.value(QStringLiteral("mtu-setting")).toString(), QStringLiteral("auto"));
    QCOMPARE(status.value(QStringLiteral("mtu-error")).toString(), QString());
}

QTEST_GUILESS_MAIN(TestHelperTunnels)
#include "TestHelperTunnels.moc"
