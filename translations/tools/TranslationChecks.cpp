#include "TranslationChecks.h"

#include <QRegularExpression>
#include <QSet>

namespace Lifeline::Translations {

namespace {

QString where(const TsCatalog &catalog, const TsMessage &message)
{
    QString source = message.source;
    if (source.size() > 70)
        source = source.left(67) + QStringLiteral("...");
    source.replace(u'\n', QStringLiteral("\\n"));
    return QStringLiteral("%1: %2: \"%3\"").arg(catalog.name(), message.context, source);
}

QString edges(const QString &text)
{
    qsizetype head = 0;
    while (head < text.size() && text.at(head).isSpace())
        ++head;
    qsizetype tail = text.size();
    while (tail > head && text.at(tail - 1).isSpace())
        --tail;
    return text.left(head) + u'|' + text.mid(tail);
}

QString key(const TsMessage &message)
{
    return message.context + QChar(0) + message.source + QChar(0) + message.comment;
}

void checkForm(const TsCatalog &catalog, const TsMessage &message, const QString &form, QStringList *problems)
{
    const QString at = where(catalog, message);
    if (form.isEmpty()) {
        problems->append(at + QStringLiteral(": empty translation"));
        return;
    }
    const QStringList wanted = TranslationChecks::placeholders(message.source);
    const QStringList found = TranslationChecks::placeholders(form);
    if (wanted != found)
        problems->append(at + QStringLiteral(": placeholders %1 in the source, %2 in the translation")
                                  .arg(wanted.join(u' '), found.join(u' ')));
    const int sourceMnemonics = TranslationChecks::mnemonics(message.source);
    const int formMnemonics = TranslationChecks::mnemonics(form);
    if (sourceMnemonics != formMnemonics)
        problems->append(at + QStringLiteral(": %1 mnemonic(s) (&) in the source, %2 in the translation")
                                  .arg(sourceMnemonics).arg(formMnemonics));
    if (edges(message.source) != edges(form))
        problems->append(at + QStringLiteral(": leading or trailing spaces or line breaks differ from the source"));
}

} // namespace

QStringList TranslationChecks::placeholders(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("%L?(?:[1-9][0-9]?|n)"));
    QStringList found;
    for (auto it = pattern.globalMatch(text); it.hasNext();)
        found.append(it.next().captured());
    found.sort();
    return found;
}

int TranslationChecks::mnemonics(const QString &text)
{
    int count = 0;
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        if (text.at(i) != u'&')
            continue;
        if (text.at(i + 1) == u'&') {
            ++i; // "&&" is a literal ampersand
            continue;
        }
        if (!text.at(i + 1).isSpace())
            ++count;
    }
    return count;
}

QStringList TranslationChecks::problems(const TsCatalog &catalog)
{
    QStringList problems;
    for (const TsMessage &message : catalog.messages()) {
        const QString at = where(catalog, message);
        if (message.obsolete()) {
            problems.append(at + QStringLiteral(": obsolete entry (build update_translations)"));
            continue;
        }
        if (!message.finished()) {
            problems.append(at + QStringLiteral(": unfinished (%1)").arg(message.type));
            continue;
        }
        if (message.translations.isEmpty()) {
            problems.append(at + QStringLiteral(": no translation"));
            continue;
        }
        for (const QString &form : message.translations)
            checkForm(catalog, message, form, &problems);
    }
    return problems;
}

QStringList TranslationChecks::drift(const TsCatalog &current, const TsCatalog &shipped)
{
    QHash<QString, const TsMessage *> byKey;
    for (const TsMessage &message : shipped.messages())
        byKey.insert(key(message), &message);
    QStringList problems;
    QSet<QString> used;
    for (const TsMessage &message : current.messages()) {
        used.insert(key(message));
        const TsMessage *found = byKey.value(key(message));
        if (!found)
            problems.append(where(shipped, message) + QStringLiteral(": in the sources, missing here (build update_translations)"));
        else if (found->obsolete())
            problems.append(where(shipped, message) + QStringLiteral(": in the sources, but obsolete here (build update_translations)"));
        else if (!found->finished())
            problems.append(where(shipped, message) + QStringLiteral(": unfinished"));
    }
    for (const TsMessage &message : shipped.messages()) {
        if (!message.obsolete() && !used.contains(key(message)))
            problems.append(where(shipped, message) + QStringLiteral(": no longer in the sources (build update_translations)"));
    }
    return problems;
}

} // namespace Lifeline::Translations
