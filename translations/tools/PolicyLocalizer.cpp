#include "PolicyLocalizer.h"

#include <QXmlStreamReader>
#include <QXmlStreamWriter>

namespace Lifeline::Translations {

namespace {

bool translatable(QStringView element)
{
    return element == QLatin1String("description") || element == QLatin1String("message");
}

} // namespace

PolicyLocalizer::PolicyLocalizer(const QList<TsCatalog> &catalogs)
    : m_catalogs(catalogs)
{
}

bool PolicyLocalizer::localize(const QByteArray &policy, const QString &name, QByteArray *out,
    QString *error) const
{
    const QString context = QString::fromLatin1(Context);
    QXmlStreamReader xml(policy);
    QByteArray result;
    QXmlStreamWriter writer(&result);
    QString whitespace; // before the element now open: the indentation of its copies
    QString indent;
    QString text;
    bool inTranslatable = false;
    int depth = 0;
    while (!xml.atEnd()) {
        switch (xml.readNext()) {
        case QXmlStreamReader::StartDocument:
            writer.writeStartDocument();
            break;
        case QXmlStreamReader::DTD:
            writer.writeDTD(xml.text().toString());
            writer.writeCharacters(QStringLiteral("\n"));
            break;
        case QXmlStreamReader::Comment:
            writer.writeComment(xml.text().toString());
            // The reader drops the layout between top-level nodes: put the line break back.
            if (depth == 0)
                writer.writeCharacters(QStringLiteral("\n"));
            break;
        case QXmlStreamReader::StartElement:
            if (translatable(xml.name())) {
                if (!xml.attributes().value(QLatin1String("xml:lang")).isEmpty()) {
                    *error = QStringLiteral("%1:%2: <%3 xml:lang=…> is already there: the policy "
                                            "stays English, its translations come from the .ts files")
                                 .arg(name).arg(xml.lineNumber()).arg(xml.name());
                    return false;
                }
                inTranslatable = true;
                indent = whitespace;
                text.clear();
            }
            ++depth;
            writer.writeStartElement(xml.qualifiedName().toString());
            writer.writeAttributes(xml.attributes());
            whitespace.clear();
            break;
        case QXmlStreamReader::Characters:
            if (inTranslatable)
                text += xml.text();
            whitespace = xml.isWhitespace() ? xml.text().toString() : QString();
            writer.writeCharacters(xml.text().toString());
            break;
        case QXmlStreamReader::EndElement: {
            --depth;
            writer.writeEndElement();
            whitespace.clear();
            if (!inTranslatable)
                break;
            inTranslatable = false;
            const QString element = xml.name().toString();
            const QString english = text.trimmed();
            for (const TsCatalog &catalog : m_catalogs) {
                const QString translated = catalog.translation(context, english);
                if (translated.isEmpty()) {
                    *error = QStringLiteral("%1:%2: %3 (context \"%4\") has no finished translation "
                                            "of the <%5> \"%6\": add it to translations/PolkitStrings.h, "
                                            "build update_translations and translate it")
                                 .arg(name).arg(xml.lineNumber()).arg(catalog.name(), context, element, english);
                    return false;
                }
                writer.writeCharacters(indent);
                writer.writeStartElement(element);
                writer.writeAttribute(QStringLiteral("xml:lang"), catalog.language());
                writer.writeCharacters(translated);
                writer.writeEndElement();
            }
            break;
        }
        case QXmlStreamReader::EndDocument:
            writer.writeEndDocument();
            break;
        default:
            break;
        }
    }
    if (xml.hasError()) {
        *error = QStringLiteral("%1:%2: %3").arg(name).arg(xml.lineNumber()).arg(xml.errorString());
        return false;
    }
    *out = result;
    if (!out->endsWith('\n'))
        out->append('\n');
    return true;
}

} // namespace Lifeline::Translations
