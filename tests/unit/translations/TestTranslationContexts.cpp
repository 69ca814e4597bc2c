// Every string is looked up at run time in the context lupdate files it under.
// lupdate files a tr() call outside a Q_OBJECT class under the enclosing class
// or namespace (and warns "lacks Q_OBJECT macro"); the file's own
// `QString tr(const char *)` helper decides where the program looks. Where
// the two differ, the string is translated in the .ts files and still shown
// in English.
#include "CurrentStrings.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace Lifeline::Translations;

namespace {

// The context a file's own tr() helper looks strings up in, if it has one.
QString helperContext(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return QString();
    static const QRegularExpression helper(QStringLiteral(
        "QString\\s+tr\\s*\\(\\s*const\\s+char\\s*\\*\\s*\\w*\\s*\\)\\s*\\{\\s*"
        "return\\s+QCoreApplication::translate\\(\\s*\"([^\"]+)\""));
    return helper.match(QString::fromUtf8(file.readAll())).captured(1);
}

struct Guess {
    QString file;    // canonical path
    QString context; // where lupdate filed its strings
};

QList<Guess> guesses(const QString &lupdateLog)
{
    static const QRegularExpression warning(QStringLiteral("^(.+):\\d+: Class '(.+)' lacks Q_OBJECT macro$"),
        QRegularExpression::MultilineOption);
    QList<Guess> found;
    for (auto it = warning.globalMatch(lupdateLog); it.hasNext();) {
        const auto match = it.next();
        found.append({ QFileInfo(match.captured(1)).canonicalFilePath(), match.captured(2) });
    }
    return found;
}

} // namespace

class TestTranslationContexts : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void helperContextIsRead();
    void everyStringIsLookedUpWhereLupdateFilesIt();

private:
    QTemporaryDir m_dir;
    TsCatalog m_current;
    QString m_log;
};

void TestTranslationContexts::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QString error;
    QVERIFY2(extractCurrentStrings(m_dir.path(), &m_current, &m_log, &error), qPrintable(error));
}

void TestTranslationContexts::helperContextIsRead()
{
    // The pattern the sources use; a file without a helper has no context.
    QFile file(m_dir.filePath("Helper.cpp"));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("namespace {\nQString tr(const char *text)\n{\n"
               "    return QCoreApplication::translate(\"Lifeline::Tray\", text);\n}\n}\n");
    file.close();
    QCOMPARE(helperContext(file.fileName()), "Lifeline::Tray");
    QCOMPARE(helperContext(m_dir.filePath("current_de.ts")), QString());
    const QList<Guess> parsed = guesses("/src/a.cpp:12: Class 'Lifeline::X' lacks Q_OBJECT macro\nother line\n");
    QCOMPARE(parsed.size(), 1);
    QCOMPARE(parsed.constFirst().context, "Lifeline::X");
}

void TestTranslationContexts::everyStringIsLookedUpWhereLupdateFilesIt()
{
    const QDir sources(QStringLiteral(SOURCE_DIR));
    int wrong = 0;
    for (const Guess &guess : guesses(m_log)) {
        const QString looked = helperContext(guess.file);
        if (looked == guess.context)
            continue;
        QStringList strings;
        for (const TsMessage &message : m_current.messages()) {
            const QString from = QFileInfo(QDir(m_dir.path()).absoluteFilePath(message.fileName)).canonicalFilePath();
            if (message.context == guess.context && from == guess.file)
                strings.append(u'"' + message.source.section(u'\n', 0, 0).left(50) + u'"');
        }
        wrong += strings.size();
        qWarning("%s: lupdate files %lld string(s) under \"%s\", but tr() there looks them up under \"%s\": %s",
            qPrintable(sources.relativeFilePath(guess.file)), qsizetype(strings.size()), qPrintable(guess.context),
            qPrintable(looked.isEmpty() ? QStringLiteral("(no tr() helper found)") : looked),
            qPrintable(strings.join(QStringLiteral(", "))));
    }
    QVERIFY2(wrong == 0,
        qPrintable(QStringLiteral("%1 string(s), listed above, are never translated: give the class "
                                  "Q_DECLARE_TR_FUNCTIONS(context), or call QCoreApplication::translate(\"context\", ...) "
                                  "with the helper's context, so lupdate and the program agree")
                       .arg(wrong)));
}

QTEST_GUILESS_MAIN(TestTranslationContexts)
#include "TestTranslationContexts.moc"
