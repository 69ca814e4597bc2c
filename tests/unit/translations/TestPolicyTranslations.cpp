// The installed polkit policy (built by lifeline-policy-l10n from the English
// source and the .ts files) has every action's description and message in
// every shipped language, and otherwise says exactly what the source says;
// the generator refuses a policy it cannot translate completely.
#include "PolicyLocalizer.h"
#include "TsCatalog.h"

#include <QFile>
#include <QMap>
#include <QTest>
#include <QXmlStreamReader>

using namespace Lifeline::Translations;

namespace {

const QStringList Languages = QStringLiteral(LANGUAGES).split(u' ');
const QStringList Actions { "io.github.lifeline.configure-tunnels", "io.github.lifeline.connect-tunnel",
    "io.github.lifeline.run-isolated", "io.github.lifeline.fix-mtu" };

// action id -> "description" / "message" / "description:de" ... -> text
using Texts = QMap<QString, QMap<QString, QStringList>>;

Texts readPolicy(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        qWarning("%s: %s", qPrintable(path), qPrintable(file.errorString()));
        return {};
    }
    Texts texts;
    QXmlStreamReader xml(&file);
    QString action;
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        if (xml.name() == QLatin1String("action")) {
            action = xml.attributes().value("id").toString();
            texts[action];
        } else if (xml.name() == QLatin1String("description") || xml.name() == QLatin1String("message")
            || xml.name() == QLatin1String("allow_any") || xml.name() == QLatin1String("allow_inactive")
            || xml.name() == QLatin1String("allow_active")) {
            QString key = xml.name().toString();
            const QString language = xml.attributes().value("xml:lang").toString();
            if (!language.isEmpty())
                key += u':' + language;
            texts[action][key].append(xml.readElementText());
        }
    }
    if (xml.hasError())
        qWarning("%s:%lld: %s", qPrintable(path), xml.lineNumber(), qPrintable(xml.errorString()));
    return texts;
}

TsCatalog catalog(const QString &language, const QByteArray &messages)
{
    TsCatalog catalog;
    QString error;
    const QByteArray data = "<TS version=\"2.1\" language=\"" + language.toLatin1()
        + "\"><context><name>polkit</name>" + messages + "</context></TS>";
    if (!catalog.load(data, QStringLiteral("lifeline_%1.ts").arg(language), &error))
        qWarning("%s", qPrintable(error));
    return catalog;
}

const QByteArray SmallPolicy = R"(<?xml version="1.0" encoding="UTF-8"?>
<policyconfig>
  <!-- kept -->
  <action id="a">
    <description>Do it</description>
    <message>Authentication is required to do it</message>
    <defaults><allow_active>yes</allow_active></defaults>
  </action>
</policyconfig>
)";

} // namespace

class TestPolicyTranslations : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void installedPolicyHasEveryLanguage();
    void installedPolicyOtherwiseIsTheSource();
    void generatorAddsOneElementPerLanguage();
    void generatorRefusesAMissingTranslation();
    void generatorRefusesATranslatedSource();
};

void TestPolicyTranslations::installedPolicyHasEveryLanguage()
{
    const Texts texts = readPolicy(QStringLiteral(POLICY_BUILT));
    QStringList sorted = Actions;
    sorted.sort();
    QCOMPARE(texts.keys(), sorted);
    for (const QString &action : Actions) {
        const auto &actionTexts = texts.value(action);
        for (const QString &kind : { QStringLiteral("description"), QStringLiteral("message") }) {
            const QStringList english = actionTexts.value(kind);
            QCOMPARE(english.size(), 1);
            for (const QString &language : Languages) {
                const QStringList translated = actionTexts.value(kind + u':' + language);
                QVERIFY2(translated.size() == 1,
                    qPrintable(QStringLiteral("%1: %2 <%3 xml:lang=\"%4\">").arg(action).arg(translated.size()).arg(kind, language)));
                QVERIFY2(!translated.constFirst().trimmed().isEmpty() && translated.constFirst() != english.constFirst(),
                    qPrintable(QStringLiteral("%1 %2 %3: \"%4\"").arg(action, kind, language, translated.constFirst())));
            }
        }
    }
    QCOMPARE(texts.value(Actions.at(1)).value("description:de"), QStringList("Eine Ersatzverbindung ein- oder ausschalten"));
}

void TestPolicyTranslations::installedPolicyOtherwiseIsTheSource()
{
    QFile source(QStringLiteral(POLICY_SOURCE));
    QFile built(QStringLiteral(POLICY_BUILT));
    QVERIFY(source.open(QIODevice::ReadOnly) && built.open(QIODevice::ReadOnly));
    // Without its xml:lang lines, the built policy is the source, byte for byte:
    // comments, defaults and layout all come through.
    QByteArrayList lines = built.readAll().split('\n');
    lines.removeIf([](const QByteArray &line) { return line.contains("xml:lang=\""); });
    QCOMPARE(lines.join('\n'), source.readAll());
}

void TestPolicyTranslations::generatorAddsOneElementPerLanguage()
{
    const PolicyLocalizer localizer({
        catalog("de_DE",
            "<message><source>Do it</source><translation>Mach es</translation></message>"
            "<message><source>Authentication is required to do it</source><translation>Anmelden &amp; machen</translation></message>"),
        catalog("fr_FR",
            "<message><source>Do it</source><translation>Fais-le</translation></message>"
            "<message><source>Authentication is required to do it</source><translation>Authentification « requise »</translation></message>"),
    });
    QByteArray out;
    QString error;
    QVERIFY2(localizer.localize(SmallPolicy, "small.policy", &out, &error), qPrintable(error));
    QVERIFY2(out.contains("    <description>Do it</description>\n"
                          "    <description xml:lang=\"de\">Mach es</description>\n"
                          "    <description xml:lang=\"fr\">Fais-le</description>\n"
                          "    <message>Authentication is required to do it</message>\n"
                          "    <message xml:lang=\"de\">Anmelden &amp; machen</message>\n"
                          "    <message xml:lang=\"fr\">Authentification « requise »</message>\n"),
        out.constData());
    QVERIFY(out.contains("<!-- kept -->"));
    QVERIFY(out.contains("<defaults><allow_active>yes</allow_active></defaults>"));
}

void TestPolicyTranslations::generatorRefusesAMissingTranslation()
{
    const PolicyLocalizer localizer({
        catalog("de_DE",
            "<message><source>Do it</source><translation>Mach es</translation></message>"
            "<message><source>Authentication is required to do it</source>"
            "<translation type=\"unfinished\">Anmelden</translation></message>"),
    });
    QByteArray out;
    QString error;
    QVERIFY(!localizer.localize(SmallPolicy, "small.policy", &out, &error));
    QVERIFY2(error.contains("small.policy:6: lifeline_de_DE.ts (context \"polkit\") has no finished translation "
                            "of the <message> \"Authentication is required to do it\""),
        qPrintable(error));
    QVERIFY(out.isEmpty());
}

void TestPolicyTranslations::generatorRefusesATranslatedSource()
{
    QByteArray policy = SmallPolicy;
    policy.replace("<description>Do it</description>",
        "<description>Do it</description><description xml:lang=\"de\">Mach es</description>");
    QByteArray out;
    QString error;
    QVERIFY(!PolicyLocalizer({}).localize(policy, "small.policy", &out, &error));
    QVERIFY2(error.contains("xml:lang") && error.contains("stays English"), qPrintable(error));
}

QTEST_GUILESS_MAIN(TestPolicyTranslations)
#include "TestPolicyTranslations.moc"
