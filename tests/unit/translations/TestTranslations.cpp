// The shipped languages (translations/lifeline_<lang>.ts) are complete and
// current: every string the sources have is translated, nothing is left
// unfinished or obsolete, placeholders, mnemonics and line breaks match the
// source.
#include "CurrentStrings.h"
#include "TranslationChecks.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Lifeline::Translations;

namespace {

const QStringList Languages = QStringLiteral(LANGUAGES).split(u' ');

QString shippedPath(const QString &language)
{
    return QStringLiteral(TRANSLATIONS_DIR "/lifeline_%1.ts").arg(language);
}

TsCatalog catalogFrom(const QByteArray &data)
{
    TsCatalog catalog;
    QString error;
    if (!catalog.load(data, QStringLiteral("test.ts"), &error))
        qWarning("%s", qPrintable(error));
    return catalog;
}

QByteArray ts(const QByteArray &messages)
{
    return "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<!DOCTYPE TS>\n<TS version=\"2.1\" language=\"de_DE\">\n"
           "<context>\n<name>Ctx</name>\n" + messages + "</context>\n</TS>\n";
}

} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void checksFindWhatIsWrong();
    void driftFindsStaleFiles();
    void shippedLanguageIsComplete_data();
    void shippedLanguageIsComplete();
    void shippedLanguageMatchesTheSources_data();
    void shippedLanguageMatchesTheSources();

private:
    QTemporaryDir m_dir;
    TsCatalog m_current; // what lupdate finds in the sources now
};

void TestTranslations::initTestCase()
{
    QCOMPARE(Languages, QStringList({ "de", "fr", "es" }));
    QVERIFY(m_dir.isValid());
    QString log;
    QString error;
    QVERIFY2(extractCurrentStrings(m_dir.path(), &m_current, &log, &error), qPrintable(error));
}

void TestTranslations::checksFindWhatIsWrong()
{
    const TsCatalog catalog = catalogFrom(ts(
        "<message><source>fine %1</source><translation>gut %1</translation></message>\n"
        "<message><source>open</source><translation type=\"unfinished\"></translation></message>\n"
        "<message><source>blank</source><translation></translation></message>\n"
        "<message><source>Copy %1 to %2</source><translation>%1 kopieren</translation></message>\n"
        "<message><source>&amp;Name:</source><translation>Name:</translation></message>\n"
        "<message><source>Press Ctrl+D.\n</source><translation>Strg+D drücken.</translation></message>\n"
        "<message><source>gone</source><translation type=\"vanished\">weg</translation></message>\n"));
    const QStringList problems = TranslationChecks::problems(catalog);
    QCOMPARE(problems.size(), 6);
    QVERIFY(problems.at(0).contains("\"open\": unfinished"));
    QVERIFY(problems.at(1).contains("\"blank\": empty translation"));
    QVERIFY(problems.at(2).contains("placeholders %1 %2 in the source, %1 in the translation"));
    QVERIFY(problems.at(3).contains("1 mnemonic(s) (&) in the source, 0 in the translation"));
    QVERIFY(problems.at(4).contains("line breaks differ"));
    QVERIFY(problems.at(5).contains("\"gone\": obsolete entry"));
    QVERIFY(problems.at(0).startsWith("test.ts: Ctx: "));

    QCOMPARE(TranslationChecks::placeholders("%L1 of %2, %n left, 100% sure"), QStringList({ "%2", "%L1", "%n" }));
    QCOMPARE(TranslationChecks::mnemonics("Save && &quit"), 1);
}

void TestTranslations::driftFindsStaleFiles()
{
    const TsCatalog current = catalogFrom(ts(
        "<message><source>kept</source><translation type=\"unfinished\"></translation></message>\n"
        "<message><source>new</source><translation type=\"unfinished\"></translation></message>\n"
        "<message><source>back</source><translation type=\"unfinished\"></translation></message>\n"));
    const TsCatalog shipped = catalogFrom(ts(
        "<message><source>kept</source><translation>behalten</translation></message>\n"
        "<message><source>back</source><translation type=\"vanished\">zurück</translation></message>\n"
        "<message><source>old</source><translation>alt</translation></message>\n"));
    const QStringList drift = TranslationChecks::drift(current, shipped);
    QCOMPARE(drift.size(), 3);
    QVERIFY(drift.at(0).contains("\"new\": in the sources, missing here"));
    QVERIFY(drift.at(1).contains("\"back\": in the sources, but obsolete here"));
    QVERIFY(drift.at(2).contains("\"old\": no longer in the sources"));
}

void TestTranslations::shippedLanguageIsComplete_data()
{
    QTest::addColumn<QString>("language");
    for (const QString &language : Languages)
        QTest::newRow(qPrintable(language)) << language;
}

void TestTranslations::shippedLanguageIsComplete()
{
    QFETCH(QString, language);
    TsCatalog catalog;
    QString error;
    QVERIFY2(catalog.load(shippedPath(language), &error), qPrintable(error));
    QCOMPARE(catalog.language(), language);
    const QStringList problems = TranslationChecks::problems(catalog);
    for (const QString &problem : problems)
        qWarning("%s", qPrintable(problem));
    QVERIFY2(problems.isEmpty(), qPrintable(QStringLiteral("%1 problem(s), listed above").arg(problems.size())));
}

void TestTranslations::shippedLanguageMatchesTheSources_data()
{
    shippedLanguageIsComplete_data();
}

void TestTranslations::shippedLanguageMatchesTheSources()
{
    QFETCH(QString, language);
    TsCatalog shipped;
    QString error;
    QVERIFY2(shipped.load(shippedPath(language), &error), qPrintable(error));
    const QStringList drift = TranslationChecks::drift(m_current, shipped);
    for (const QString &problem : drift)
        qWarning("%s", qPrintable(problem));
    QVERIFY2(drift.isEmpty(),
        qPrintable(QStringLiteral("%1 difference(s) from the sources, listed above").arg(drift.size())));
}

QTEST_GUILESS_MAIN(TestTranslations)
#include "TestTranslations.moc"
