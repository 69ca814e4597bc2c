// A deterministic fuzz run inside ctest: valid configurations, mutated by a
// seeded generator, through parseWgQuick. Whatever comes in, the parser must
// not crash, and either accept (and then round-trip through the store's two
// texts to an equal configuration) or refuse with an error that names a line
// of the input or what is missing, and that holds no secret.
#include "TunnelTestData.h"
#include "WgQuickParser.h"

#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSet>
#include <QTest>

using namespace Lifeline::Tunnel;
using namespace TunnelTestData;

namespace {

// Lines a mutation may insert: every key, hooks, headers, edge values.
QStringList dictionary()
{
    return expand(
        "[Interface]\n[Peer]\n[Peer\nPostUp = id\nSaveConfig = true\nPrivateKey = %PRIV%\n"
        "PublicKey = %PUB2%\nPublicKey = %PUB1%\nPresharedKey = %PSK%\nAddress = fd00::9/64\n"
        "DNS = 192.0.2.53, corp.example\nMTU = 1279\nMTU = 1280\nListenPort = 0\nFwMark = "
        "0xffffffff\n"
        "Table = main\nTable = 255\nEndpoint = [2001:db8::1]:51820\nEndpoint = vpn.example.org:1\n"
        "AllowedIPs = 10.0.0.0/8\nAllowedIPs = ::/0\nPersistentKeepalive = off\n# comment\n= x\n"
        "Foo = bar\n")
        .split(u'\n', Qt::SkipEmptyParts);
}

QStringList interestingValues()
{
    return { "0", "1", "255", "256", "576", "1279", "65535", "65536", "4294967295", "4294967296",
        "-1", "0x", "off", "auto", "", " ", "::", "[::]", "0.0.0.0/0", "a..b", "x:y:z",
        key(Peer1Seed, 31) };
}

class Mutator {
public:
    explicit Mutator(quint32 seed)
        : m_random(seed)
    {
    }

    int below(int n) { return n <= 0 ? 0 : int(m_random.bounded(n)); }

    QChar randomChar()
    {
        static const QString special = QString("[]=#,:/. \t\r\n-+0x") + QChar(0) + QChar(0x7f)
            + QChar(0xe9) + QChar::ReplacementCharacter + QChar(0x2028);
        if (below(2) == 0)
            return special.at(below(int(special.size())));
        return QChar(char16_t(0x20 + below(0x5f)));
    }

    QString mutate(QString text)
    {
        const int rounds = 1 + below(4);
        for (int i = 0; i < rounds; ++i)
            text = mutateOnce(text);
        return text;
    }

private:
    QString mutateOnce(QString text)
    {
        QStringList lines = text.split(u'\n');
        const int line = below(int(lines.size()));
        switch (below(11)) {
        case 0:
            if (!text.isEmpty())
                text[below(int(text.size()))] = randomChar();
            return text;
        case 1:
            return text.insert(below(int(text.size()) + 1), randomChar());
        case 2:
            return text.remove(below(int(text.size()) + 1), 1 + below(20));
        case 3:
            lines.insert(line, lines.at(line));
            break;
        case 4:
            lines.removeAt(line);
            break;
        case 5:
            lines.swapItemsAt(line, below(int(lines.size())));
            break;
        case 6: { // another line's value under this line's key
            const QString &donor = lines.at(below(int(lines.size())));
            const qsizetype equals = lines[line].indexOf(u'=');
            if (equals >= 0 && donor.contains(u'='))
                lines[line] = lines[line].left(equals + 1) + donor.mid(donor.indexOf(u'=') + 1);
            break;
        }
        case 7: {
            const QStringList words = dictionary();
            lines.insert(line, words.at(below(int(words.size()))));
            break;
        }
        case 8:
            lines[line] = below(2) ? lines[line].toUpper() : lines[line].toLower();
            break;
        case 9:
            return text.left(below(int(text.size()) + 1));
        default: { // an edge value in place of this line's value
            const qsizetype equals = lines[line].indexOf(u'=');
            const QStringList values = interestingValues();
            if (equals >= 0)
                lines[line]
                    = lines[line].left(equals + 1) + u' ' + values.at(below(int(values.size())));
            break;
        }
        }
        return lines.join(u'\n');
    }

    QRandomGenerator m_random;
};

// The secrets this configuration holds (the input's own, not the seeds').
QList<QByteArray> secretsOf(const WgQuickConfig &config)
{
    QList<QByteArray> secrets;
    if (config.interface.fields & Interface::HasPrivateKey)
        secrets << config.interface.privateKey;
    for (const Peer &peer : config.peers) {
        if (peer.fields & Peer::HasPresharedKey)
            secrets << peer.presharedKey;
    }
    return secrets;
}

// Errors that name no line: each says what is missing or too big.
bool namesWhatIsMissing(const QString &error)
{
    return error.startsWith("the configuration has no [Interface] section")
        || error.startsWith("the configuration has no [Peer] section")
        || error.startsWith("the configuration is larger than");
}

// "line N: " with 1 <= N <= the number of lines in `text`.
bool namesALine(const QString &error, const QString &text)
{
    static const QRegularExpression pattern("^line ([0-9]+): \\S");
    const auto match = pattern.match(error);
    if (!match.hasMatch())
        return false;
    const int line = match.captured(1).toInt();
    return line >= 1 && line <= text.count(u'\n') + 1;
}

} // namespace

class TestWgQuickFuzz : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void mutatedConfigs_data();
    void mutatedConfigs();
};

void TestWgQuickFuzz::mutatedConfigs_data()
{
    QTest::addColumn<quint32>("seed");
    QTest::addColumn<int>("inputs");
    // Several seeds so a failure names a smaller run to replay. A longer run
    // by hand: LIFELINE_FUZZ_INPUTS=1000000.
    const int inputs = qEnvironmentVariableIntValue("LIFELINE_FUZZ_INPUTS");
    for (quint32 seed = 1; seed <= 4; ++seed)
        QTest::addRow("seed %u", seed) << seed << (inputs > 0 ? inputs : 10000);
}

void TestWgQuickFuzz::mutatedConfigs()
{
    QFETCH(quint32, seed);
    QFETCH(int, inputs);
    Mutator mutator(seed);
    const QStringList seeds { minimal(), everything(), QString(minimal()).replace("\n", "\r\n") };
    int accepted = 0;
    int refused = 0;
    QSet<QString> kinds; // of refusal: the message without line numbers and values
    const QRegularExpression keyShaped("[A-Za-z0-9+/=]{40,}");

    for (int i = 0; i < inputs; ++i) {
        QString text;
        if (i % 16 == 0) { // raw bytes, as a client might send a binary file
            QByteArray bytes(mutator.below(300), Qt::Uninitialized);
            for (char &byte : bytes)
                byte = char(mutator.below(256));
            text = QString::fromUtf8(bytes);
        } else {
            text = mutator.mutate(seeds.at(mutator.below(int(seeds.size()))));
        }
        const auto part = Parser::Part(i % 10 == 0 ? 1 + mutator.below(2) : 0);
        QString error;
        const auto config = parseWgQuick(text, &error, part);
        const QByteArray context = QString("input %1 (part %2):\n%3\nerror: %4")
                                       .arg(i)
                                       .arg(int(part))
                                       .arg(text.left(2000), error)
                                       .toUtf8();

        // Errors never echo anything shaped like a key, wherever it was.
        QVERIFY2(!keyShaped.match(error).hasMatch(), context.constData());
        if (!config) {
            ++refused;
            QVERIFY2(namesALine(error, text) || namesWhatIsMissing(error), context.constData());
            kinds.insert(error.remove(QRegularExpression("[0-9]+|\"[^\"]*\"")).left(40));
            continue;
        }
        ++accepted;
        QVERIFY2(error.isEmpty(), context.constData());
        // Whatever is accepted can be stored and read back unchanged.
        const QString publicText = config->publicText();
        for (const QByteArray &secret : secretsOf(*config))
            QVERIFY2(
                !publicText.contains(QString::fromLatin1(secret.toBase64())), context.constData());
        if (part == Parser::Part::Secrets) { // a key file: only its own text matters
            const auto again
                = parseWgQuick(QString::fromLatin1(config->secretText()), &error, part);
            QVERIFY2(again, (context + "\nkey file: " + error.toUtf8()).constData());
            continue;
        }
        const auto publicPart = parseWgQuick(publicText, &error, Parser::Part::Public);
        QVERIFY2(publicPart, (context + "\nre-parse: " + error.toUtf8()).constData());
        if (part == Parser::Part::Public) {
            QVERIFY2(*publicPart == *config, context.constData());
            continue;
        }
        const auto secrets = parseWgQuick(
            QString::fromLatin1(config->secretText()), &error, Parser::Part::Secrets);
        QVERIFY2(secrets, (context + "\nsecrets: " + error.toUtf8()).constData());
        const auto merged = withSecrets(*publicPart, *secrets, &error);
        QVERIFY2(merged && *merged == *config, context.constData());
    }
    qInfo(
        "seed %u: %d accepted, %d refused in %d ways", seed, accepted, refused, int(kinds.size()));
    // The mutations must reach both sides and many of the parser's
    // refusals, or the run proves little.
    QCOMPARE_GT(accepted, inputs / 20);
    QCOMPARE_GT(refused, inputs / 4);
    QCOMPARE_GT(kinds.size(), 40);
}

QTEST_GUILESS_MAIN(TestWgQuickFuzz)
#include "TestWgQuickFuzz.moc"
