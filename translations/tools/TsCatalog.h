// One Qt Linguist .ts file, read with QXmlStreamReader: its language and every
// message with its context, source, translation(s) and state. Used by the
// policy generator and by the translation tests, so both read the files the
// same way lrelease does.
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace Lifeline::Translations {

struct TsMessage {
    QString context;
    QString source;
    QString comment;          // disambiguation, part of the lookup key
    QStringList translations; // one, or one per plural form
    QString type;             // empty (finished), "unfinished", "vanished" or "obsolete"
    bool numerus = false;
    QString fileName;         // of the first <location>, as written in the .ts
    int line = 0;

    bool finished() const { return type.isEmpty(); }
    bool obsolete() const { return type == QLatin1String("vanished") || type == QLatin1String("obsolete"); }
};

class TsCatalog
{
public:
    // False, with *error naming the file and the line, when it is not a
    // readable .ts file.
    bool load(const QString &path, QString *error);
    bool load(const QByteArray &data, const QString &name, QString *error);

    QString name() const { return m_name; }
    // As the file says: "de_DE"; language() is its first part, "de".
    QString locale() const { return m_locale; }
    QString language() const { return m_locale.section(u'_', 0, 0); }
    const QList<TsMessage> &messages() const { return m_messages; }
    // The finished, non-empty translation of `source` in `context`, else a null string.
    QString translation(const QString &context, const QString &source) const;

private:
    QString m_name;
    QString m_locale;
    QList<TsMessage> m_messages;
};

} // namespace Lifeline::Translations
