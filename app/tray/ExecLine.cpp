#include "ExecLine.h"

#include <QCoreApplication>

namespace Lifeline::Tray {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Lifeline::Tray", text);
}

struct Word {
    QString text;
    bool quoted = false;   // some of it was quoted: field codes in it stay literal
};

// Splits into words, undoing the quoting. Double quotes as the specification
// says; single quotes and a backslash outside quotes as a shell (and GLib) reads
// them, since real .desktop files use both.
bool split(const QString &exec, QList<Word> &words, QString &error)
{
    enum class Quote { None, Double, Single } quote = Quote::None;
    Word current;
    bool inWord = false;
    for (qsizetype i = 0; i < exec.size(); ++i) {
        const QChar c = exec.at(i);
        if (quote == Quote::Single) {
            if (c == u'\'')
                quote = Quote::None;
            else
                current.text += c;
            continue;
        }
        if (quote == Quote::Double) {
            if (c == u'"') {
                quote = Quote::None;
            } else if (c == u'\\' && i + 1 < exec.size()
                && QStringLiteral("\"`$\\").contains(exec.at(i + 1))) {
                current.text += exec.at(++i);
            } else {
                current.text += c;
            }
            continue;
        }
        if (c == u' ' || c == u'\t' || c == u'\n') {
            if (inWord)
                words << current;
            current = {};
            inWord = false;
            continue;
        }
        inWord = true;
        if (c == u'"' || c == u'\'') {
            quote = c == u'"' ? Quote::Double : Quote::Single;
            current.quoted = true;
        } else if (c == u'\\') {
            if (i + 1 >= exec.size()) {
                error = tr("a backslash ends the line");
                return false;
            }
            current.text += exec.at(++i);
            current.quoted = true;
        } else {
            current.text += c;
        }
    }
    if (quote != Quote::None) {
        error = tr("a quote is not closed");
        return false;
    }
    if (inWord)
        words << current;
    return true;
}

// Expands the field codes of one unquoted word into zero or more arguments.
QStringList expand(const Word &word, const ExecContext &context)
{
    if (word.quoted) {
        // The specification leaves field codes in quotes undefined: keep them, but
        // a literal percent sign is written %% everywhere.
        QString text = word.text;
        return { text.replace(QStringLiteral("%%"), QStringLiteral("%")) };
    }
    const QString &text = word.text;
    if (text.size() == 2 && text.at(0) == u'%') {
        switch (text.at(1).unicode()) {
        case 'i':
            return context.icon.isEmpty() ? QStringList() : QStringList { QStringLiteral("--icon"), context.icon };
        case 'c':
            return { context.name };
        case 'k':
            return context.desktopFile.isEmpty() ? QStringList() : QStringList { context.desktopFile };
        case '%':
            return { QStringLiteral("%") };
        default:
            return {}; // %f %F %u %U (no files), deprecated and unknown codes
        }
    }
    QString out;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text.at(i) != u'%' || i + 1 >= text.size()) {
            out += text.at(i);
            continue;
        }
        const QChar code = text.at(++i);
        if (code == u'%')
            out += u'%';
        else if (code == u'c')
            out += context.name;
        else if (code == u'k')
            out += context.desktopFile;
        // Other codes inside a word expand to nothing.
    }
    return { out };
}

} // namespace

QString unescapeValue(const QString &raw)
{
    QString out;
    out.reserve(raw.size());
    for (qsizetype i = 0; i < raw.size(); ++i) {
        const QChar c = raw.at(i);
        if (c != u'\\' || i + 1 >= raw.size()) {
            out += c;
            continue;
        }
        const QChar next = raw.at(++i);
        switch (next.unicode()) {
        case 's':
            out += u' ';
            break;
        case 'n':
            out += u'\n';
            break;
        case 't':
            out += u'\t';
            break;
        case 'r':
            out += u'\r';
            break;
        case '\\':
            out += u'\\';
            break;
        default:
            out += c; // not a file-level escape: leave it for the Exec quoting rules
            out += next;
        }
    }
    return out;
}

ExecResult parseExec(const QString &exec, const ExecContext &context)
{
    ExecResult result;
    QList<Word> words;
    if (!split(exec, words, result.error))
        return result;
    QStringList argv;
    for (const Word &word : std::as_const(words))
        argv += expand(word, context);
    if (argv.isEmpty() || argv.constFirst().isEmpty()) {
        result.error = tr("there is no program to run");
        return result;
    }
    result.argv = argv;
    return result;
}

} // namespace Lifeline::Tray
